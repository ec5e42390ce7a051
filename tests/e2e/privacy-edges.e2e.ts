/** Privacy at the edges (issue 20): what web storage, the URL and history hold, and which passphrases are accepted. */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage } from './browser';
import { setPassphrase } from './helpers/passphrase';

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
  await setPassphrase(page, passphrase);
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

  it('the pattern map keeps the child reference out of the address and every history entry, and an old ?ref= link still opens it', async () => {
    await fresh();
    await page.goto(`${baseURL}/notes`);
    await setUp();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Child reference (initials or pseudonym)').fill('QX7');
    await page.getByLabel('What happened').fill('Incident for the map');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('link', { name: 'All notes' }).click();
    await page.getByRole('link', { name: 'Pattern map' }).click();
    await page.getByLabel('Child reference (initials or pseudonym)').fill('QX7');
    await page.getByRole('button', { name: 'Show pattern map' }).click();
    await page.getByRole('img', { name: 'Pattern map for QX7' }).waitFor();
    expect(await page.getByRole('table', { name: 'Pattern map' }).textContent()).toContain('Incident for the map');
    expect(page.url()).toBe(`${baseURL}/notes/pattern-map`);
    // "Another child" asks again, still without a reference in the address.
    await page.getByRole('button', { name: 'Another child' }).click();
    await page.getByLabel('Child reference (initials or pseudonym)').waitFor();

    // A link from before this change still works, and the reference leaves the address at once.
    await page.goto(`${baseURL}/notes/pattern-map?ref=QX7`);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('img', { name: 'Pattern map for QX7' }).waitFor();
    await expect.poll(() => page.url()).toBe(`${baseURL}/notes/pattern-map`);

    // Walk back through every entry this tab has: none holds the reference, in the address or in its state.
    const entries: string[] = [];
    const length = await page.evaluate(() => history.length);
    for (let i = 0; i < length; i++) {
      entries.push(await page.evaluate(() => `${location.href} ${JSON.stringify(history.state)}`));
      if (i < length - 1) await page.goBack();
    }
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.filter((e) => e.includes('/notes/pattern-map')).length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) expect(entry).not.toContain('QX7');
  });

  it('refuses "password1234" at set-up with a clear reason, accepts a good passphrase, and loads the list only where a passphrase is chosen', async () => {
    await fresh();
    const pageRequests: string[] = [];
    page.on('request', (r) => pageRequests.push(new URL(r.url()).pathname));
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('11');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).waitFor();
    expect(pageRequests).not.toContain('/data/common-passwords.json');

    await page.goto(`${baseURL}/notes`);
    await setUp('password1234');
    const alert = page.getByRole('alert');
    await alert.getByText('one of the passwords people use most').waitFor();
    expect(await alert.textContent()).toContain('Try three or four unrelated words instead');
    expect(pageRequests).toContain('/data/common-passwords.json');
    // Look-alikes and padding do not get round it; the hint says so while typing.
    await page.getByLabel('Passphrase', { exact: true }).fill('P@ssw0rd2024!');
    await page.getByText('Too common:').waitFor();
    await setUp('eleven char');
    await alert.getByText('at least 12 characters').waitFor();
    await setUp(PASS);
    await page.getByRole('button', { name: 'New note' }).waitFor();

    // Changing the passphrase follows the same rule.
    await page.getByText('Change passphrase', { exact: true }).first().click();
    await page.getByLabel('Current passphrase').fill(PASS);
    await page.getByLabel('New passphrase', { exact: true }).fill('iloveyou!!!!');
    await page.getByLabel('Confirm new passphrase').fill('iloveyou!!!!');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByRole('alert').getByText('one of the passwords people use most').waitFor();
  });

  it('the encrypted backup passphrase is typed twice: a mismatch is refused with a message, a match exports an encrypted file', async () => {
    await fresh();
    await page.goto(`${baseURL}/notes`);
    await setUp();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('What happened').fill('BACKUP-MARKER text');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    let downloads = 0;
    page.on('download', () => void downloads++);
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export 1 note' });
    await dialog.getByRole('radio', { name: 'Encrypted backup (JSON)', exact: true }).check();
    const exportNow = dialog.getByRole('button', { name: 'Export now' });
    await dialog.getByLabel('Backup passphrase (at least 8 characters)').fill('backup passphrase');
    expect(await exportNow.isDisabled()).toBe(true);
    await dialog.getByLabel('Confirm backup passphrase').fill('backup passfrase');
    await exportNow.click();
    await dialog.getByRole('alert').getByText('The two backup passphrases are not the same').waitFor();
    expect(downloads).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Delete after transfer' }).count()).toBe(0);
    await dialog.getByLabel('Confirm backup passphrase').fill('backup passphrase');
    const [download] = await Promise.all([page.waitForEvent('download'), exportNow.click()]);
    const backup = readFileSync((await download.path())!, 'utf8');
    expect(backup).toContain('"iv"');
    expect(backup).not.toContain('BACKUP-MARKER');
    expect(await dialog.getByRole('alert').textContent()).toBe('');
  });
});
