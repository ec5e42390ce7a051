import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, phonePage } from './browser';
import { setPassphrase } from './helpers/passphrase';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('two tabs', () => {
  it('share unlock and lock, and the list follows the other tab’s writes', async () => {
    const { context, page: a } = await phonePage(browser);
    await a.goto(`${baseURL}/notes`);
    await setPassphrase(a, 'two tabs passphrase');
    await a.getByRole('button', { name: 'New note' }).waitFor();

    const b = await context.newPage();
    await b.goto(`${baseURL}/notes`);
    await b.getByLabel('Passphrase', { exact: true }).fill('two tabs passphrase');
    await b.getByRole('button', { name: 'Unlock' }).click();
    const listB = b.getByRole('list', { name: 'Saved notes' });
    await b.getByRole('button', { name: 'New note' }).waitFor();
    expect(await listB.getByRole('listitem').count()).toBe(0);

    await a.getByRole('button', { name: 'New note' }).click();
    await a.getByLabel('Child reference (initials or pseudonym)').fill('JT');
    await a.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await listB.getByRole('link', { name: /JT/ }).waitFor();

    await a.getByRole('button', { name: 'Lock now' }).click();
    await b.getByRole('button', { name: 'Unlock' }).waitFor();
    expect(await b.getByText('JT').count()).toBe(0);

    await b.getByLabel('Passphrase', { exact: true }).fill('two tabs passphrase');
    await b.getByRole('button', { name: 'Unlock' }).click();
    await a.getByLabel('Child reference (initials or pseudonym)').waitFor();
    expect(await a.getByLabel('Child reference (initials or pseudonym)').inputValue()).toBe('JT');
    await context.close();
  });
});

describe('a schema upgrade in another tab', () => {
  it('saves the unsaved text before this tab’s connection closes', async () => {
    const { context, page: a } = await phonePage(browser);
    await a.goto(`${baseURL}/notes`);
    await setPassphrase(a, 'upgrade passphrase');
    await a.getByRole('button', { name: 'New note' }).click();
    await a.getByLabel('What happened').fill('saved once');
    await a.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    const id = a.url().split('/').pop()!;

    const b = await context.newPage();
    await b.goto(`${baseURL}/about`);
    const readCiphertext = (version?: number) =>
      b.evaluate(
        ([noteId, v]) =>
          new Promise<string>((resolve, reject) => {
            const req = v ? indexedDB.open('tl-notes', v) : indexedDB.open('tl-notes');
            req.onsuccess = () => {
              const db = req.result;
              const get = db.transaction('notes').objectStore('notes').get(noteId as string);
              get.onsuccess = () => {
                db.close();
                resolve((get.result as { ct: string }).ct);
              };
              get.onerror = () => reject(get.error);
            };
            req.onerror = () => reject(req.error);
          }),
        [id, version] as const,
      );
    const before = await readCiphertext();

    // Type, then at once (inside the autosave delay) upgrade the schema from tab B.
    await a.getByLabel('What happened').fill('saved once, then typed during an upgrade');
    const after = await readCiphertext(10_000);
    expect(after).not.toBe(before);
    await context.close();
  });
});
