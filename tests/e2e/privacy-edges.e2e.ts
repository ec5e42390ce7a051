/** Privacy at the edges (issue 20): what web storage, the URL and history hold, and which passphrases are accepted. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage } from './browser';

const PASS = 'privacy edges passphrase';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expect(foreignRequests(requests)).toEqual([]);
  await context?.close();
});

async function fresh() {
  ({ context, page, requests } = await phonePage(browser, { acceptDownloads: true }));
}

async function setUp(passphrase = PASS) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
}

/** Every key and value in both web storages, as the page sees them. */
const webStorage = () =>
  page.evaluate(() =>
    [sessionStorage, localStorage].flatMap((s) => Array.from({ length: s.length }, (_, i) => s.key(i)!).flatMap((k) => [k, s.getItem(k) ?? ''])),
  );

/** Age 11, sexting → distributing images (red), with one context answer: a result worth saving. */
async function classifyAndSave() {
  await page.goto(`${baseURL}/classify`);
  await page.getByLabel('Age (years)').fill('11');
  await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('sexting');
  await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /distributing/ }).click();
  await page.getByRole('radiogroup', { name: /kept secret, or compulsive/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2, name: /^Red/ }).waitFor();
  await page.getByRole('button', { name: 'Save as draft note' }).click();
}

describe('privacy at the edges', () => {
  it('"Save as draft note" keeps the classification out of web storage and still reaches the new note after set-up', async () => {
    await fresh();
    await classifyAndSave();
    await page.getByRole('button', { name: 'Set passphrase and continue' }).waitFor();
    const stored = await webStorage();
    for (const entry of stored) {
      expect(entry.toLowerCase()).not.toContain('distributing naked');
      expect(entry).not.toMatch(/\b11\b/);
      expect(entry).not.toMatch(/\bred\b/i);
      expect(entry).not.toContain('compulsive');
    }
    await setUp();
    const classification = page.getByRole('region', { name: 'Classification' });
    await classification.waitFor();
    expect(await classification.textContent()).toMatch(/Red.*distributing naked or sexually provocative images/);
    expect(await page.getByLabel('What happened').inputValue()).toBe('');
    expect((await webStorage()).join('\n')).not.toContain('distributing naked');
  });

  it('after a reload the result is gone, and /notes/new says so instead of opening an empty note', async () => {
    await fresh();
    await classifyAndSave();
    await page.getByRole('button', { name: 'Set passphrase and continue' }).waitFor();
    await page.reload();
    await setUp();
    const lost = page.getByRole('alert').filter({ hasText: 'The result you chose to save is no longer here' });
    await lost.waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Classify again' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Start a note without the result' }).click();
    await page.getByLabel('What happened').waitFor();
    expect(await page.getByRole('region', { name: 'Classification' }).count()).toBe(0);
    expect(page.url()).toMatch(/\/notes\/[0-9a-f-]{36}$/);
  });
});
