import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, CHROMIUM_ARGS, foreignRequests, launchBrowser, phonePage } from './browser';
import { setPassphrase } from './helpers/passphrase';

const ROUTES = ['/', '/classify', '/urgent', '/table', '/table/9-13', '/table/13-17', '/continuum', '/notes', '/training', '/settings', '/about'];

/** Records CSP violations from the first script on every page; init scripts are not subject to the page's CSP. */
const RECORD_CSP = () => {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitForController(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

describe('security headers and policy', () => {
  it('serves the build with the strict headers', async () => {
    const { page, context } = await phonePage(browser);
    const response = await page.goto(`${baseURL}/`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('web-share=(self)');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    // Sent here too; browsers ignore it over http (localhost), and honour it on an https host.
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['clear-site-data']).toBeUndefined();
    await context.close();
  });

  it('runs every route with zero CSP violations and no other origin', async () => {
    const { page, context, requests, errors } = await phonePage(browser);
    await context.addInitScript(RECORD_CSP);
    for (const route of ROUTES) {
      await page.goto(`${baseURL}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), route).toEqual([]);
    }
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('offline', () => {
  let server: PreviewServer | null = null;
  const port = 4181;
  const origin = `http://localhost:${port}`;
  const start = async () => {
    server = await preview({ preview: { port, strictPort: true, open: false }, logLevel: 'silent' });
  };
  afterAll(async () => {
    await server?.close();
  });

  it('after one online visit, every route works with the origin server stopped', async () => {
    await start();
    const { page, context } = await phonePage(browser, { acceptDownloads: true });
    await context.addInitScript(RECORD_CSP);
    await page.goto(`${origin}/`);
    await page.getByRole('status').getByText('Ready to work without a signal').waitFor();
    await waitForController(page);
    await server!.close();
    server = null;

    for (const route of ROUTES) {
      await page.goto(`${origin}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), route).toEqual([]);
    }
    // A whole classification, offline.
    await page.goto(`${origin}/classify`);
    await page.getByLabel('Age (years)').fill('12');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('sexting');
    await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /distributing/ }).click();
    expect(await page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 }).textContent()).toMatch(/^Red/);
    // Save, lock, unlock and export a note, still offline.
    await page.getByRole('button', { name: 'Save as draft note' }).click();
    await setPassphrase(page, 'offline passphrase');
    await page.getByLabel('What happened').fill('written with no signal');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('offline passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    expect(await page.getByLabel('What happened').inputValue()).toBe('written with no signal');
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Export now' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    // The indicator appears when the device reports no network.
    await context.setOffline(true);
    await page.getByRole('status', { name: 'Offline' }).waitFor();
    await context.setOffline(false);
    await context.close();
  });
});

describe('install', () => {
  it('Chromium reports no installability errors (persistent profile)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-profile-'));
    const context = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
      const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
      expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' });
      const purposes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
      expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']));
      expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
      const sw = await (await page.request.get(`${baseURL}/sw.js`)).text();
      expect(sw).toContain('traffic-light');
      expect(sw).not.toContain('pseudo');
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
