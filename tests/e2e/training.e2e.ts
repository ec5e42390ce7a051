import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage, type Recorded } from './browser';

let browser: Browser;
let rec: Recorded;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  rec = await phonePage(browser, { viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
  page = rec.page;
});
afterAll(async () => {
  await browser?.close();
});

const scenarios = JSON.parse(readFileSync('content/en-GB/scenarios.json', 'utf8'));

describe('training', () => {
  it('runs a presenter session by keyboard: vote, reveal, next, summary', async () => {
    await page.goto(`${baseURL}/training`);
    await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Content warning');
    await page.getByRole('checkbox', { name: '0–5 years' }).check();
    const chosen = await page.getByRole('status').filter({ hasText: 'chosen' }).textContent();
    const count = Number(/(\d+)/.exec(chosen ?? '')![1]);
    expect(count).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByText(`Scenario 1 of ${count}`).waitFor();
    // Shortcuts are ignored while a form control has focus: leave the Start button's focus first.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('3');
    expect(await page.getByRole('region', { name: 'Group vote' }).textContent()).toMatch(/2 votes.*0 votes.*1 vote/);
    await page.keyboard.press(' ');
    const answer = page.getByRole('region', { name: 'Answer' });
    await answer.waitFor();
    expect(await answer.textContent()).toMatch(/Expected:.*(Green|Amber|Red)/);
    expect(await answer.textContent()).toContain('What would change it');
    expect(await answer.textContent()).toContain('Discussion points');
    await page.keyboard.press('ArrowRight');
    await page.getByText(`Scenario 2 of ${count}`).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText(`Scenario 1 of ${count}`).waitFor();
    expect(await page.getByRole('link', { name: 'Notes' }).count()).toBe(0);
    for (let i = 0; i < count; i++) await page.keyboard.press('ArrowRight');
    const summary = page.getByRole('region', { name: 'Session summary' });
    await summary.waitFor();
    expect(await summary.getByRole('row').count()).toBe(count + 1);
    expect(await summary.getByRole('button', { name: 'Print summary' }).count()).toBe(1);
  });

  it('self-practice gives feedback and a score', async () => {
    await page.goto(`${baseURL}/training`);
    await page.getByRole('radio', { name: 'Self-practice' }).check();
    await page.getByRole('checkbox', { name: '13–17 years' }).check();
    await page.getByRole('checkbox', { name: 'Green' }).check();
    const count = Number(/(\d+)/.exec((await page.getByRole('status').filter({ hasText: 'chosen' }).textContent()) ?? '')![1]);
    await page.getByRole('button', { name: 'Start session' }).click();
    for (let i = 0; i < count; i++) {
      await page.getByRole('group', { name: 'Your answer' }).getByRole('radio', { name: 'Green' }).check();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.getByRole('status').filter({ hasText: 'expected level' }).waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    expect(await page.getByRole('status').filter({ hasText: 'You matched' }).textContent()).toBe(`You matched ${count} of ${count} expected levels.`);
  });

  it('imports a trainer pack, refuses a broken one and keeps the rest', async () => {
    await page.goto(`${baseURL}/training`);
    await page.getByRole('button', { name: 'Start session' }).waitFor();
    const before = await page.getByRole('status').filter({ hasText: 'chosen' }).textContent();
    const broken = { ...scenarios, id: 'broken-pack', declaration: false };
    await page.getByLabel('Import scenarios').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('alert').getByText('real or identifiable').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'chosen' }).textContent()).toBe(before);
    const mine = { ...scenarios, id: 'trainer-pack', scenarios: scenarios.scenarios.slice(0, 2).map((s: { id: string }) => ({ ...s, id: `mine-${s.id}` })) };
    await page.getByLabel('Import scenarios').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await page.getByText('Imported 2 scenarios').waitFor();
    const expected = Number(/(\d+)/.exec(before ?? '')![1]) + 2;
    await page.getByRole('status').filter({ hasText: `${expected} scenarios chosen` }).waitFor();
  });

  it('on a phone, teaches sextortion as act now: the room’s votes stay beside the expected Red, and topics read as words', async () => {
    const phone = await phonePage(browser);
    const p = phone.page;
    await p.goto(`${baseURL}/training`);
    await p.getByRole('checkbox', { name: '13–17 years' }).check();
    await p.getByRole('checkbox', { name: 'Exploitation' }).check();
    expect(await p.getByRole('checkbox', { name: 'Not harmful sexual behaviour' }).count()).toBe(1);
    expect(await p.getByRole('checkbox', { name: 'not hsb' }).count()).toBe(0);
    await p.getByRole('button', { name: 'Start session' }).click();
    await p.getByRole('heading', { name: /Sextortion/ }).waitFor();
    expect(await p.locator('main').textContent()).not.toContain('Behaviour:');
    const votes = p.getByRole('region', { name: 'Group vote' });
    await votes.getByRole('button', { name: /Vote.*Amber/ }).click();
    await votes.getByRole('button', { name: /Vote.*Amber/ }).click();
    await votes.getByRole('button', { name: /Vote.*Red/ }).click();
    await p.getByRole('button', { name: 'Reveal' }).click();
    const answer = p.getByRole('region', { name: 'Answer' });
    await answer.waitFor();
    const text = (await answer.textContent())!;
    expect(text).toMatch(/Expected:.*Red/);
    expect(text).toContain('Route: act now');
    expect(text).toContain('The room voted: Green 0 · Amber 2 · Red 1');
    expect(await votes.textContent()).toMatch(/0 votes.*2 votes.*1 vote/);
    expect(await p.locator('main').textContent()).toContain('Behaviour:');
    await phone.context.close();
  });

  it('writes nothing to notes storage and talks to no other origin', async () => {
    const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(dbs).not.toContain('tl-notes');
    expect(foreignRequests(rec.requests)).toEqual([]);
    expect(rec.errors).toEqual([]);
  });
});
