import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './browser';

/** Every string in the content packs: pack text is data, exempt from translation. */
function contentStrings(dir = 'content'): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...contentStrings(path));
    else if (entry.name.endsWith('.json')) walk(JSON.parse(readFileSync(path, 'utf8')));
  }
  return out;
}
/** Pack text may hold the lead and social-care placeholders, which every nation pack fills with its own words. */
const NATIONS = readdirSync('content/en-GB/nations')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join('content/en-GB/nations', f), 'utf8')) as { lead: { title: string; short: string }; socialCare: { name: string } });
const filled = (c: string) =>
  c.includes('{{') ? NATIONS.map(({ lead, socialCare }) => c.replaceAll('{{leadShort}}', lead.short).replaceAll('{{lead}}', lead.title).replaceAll('{{socialCare}}', socialCare.name)) : [c];
/** Tag ids are shown with spaces for hyphens (training topics). */
const CONTENT = contentStrings().flatMap(filled).flatMap((c) => [c, c.replace(/-/g, ' ')]);
const MONTHS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** Text nodes and accessible names that neither came through i18next (⟦…⟧) nor are pack data, numbers or Intl output. */
async function untranslated(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript, select')) continue;
      const t = n.textContent?.trim();
      if (t) texts.push(t);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) texts.push(v);
      }
    }
    texts.push(document.title);
    return texts;
  });
  return found.filter((t) => {
    if (t.includes('⟦') || /^[\d\s.,:;/–—\-()+%#·|]+$/.test(t) || MONTHS.test(t)) return false;
    return !CONTENT.some((c) => c.includes(t) || t.split(/\s*[—:;]\s*/).every((part) => !part || c.includes(part) || /^[\d\s.,()–-]+$/.test(part)));
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('pseudo-locale en-XA', () => {
  it('every route shows only translated text and nothing overflows at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/?locale=en-XA`);
    await page.waitForFunction(() => document.documentElement.lang === 'en-XA');
    const problems: string[] = [];
    const check = async (state: string) => {
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('⟦'));
      for (const t of await untranslated(page)) problems.push(`${state}: "${t}"`);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) problems.push(`${state}: overflows ${scroll} > ${client}`);
    };
    for (const route of ['/', '/urgent', '/table', '/table/9-13', '/continuum', '/about', '/settings', '/training', '/notes']) {
      await page.goto(`${baseURL}${route}`);
      await check(route);
    }
    await page.goto(`${baseURL}/classify`);
    await page.locator('input[type=number]').fill('9');
    await page.locator('input[type=search]').fill('porn');
    await page.locator('.matches button').first().click();
    await page.locator('[data-level] h2').waitFor();
    await check('result');
    // Writing a training scenario: the form, the engine's level and the privacy check (buttons found by class, as names are pseudo text).
    await page.goto(`${baseURL}/training`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('⟦'));
    await page.locator('.own-scenarios .session-controls button').first().click();
    await page.locator('.scenario-form input[type=number]').fill('9');
    await page.locator('.scenario-form input[type=search]').fill('porn');
    await page.locator('.scenario-form .matches button').first().click();
    await page.locator('.scenario-form textarea').first().fill('A fictional boy called Robin rang 07700 900123.');
    await page.locator('.scenario-form button[type=submit]').click();
    await page.locator('.engine-gives').waitFor();
    await check('training form');
    expect(problems).toEqual([]);
    await context.close();
  });
});
