/** Changing the passphrase with a new encryption key, in the real build: every note re-encrypted, and nothing typed in another tab lost. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage } from './browser';
import { setPassphrase } from './helpers/passphrase';

const OLD = 'old passphrase for re-keying';
const NEW = 'new passphrase for re-keying';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each stored note's id and IV, read straight from IndexedDB. */
const storedIvs = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const req = indexedDB.open('tl-notes');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve(Object.fromEntries((all.result as { id: string; iv: string }[]).map((r) => [r.id, r.iv])));
          };
        };
      }),
  );

async function changeWithRekey(page: Page) {
  await page.getByText('Change passphrase', { exact: true }).first().click();
  await page.getByLabel('Current passphrase').fill(OLD);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW);
  await page.getByLabel('Confirm new passphrase').fill(NEW);
  await page.getByRole('checkbox', { name: 'Also replace the encryption key and re-encrypt every note and life event' }).check();
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByRole('status').getByText('Passphrase changed. Every note and life event is now encrypted with a new key.').waitFor();
}

describe('re-keying on passphrase change', () => {
  it('re-encrypts every note; the new passphrase opens them, the old one nothing', async () => {
    const { context, page, requests } = await phonePage(browser);
    await page.goto(`${baseURL}/notes`);
    await setPassphrase(page, OLD);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('What happened').fill('written before the re-key');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('link', { name: 'All notes' }).click();
    const before = await storedIvs(page);
    expect(Object.keys(before)).toHaveLength(1);

    await changeWithRekey(page);
    const after = await storedIvs(page);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const id of Object.keys(before)) expect(after[id]).not.toBe(before[id]);

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(OLD);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').getByText('That passphrase is not right').waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(NEW);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('list', { name: 'Saved notes' }).getByRole('link').first().click();
    expect(await page.getByLabel('What happened').inputValue()).toBe('written before the re-key');
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('text typed in another tab after the re-key is saved under the new key', async () => {
    const { context, page: a } = await phonePage(browser);
    await a.goto(`${baseURL}/notes`);
    await setPassphrase(a, OLD);
    await a.getByRole('button', { name: 'New note' }).click();
    await a.getByLabel('What happened').fill('first words');
    await a.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    const noteUrl = a.url();
    await a.getByRole('link', { name: 'All notes' }).click();

    const b = await context.newPage();
    await b.goto(noteUrl);
    await b.getByLabel('Passphrase', { exact: true }).fill(OLD);
    await b.getByRole('button', { name: 'Unlock' }).click();
    await b.getByLabel('What happened').waitFor();

    await changeWithRekey(a);
    // Intermittent in 2 of 9 full runs on 2026-12-02 (the field not there for 30 s): say what tab B showed instead.
    await b
      .getByLabel('What happened')
      .fill('first words, then more typed in tab B after the re-key')
      .catch(async (e: unknown) => {
        const shown = await b.locator('h1, h2, [role=status], [role=alert], label').allInnerTexts();
        throw new Error(`tab B at ${new URL(b.url()).pathname} showed: ${shown.join(' | ')}`, { cause: e });
      });
    await b.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 15_000 });

    await a.getByRole('button', { name: 'Lock now' }).click();
    await a.getByLabel('Passphrase', { exact: true }).fill(NEW);
    await a.getByRole('button', { name: 'Unlock' }).click();
    await a.getByRole('list', { name: 'Saved notes' }).getByRole('link').first().click();
    expect(await a.getByLabel('What happened').inputValue()).toBe('first words, then more typed in tab B after the re-key');
    await context.close();
  });
});
