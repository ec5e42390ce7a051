import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, phonePage } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = (await phonePage(browser)).page;
});
afterAll(async () => {
  await browser?.close();
});

const fixture = readFileSync('tests/fixtures/packs/five-band-orange.json', 'utf8');

describe('importing a content pack in /settings', () => {
  it('refuses a broken pack with named problems and keeps the pack in use', async () => {
    await page.goto(`${baseURL}/settings`);
    const broken = JSON.parse(fixture);
    broken.behaviours[0].level = 'purple';
    await page.getByLabel('Import content pack').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert');
    await alert.getByText('broken.json: behaviours[0].level: unknown level "purple"').waitFor();
    await page.goto(`${baseURL}/classify`);
    await page.getByRole('radio', { name: '5–9 years' }).waitFor();
  });

  it('a pack kept from an earlier version that no longer passes is set aside at start: the shipped pack is used and Settings says why', async () => {
    const { context, page: fresh } = await phonePage(browser);
    const stale = JSON.parse(fixture);
    stale.behaviours[0].level = 'purple';
    // As an earlier version stored it: parsed then, never under this version's pack schema.
    await fresh.addInitScript((pack: string) => {
      if (localStorage.getItem('tl.importedPack')) return;
      localStorage.setItem('tl.importedPack', pack);
      localStorage.setItem('tl.packSource', 'imported');
    }, JSON.stringify(stale));
    await fresh.goto(`${baseURL}/classify`);
    await fresh.getByRole('radio', { name: '5–9 years' }).waitFor();
    await fresh.goto(`${baseURL}/settings`);
    const alert = fresh.getByRole('alert');
    await alert.getByText('no longer passes this version’s checks', { exact: false }).waitFor();
    await alert.getByText('imported pack: behaviours[0].level: unknown level "purple"').waitFor();
    expect(await fresh.evaluate(() => localStorage.getItem('tl.packSource'))).toBe('shipped');
    await alert.getByRole('button', { name: 'Understood, hide this' }).click();
    await fresh.reload();
    await fresh.getByRole('heading', { name: 'Content pack' }).waitFor();
    expect(await fresh.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('loads a five-band green/orange/red pack, then switches back to the shipped one', async () => {
    await page.goto(`${baseURL}/settings`);
    await page.getByLabel('Import content pack').setInputFiles({ name: 'five.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
    await page.getByRole('status').getByText('Imported and now in use').waitFor();
    await page.getByRole('link', { name: 'Classify' }).click();
    await page.getByRole('radio', { name: '8–10 years' }).check();
    await page.getByRole('radio', { name: 'Orange behaviours' }).check();
    await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /Orange/ }).click();
    const heading = page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toMatch(/^Orange/);
    await page.reload();
    await page.getByRole('radio', { name: '14–17 years' }).waitFor();

    await page.goto(`${baseURL}/settings`);
    await page.getByRole('button', { name: 'Use the shipped pack' }).click();
    await page.goto(`${baseURL}/classify`);
    await page.getByRole('radio', { name: '13–17 years' }).waitFor();
    expect(await page.getByRole('radio', { name: '14–17 years' }).count()).toBe(0);
  });
});
