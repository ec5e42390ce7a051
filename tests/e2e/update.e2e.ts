import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phonePage } from './browser';
import { serveDir, type SwappableServer } from './static-server';
import { setPassphrase } from './helpers/passphrase';

let browser: Browser;
let server: SwappableServer;
const tmp = mkdtempSync(join(tmpdir(), 'tl-update-'));
const dirA = join(tmp, 'a');
const dirB = join(tmp, 'b');
const port = 4182;
const origin = `http://localhost:${port}`;

beforeAll(async () => {
  cpSync('dist', dirA, { recursive: true });
  // Build B differs only in its version, as a real release would.
  await build({ logLevel: 'silent', build: { outDir: dirB, emptyOutDir: true }, define: { __APP_VERSION__: JSON.stringify('9.9.9-update-test') } });
  browser = await launchBrowser();
  server = await serveDir(dirA, port);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('updates', () => {
  it('offers "Update available" without interrupting a note, and reloads B at the same note editor URL', async () => {
    const { page, context } = await phonePage(browser);
    await page.goto(`${origin}/notes`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await setPassphrase(page, 'update test passphrase');
    await page.getByRole('button', { name: 'New note' }).click();
    const field = page.getByLabel('What happened');
    await field.fill('written on build A');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    const editorUrl = page.url();
    expect(editorUrl).toMatch(/\/notes\/[0-9a-f-]{36}$/);

    server.root = dirB;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const toast = page.getByRole('alert').filter({ hasText: 'Update available' });
    await toast.waitFor();
    // Typing goes on while the update waits: nothing reloads by itself.
    await field.press('End');
    await field.pressSequentially(' and still typing');
    expect(await field.inputValue()).toBe('written on build A and still typing');
    expect(page.url()).toBe(editorUrl);

    await Promise.all([page.waitForEvent('load'), toast.getByRole('button', { name: 'Reload' }).click()]);
    expect(page.url()).toBe(editorUrl);
    await page.getByLabel('Passphrase', { exact: true }).fill('update test passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    expect(await page.getByLabel('What happened').inputValue()).toBe('written on build A and still typing');
    await page.getByRole('link', { name: 'About' }).click();
    await page.getByText('9.9.9-update-test').waitFor();
    await context.close();
  });
});
