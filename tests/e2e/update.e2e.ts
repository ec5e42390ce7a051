import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phonePage } from './browser';
import { serveDir, type SwappableServer } from './static-server';

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
  it('offers "Update available" without interrupting typing, and reloads to the same route on B', async () => {
    const { page, context } = await phonePage(browser);
    await page.goto(`${origin}/classify`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await page.getByLabel('Age (years)').fill('12');
    const search = page.getByRole('searchbox', { name: 'Search behaviours' });
    await search.fill('half-typed words');

    server.root = dirB;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const toast = page.getByRole('alert').filter({ hasText: 'Update available' });
    await toast.waitFor();
    expect(await search.inputValue()).toBe('half-typed words');
    expect(page.url()).toBe(`${origin}/classify`);

    await Promise.all([page.waitForEvent('load'), toast.getByRole('button', { name: 'Reload' }).click()]);
    expect(page.url()).toBe(`${origin}/classify`);
    await page.getByRole('link', { name: 'About' }).click();
    await page.getByText('9.9.9-update-test').waitFor();
    await context.close();
  });
});
