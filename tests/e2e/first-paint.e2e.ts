/** The first screen is in the served HTML before any script runs, styled by inline CSS the CSP allows by hash. */
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('first paint from HTML', () => {
  it('GET /classify returns the page heading and the age field with no JavaScript run', async () => {
    const response = await fetch(`${baseURL}/classify`);
    const html = await response.text();
    expect(html).toContain('<h1>Classify a sexual behaviour</h1>');
    expect(html).toMatch(/<label class="field"><span>Age \(years\)<\/span><input [^>]*type="number"/);
  });

  it('with JavaScript off, a phone shows the heading and a labelled age field, styled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/classify`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Classify a sexual behaviour');
    const age = page.getByLabel('Age (years)');
    expect(await age.isVisible()).toBe(true);
    const box = (await age.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    // Styled by the inline critical CSS: the Urgent link is a red button, not a plain link.
    expect(await page.getByRole('link', { name: 'Urgent' }).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('an age typed before the app has started is kept when it starts', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Hold the app's script back, as a slow phone would, while the prerendered page is already on screen.
    await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${baseURL}/classify`, { waitUntil: 'commit' });
    await page.getByLabel('Age (years)').fill('7');
    release();
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
    expect(await page.getByLabel('Age (years)').inputValue()).toBe('7');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).waitFor();
    expect(await page.getByRole('group', { name: /The behaviour \(5–9\)/ }).count()).toBe(1);
    await context.close();
  });

  it('the CSP allows exactly the inline style and script in the page, by hash, and nothing unsafe', async () => {
    const response = await fetch(`${baseURL}/`);
    const csp = response.headers.get('content-security-policy')!;
    const html = await response.text();
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`style-src 'self' ${sha256(styles[0]!)}`);
    expect(csp).toContain(`script-src 'self' ${sha256(scripts[0]!)}`);
    expect(csp).not.toContain('unsafe');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
  });
});
