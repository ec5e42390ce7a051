import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './browser';
import { axe } from './helpers/axe';
import { setPassphrase } from './helpers/passphrase';

const PASS = 'accessible passphrase';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function classify(page: Page, age: string, query: string, pick: RegExp) {
  await page.goto(`${baseURL}/classify`);
  await page.getByLabel('Age (years)').fill(age);
  await page.getByRole('searchbox', { name: 'Search behaviours' }).fill(query);
  await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: pick }).click();
  await page.getByRole('region', { name: 'Result' }).waitFor();
}

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it('finds no WCAG A/AA violation on any route or state', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const route of ['/', '/urgent', '/table', '/table/5-9', '/continuum', '/about', '/settings', '/training']) {
      await page.goto(`${baseURL}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      found.push(...(await axe(page, route)));
    }
    await classify(page, '4', 'nakedness', /enjoying nakedness/);
    found.push(...(await axe(page, 'green result')));
    await classify(page, '15', 'body image', /body image/);
    found.push(...(await axe(page, 'amber result')));
    await classify(page, '7', 'touching own', /feeling and touching/);
    await page.getByRole('radiogroup', { name: /kept secret, or compulsive/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('button', { name: 'Compare with other age bands' }).click();
    await page.getByRole('button', { name: 'Record a different judgement' }).click();
    found.push(...(await axe(page, 'raised red result')));
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('12');
    await page.getByRole('button', { name: 'None of these fits' }).click();
    found.push(...(await axe(page, 'none of these fits: adult or disclosure first')));
    await page.getByRole('button', { name: 'No, neither: describe the behaviour' }).click();
    await page.getByRole('group', { name: 'Which general description fits best?' }).getByRole('radio', { name: /^Amber/ }).check();
    found.push(...(await axe(page, 'none of these fits')));
    await classify(page, '15', 'consenting sex', /consenting oral/);
    await page.getByRole('radiogroup', { name: 'Is the other person 18 or over?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    found.push(...(await axe(page, 'act-now result')));
    await page.goto(`${baseURL}/urgent?because=adult`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    found.push(...(await axe(page, 'urgent with a reason')));

    await page.goto(`${baseURL}/notes`);
    await page.getByLabel('Confirm passphrase').waitFor();
    found.push(...(await axe(page, 'notes set-up')));
    await setPassphrase(page, PASS);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('What happened').fill('text');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    found.push(...(await axe(page, 'note editor')));
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await axe(page, 'export dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'All notes' }).click();
    await page.getByRole('button', { name: 'New note' }).waitFor();
    found.push(...(await axe(page, 'notes list')));
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').getByText('not right').waitFor();
    found.push(...(await axe(page, 'unlock with an error')));

    await page.goto(`${baseURL}/training`);
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Reveal' }).click();
    found.push(...(await axe(page, 'training presenter')));
    await page.goto(`${baseURL}/training`);
    await page.getByRole('radio', { name: 'Self-practice' }).check();
    await page.getByRole('button', { name: 'Start session' }).click();
    found.push(...(await axe(page, 'training practice')));
    expect(found).toEqual([]);
    await context.close();
  });
});

describe('reflow and keyboard', () => {
  it('has no horizontal scrolling at 320 px with 200% text', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'en-GB' });
    const page = await context.newPage();
    await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%')));
    const wide: string[] = [];
    for (const route of ['/', '/table/13-17', '/continuum', '/about', '/settings', '/training', '/notes', '/urgent']) {
      await page.goto(`${baseURL}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) wide.push(`${route}: ${scroll} > ${client}`);
    }
    await classify(page, '11', 'sending nudes', /distributing/);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) wide.push(`result: ${scroll} > ${client}`);
    expect(wide).toEqual([]);
    await context.close();
  });

  it('classifies and saves a note with the keyboard alone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/classify`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const tabTo = async (predicate: string, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate)) return;
      }
      throw new Error(`could not reach ${predicate} by Tab`);
    };
    await tabTo(`document.activeElement?.getAttribute('type') === 'number'`);
    await page.keyboard.type('11');
    await tabTo(`document.activeElement?.getAttribute('type') === 'search'`);
    await page.keyboard.type('sending nudes');
    await tabTo(`document.activeElement?.closest('[aria-label="Matching behaviours"]') !== null`);
    await page.keyboard.press('Enter');
    // The result comes with a lazy chunk (prefetched when idle): focus moves to its heading once it has rendered.
    await page.waitForFunction(() => document.activeElement?.tagName !== 'BUTTON');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Red/);
    await tabTo(`document.activeElement?.textContent === 'Save as draft note'`, 120);
    await page.keyboard.press('Enter');
    await tabTo(`document.activeElement?.getAttribute('autocomplete') === 'new-password'`);
    await page.keyboard.type(PASS);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASS);
    await page.keyboard.press('Enter');
    await page.getByLabel('What happened').waitFor();
    await tabTo(`document.activeElement?.labels?.[0]?.textContent?.startsWith('What happened') === true`, 40);
    await page.keyboard.type('typed with the keyboard');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await context.close();
  });
});

describe('touch targets and dialogs', () => {
  it('every control is at least 44 × 44 px (inline links in running text excepted)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
    const page = await context.newPage();
    const small: string[] = [];
    const measure = async (state: string) => {
      const found = await page.evaluate(() => {
        const selector = 'button, select, input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), label.choice, label.answer, nav a, .urgent-button, .urgent-yes, summary';
        return Array.from(document.querySelectorAll<HTMLElement>(selector))
          .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
          .map((el) => ({ name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40), ...el.getBoundingClientRect().toJSON() }))
          .filter((r) => r.height < 44 || r.width < 44)
          .map((r) => `${r.name} ${Math.round(r.width)}×${Math.round(r.height)}`);
      });
      small.push(...found.map((f) => `${state}: ${f}`));
    };
    for (const route of ['/', '/table/9-13', '/settings', '/training', '/notes', '/urgent']) {
      await page.goto(`${baseURL}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await measure(route);
    }
    await classify(page, '9', 'porn', /sourcing pornographic/);
    await measure('result');
    expect(await page.locator('button, label.choice, label.answer').count()).toBeGreaterThan(20);
    expect(small).toEqual([]);
    await context.close();
  });

  it('the export dialog traps focus and gives it back when closed', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/notes`);
    await setPassphrase(page, PASS);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('What happened').fill('dialog focus');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await exportButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});
