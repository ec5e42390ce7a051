import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage } from './browser';
import { dumpIndexedDb } from './helpers/indexeddb';
import { setPassphrase } from './helpers/passphrase';

const PASS = 'correct horse battery staple';
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

async function fresh(init?: () => void) {
  const rec = await phonePage(browser, { acceptDownloads: true });
  ({ context, page, requests } = rec);
  if (init) await context.addInitScript(init);
}

async function setUp() {
  await page.goto(`${baseURL}/notes`);
  await setPassphrase(page, PASS);
  await page.getByRole('button', { name: 'New note' }).waitFor();
}

async function unlock() {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

const saved = () => page.getByRole('status').filter({ hasText: /^Saved$/ });

async function newNote(text: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('What happened').fill(text);
  await saved().waitFor();
}

describe('draft notes in a real browser', () => {
  it('a result carries into "Save as draft note", survives a reload, and needs the passphrase', async () => {
    await fresh();
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('11');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('sexting');
    await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /distributing/ }).click();
    await page.getByRole('button', { name: 'Save as draft note' }).click();
    await setPassphrase(page, 'short');
    expect(await page.getByRole('alert').textContent()).toContain('at least 12 characters');
    await setPassphrase(page, PASS);
    await page.getByLabel('What happened').fill('Shared a picture at break');
    await page.getByLabel("Child's own words").fill('everyone does it');
    await page.getByLabel('Professional judgement').fill('Seems to seek approval');
    await page.getByLabel('Action taken').fill('Phone secured; DSL told');
    await saved().waitFor();
    expect(await page.getByRole('region', { name: 'Classification' }).textContent()).toMatch(/Red.*distributing naked/);
    const url = page.url();
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').getByText('not right').waitFor();
    await unlock();
    expect(await page.getByLabel('What happened').inputValue()).toBe('Shared a picture at break');
    expect(page.url()).toBe(url);
  });

  it('exports what was just typed and saved, and will not delete a note edited after its export', async () => {
    await fresh();
    await setUp();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('What happened').fill('Child A pulled Child B’s trousers down in the toilets.');
    await page.getByLabel('Action taken').fill('Children separated; DSL told at 11:05.');
    await saved().waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export now' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('What happened (facts): Child A pulled Child B’s trousers down in the toilets.');
    expect(text).toContain('Action taken: Children separated; DSL told at 11:05.');
    expect(text).toContain('Observed: not recorded');
    await dialog.getByRole('button', { name: 'Keep for now' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export now' }).click()]);
    // Another tab saves a newer version while this dialog is open.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await other.getByRole('button', { name: 'Unlock' }).click();
    await other.getByLabel('What happened').fill('Edited in another tab after the export.');
    await other.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await dialog.getByRole('button', { name: 'Delete after transfer' }).click();
    await page.getByRole('alert').getByText('changed after it was exported, so it was kept').waitFor();
    await other.close();
    await dialog.getByRole('button', { name: 'Keep for now' }).click();
    await page.getByRole('link', { name: 'All notes' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Saved notes' }).getByRole('listitem').count()).toBe(1);
  });

  it('stores no note text anywhere in IndexedDB', async () => {
    await fresh();
    await setUp();
    await newNote('UNIQUE-MARKER-7f3a9');
    const dump = await dumpIndexedDb(page);
    expect(dump.length).toBeGreaterThan(100);
    expect(dump).not.toContain('UNIQUE-MARKER');
    expect(dump).not.toContain(PASS);
  });

  it('the last autosave survives a renderer crash', async () => {
    await fresh();
    await setUp();
    await newNote('typed before the crash');
    const url = page.url();
    const crashed = page.waitForEvent('crash');
    void page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    await page.close().catch(() => undefined);
    page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await unlock();
    expect(await page.getByLabel('What happened').inputValue()).toBe('typed before the crash');
  });

  it('locks after inactivity (controlled clock), saving first, and "Lock now" locks too', async () => {
    await fresh();
    await page.clock.install();
    await setUp();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('What happened').fill('kept through the lock');
    await page.clock.fastForward('05:30');
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
    expect(await page.getByText('kept through the lock').count()).toBe(0);
    await unlock();
    expect(await page.getByLabel('What happened').inputValue()).toBe('kept through the lock');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
  });

  it('exports an encrypted backup, erases all, and imports it back identically; a malformed file changes nothing', async () => {
    await fresh();
    await setUp();
    await newNote('first note');
    await page.getByRole('link', { name: 'All notes' }).click();
    await newNote('second note');
    await page.getByRole('link', { name: 'All notes' }).click();
    // The list decrypts after the page appears: wait for both notes rather than counting at once.
    await expect.poll(() => page.getByRole('list', { name: 'Saved notes' }).getByRole('listitem').count()).toBe(2);

    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Encrypted backup (JSON)', exact: true }).check();
    await dialog.getByLabel('Backup passphrase (at least 8 characters)').fill('backup passphrase');
    await dialog.getByLabel('Confirm backup passphrase').fill('backup passphrase');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export now' }).click()]);
    const backup = readFileSync((await download.path())!, 'utf8');
    expect(backup).not.toContain('first note');
    await dialog.getByRole('button', { name: 'Keep for now' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Saved notes' }).getByText('Exported', { exact: true }).count()).toBe(2);

    await page.getByLabel('Import backup').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, 50)) });
    await page.getByRole('alert').getByText('truncated').waitFor();
    expect(await page.getByRole('list', { name: 'Saved notes' }).getByRole('listitem').count()).toBe(2);

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('button', { name: 'Erase all notes and start again' }).click();
    await page.getByLabel(/Type ERASE/).fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything now' }).click();
    await page.getByLabel('Confirm passphrase').fill(PASS);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
    await page.getByLabel('Backup passphrase (for an encrypted backup)').fill('backup passphrase');
    await page.getByLabel('Import backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.getByRole('status').getByText('Imported 2 notes').waitFor();
    const titles = await page.getByRole('list', { name: 'Saved notes' }).getByRole('link').allTextContents();
    expect(titles).toHaveLength(2);
    await page.getByRole('list', { name: 'Saved notes' }).getByRole('link').first().click();
    expect(['first note', 'second note']).toContain(await page.getByLabel('What happened').inputValue());
  });

  it('a full disk shows an alert and keeps the text on screen', async () => {
    await fresh(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __full?: boolean }).__full && this.name === 'notes') throw new DOMException('full', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await setUp();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('What happened').fill('saved part');
    await saved().waitFor();
    await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));
    await page.getByLabel('What happened').fill('saved part and more that cannot be written');
    await page.getByRole('alert').getByText('storage is full').waitFor();
    expect(await page.getByLabel('What happened').inputValue()).toBe('saved part and more that cannot be written');
    await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = false));
    await saved().waitFor({ timeout: 15_000 });
  });

  it('lists notes past the retention period and deletes them only after confirmation', async () => {
    await fresh();
    await setUp();
    const old = readFileSync('tests/fixtures/notes/backup-plain.json', 'utf8').replaceAll('2026-03-02', '2025-01-02');
    await page.getByLabel('Import backup').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(old) });
    await page.getByRole('status').getByText('Imported 1 note;').waitFor();
    await page.getByText('1 note is older than 30 days').waitFor();
    await page.getByRole('button', { name: 'Select the old notes' }).click();
    await page.getByRole('button', { name: 'Delete the selected notes…' }).click();
    await page.getByRole('alert').getByText('cannot be undone').waitFor();
    expect(await page.getByRole('list', { name: 'Saved notes' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await page.getByText('Showing 0 of 0 notes').waitFor();
  });

  it('lists a large set a page at a time and counts every note once all are decrypted', async () => {
    await fresh();
    await setUp();
    const backup = JSON.parse(readFileSync('tests/fixtures/notes/backup-plain.json', 'utf8'));
    const now = Date.now();
    backup.notes = Array.from({ length: 60 }, (_, i) => ({ ...backup.notes[0], id: crypto.randomUUID(), updatedAt: new Date(now - i * 60_000).toISOString(), createdAt: new Date(now - i * 60_000).toISOString() }));
    await page.getByLabel('Import backup').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await page.getByRole('status').getByText('Imported 60 notes').waitFor();
    await page.getByText('Showing 60 of 60 notes').waitFor();
    const items = page.getByRole('list', { name: 'Saved notes' }).getByRole('listitem');
    expect(await items.count()).toBe(50);
    await page.getByRole('button', { name: 'Show 10 more notes' }).click();
    await expect.poll(() => items.count()).toBe(60);
    expect(await page.getByRole('button', { name: /more notes?$/ }).count()).toBe(0);
  });
});
