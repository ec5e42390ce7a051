/** Imports at their limits in the real build: files refused by size before they are read, and a full localStorage named, never an uncaught error. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage, type Recorded } from './browser';
import { setPassphrase } from './helpers/passphrase';

const PASS = 'correct horse battery staple';
const MB = 1024 * 1024;
let browser: Browser;
let rec: Recorded;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'import-limits-'));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  expect(foreignRequests(rec.requests)).toEqual([]);
  expect(rec.errors).toEqual([]);
  await rec.context.close();
});

async function fresh() {
  rec = await phonePage(browser);
  page = rec.page;
}

/** Fills this origin's localStorage until the browser refuses even one more character (a real quota error, no stub). */
async function fillLocalStorage() {
  const refusedAt = await page.evaluate(() => {
    let i = 0;
    let refused = 0;
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${i++}`, chunk);
      } catch {
        refused = size;
      }
    }
    return refused;
  });
  expect(refusedAt).toBe(1);
}

const storedNotes = () =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tl-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('notes').objectStore('notes').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );

describe('imports refuse oversized files before reading them', () => {
  it('refuses a 60 MB backup within 2 s, naming the limit, and imports nothing', async () => {
    await fresh();
    const big = join(dir, 'huge-backup.json');
    writeFileSync(big, `{"format":"tl-notes-backup","version":2,"notes":[],"padding":"${'x'.repeat(60 * MB - 64)}"}`.padEnd(60 * MB, ' '));
    await page.goto(`${baseURL}/notes`);
    await setPassphrase(page, PASS);
    await page.getByText('Showing 0 of 0 notes').waitFor();
    await page.getByLabel('Import backup').setInputFiles(big);
    await page.getByRole('alert').getByText('Refused: this file is 60 MB; a notes backup can be at most 50 MB. Nothing was changed.').waitFor({ timeout: 2_000 });
    expect(await page.getByRole('status').filter({ hasText: /^Imported/ }).count()).toBe(0);
    expect(await storedNotes()).toBe(0);
    await page.getByText('Showing 0 of 0 notes').waitFor();
  });

  it('refuses an oversized content pack and keeps the shipped one in use', async () => {
    await fresh();
    await page.goto(`${baseURL}/settings`);
    await page.getByText('This is the pack shipped with the app.').waitFor();
    await page.getByLabel('Import content pack').setInputFiles({ name: 'huge-pack.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * MB, ' ') });
    await page.getByRole('alert').getByText('huge-pack.json: the file is 5 MB; a content pack can be at most 4 MB.').waitFor();
    await page.getByText('This is the pack shipped with the app.').waitFor();
  });

  it('refuses oversized pathway and scenario packs, naming each limit', async () => {
    await fresh();
    await page.goto(`${baseURL}/settings`);
    await page.getByLabel('Import pathway pack').setInputFiles({ name: 'huge-area.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * MB, ' ') });
    await page.getByRole('alert').getByText('huge-area.json: the file is 2 MB; a pathway pack can be at most 1 MB.').waitFor();
    await page.goto(`${baseURL}/training`);
    await page.getByRole('button', { name: 'Start session' }).waitFor();
    await page.getByLabel('Import scenarios').setInputFiles({ name: 'huge-scenarios.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * MB, ' ') });
    await page.getByRole('alert').getByText('huge-scenarios.json: the file is 2 MB; a scenario pack can be at most 1 MB.').waitFor();
  });
});

describe('a full localStorage gets a message, not an uncaught error', () => {
  it('a valid content pack that cannot be kept is refused, and the shipped pack stays in use', async () => {
    await fresh();
    await page.goto(`${baseURL}/settings`);
    await page.getByText('This is the pack shipped with the app.').waitFor();
    await fillLocalStorage();
    await page.getByLabel('Import content pack').setInputFiles({ name: 'five.json', mimeType: 'application/json', buffer: readFileSync('tests/fixtures/packs/five-band-orange.json') });
    await page.getByRole('alert').getByText('There is no room left on this device to keep the pack', { exact: false }).waitFor();
    await page.getByText('This is the pack shipped with the app.').waitFor();
  });

  it('a valid pathway pack and a valid scenario pack that cannot be kept are refused', async () => {
    await fresh();
    const area = { ...JSON.parse(readFileSync('content/en-GB/pathways/solihull.json', 'utf8')), id: 'north-shire', area: 'North Shire' };
    const scenarios = JSON.parse(readFileSync('content/en-GB/scenarios.json', 'utf8'));
    await page.goto(`${baseURL}/settings`);
    await page.getByLabel('Your area', { exact: true }).locator('option', { hasText: 'Gateshead' }).waitFor({ state: 'attached' });
    await fillLocalStorage();
    await page.getByLabel('Import pathway pack').setInputFiles({ name: 'north.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(area)) });
    await page.getByRole('alert').getByText('There is no room left on this device to keep the pack', { exact: false }).waitFor();
    expect(await page.getByLabel('Your area', { exact: true }).locator('option', { hasText: 'North Shire' }).count()).toBe(0);
    await page.goto(`${baseURL}/training`);
    await page.getByRole('button', { name: 'Start session' }).waitFor();
    await page.getByLabel('Import scenarios').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...scenarios, id: 'trainer-pack' })) });
    await page.getByRole('alert').getByText('There is no room left on this device to keep the pack', { exact: false }).waitFor();
  });
});
