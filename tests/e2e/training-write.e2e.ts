import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage } from './browser';
import { axe } from './helpers/axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { name: 'tablet', options: { viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: true, deviceScaleFactor: 1 }, pick: 'search' as const },
  { name: 'phone', options: {}, pick: 'table' as const },
];
const BEHAVIOUR = 'making and sending naked or sexually provocative images of self or others';
const COERCION = 'Was anyone pressured, tricked, bribed, threatened, blackmailed or forced?';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe.each(SIZES)('a trainer writes a scenario on a $name', ({ name, options, pick }) => {
  const title = `Bus shelter photos (${name})`;

  it('writes, sees the engine’s level, saves, presents, exports, and imports it in a fresh browser', async () => {
    const rec = await phonePage(browser, options);
    const { page } = rec;
    await page.goto(`${baseURL}/training`);
    await page.getByRole('button', { name: 'Write a scenario' }).click();
    await page.getByRole('heading', { name: 'Write a scenario' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Scenarios must be fictional and not identifiable');
    const problems = await axe(page, `${name} empty form`);

    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Age (years)').fill('14');
    await page.getByLabel('What happened').fill('A fictional fourteen-year-old called Sky sends photos of herself to a boy in her class, who shows his friends.');
    if (pick === 'search') {
      await page.getByRole('searchbox', { name: 'Behaviour' }).fill('sending naked images');
      await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: new RegExp(BEHAVIOUR) }).click();
    } else {
      await page.getByLabel('Or choose from the table for age 14').selectOption({ label: BEHAVIOUR });
    }
    await page.getByText('The rules engine gives: Amber').waitFor();
    await page.getByRole('radiogroup', { name: COERCION }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByText('The rules engine gives: Red').waitFor();
    await page.getByRole('group', { name: 'Your expected level (optional)' }).getByRole('radio', { name: 'Amber' }).check();
    await page.getByText('You expected Amber; the rules engine gives Red. Scenarios use the engine’s level.').waitFor();
    await page.getByLabel('Discussion points').fill('Who was harmed, and how?\nWhat would you do first?');
    const variant = page.getByRole('group', { name: 'Variant 1' });
    await variant.getByLabel('What changes').fill('Nobody pressured her; she chose to send them');
    await variant.getByLabel('Question it answers differently').selectOption({ label: COERCION });
    await variant.getByLabel('New answer').selectOption({ label: 'No' });
    await variant.getByText('With this change: Amber').waitFor();
    await page.getByRole('checkbox', { name: 'Online' }).check();

    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByRole('alert').getByText('Tick “These names are made up”').waitFor();
    expect(await page.getByRole('region', { name: 'Privacy check' }).textContent()).toContain('Sky');
    problems.push(...(await axe(page, `${name} form with a possible name`)));
    expect(problems).toEqual([]);
    await page.getByRole('checkbox', { name: 'These names are made up' }).check();
    await page.getByRole('button', { name: 'Save scenario' }).click();

    const own = page.getByRole('region', { name: 'Your own scenarios' });
    await own.getByRole('status').getByText(`Saved “${title}”`).waitFor();
    const listed = own.getByRole('list', { name: 'Scenarios you wrote' }).getByRole('listitem');
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toMatch(new RegExp(`${title.replace(/[()]/g, '\\$&')} — Age 14 — Red`));

    // Presented like a shipped scenario: chosen, voted on, revealed, and its votes exported.
    await page.getByRole('checkbox', { name: 'Only scenarios written or imported on this device' }).check();
    await page.getByRole('status').filter({ hasText: '1 scenario chosen' }).waitFor();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    const votes = page.getByRole('region', { name: 'Group vote' });
    await votes.getByRole('button', { name: /Vote.*Red/ }).click();
    await votes.getByRole('button', { name: /Vote.*Red/ }).click();
    await votes.getByRole('button', { name: /Vote.*Amber/ }).click();
    await page.getByRole('button', { name: 'Reveal' }).click();
    const answer = page.getByRole('region', { name: 'Answer' });
    expect(await answer.textContent()).toMatch(/Expected:.*Red/);
    expect(await answer.textContent()).toContain('The room voted: Green 0 · Amber 1 · Red 2');
    expect(await answer.textContent()).toContain('Who was harmed, and how?');
    expect(await answer.textContent()).toMatch(/Nobody pressured her; she chose to send them → Amber/);
    await page.getByRole('button', { name: 'Next' }).click();
    const summary = page.getByRole('region', { name: 'Session summary' });
    const csv = await download(page, () => summary.getByRole('button', { name: 'Export votes as CSV' }).click());
    expect(csv.name).toMatch(/^training-votes-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.split('\r\n')).toEqual([
      'Scenario,Rules engine level,Level voted,Votes,Votes after the change',
      `${title},Red,Green,0,0`,
      `${title},Red,Amber,1,0`,
      `${title},Red,Red,2,0`,
      '',
    ]);
    await summary.getByRole('button', { name: 'Choose scenarios again' }).click();

    const pack = await download(page, () => own.getByRole('button', { name: 'Export scenario pack' }).click());
    const data = JSON.parse(pack.text);
    expect(data).toMatchObject({ kind: 'training-scenarios', declaration: true, forPack: 'brook-traffic-light', provenance: { title: 'Scenarios written by a trainer' } });
    expect(data.provenance.source).toMatch(/Written by a trainer/);
    expect(data.scenarios).toHaveLength(1);
    expect(data.scenarios[0]).toMatchObject({ title, age: 14, expectedLevel: 'red', facts: { coercion: 'yes' }, tags: ['online'], variants: [{ expectedLevel: 'amber', facts: { coercion: 'no' } }] });

    // Another device: a fresh browser context with nothing stored.
    const fresh = await phonePage(browser, options);
    await fresh.page.goto(`${baseURL}/training`);
    const before = Number(/(\d+)/.exec((await fresh.page.getByRole('status').filter({ hasText: 'chosen' }).textContent()) ?? '')![1]);
    await fresh.page.getByLabel('Import scenarios').setInputFiles(pack.path);
    await fresh.page.getByText('Imported 1 scenario from Scenarios written by a trainer.').waitFor();
    await fresh.page.getByRole('status').filter({ hasText: `${before + 1} scenarios chosen` }).waitFor();
    await fresh.page.getByRole('radio', { name: 'Self-practice' }).check();
    await fresh.page.getByRole('checkbox', { name: 'Only scenarios written or imported on this device' }).check();
    await fresh.page.getByRole('button', { name: 'Start session' }).click();
    await fresh.page.getByRole('heading', { name: title }).waitFor();
    await fresh.page.getByRole('group', { name: 'Your answer' }).getByRole('radio', { name: 'Red' }).check();
    await fresh.page.getByRole('button', { name: 'Check my answer' }).click();
    await fresh.page.getByRole('status').filter({ hasText: 'You matched the expected level.' }).waitFor();

    for (const r of [rec, fresh]) {
      expect(foreignRequests(r.requests)).toEqual([]);
      expect(r.errors).toEqual([]);
      expect(await r.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('tl-notes');
    }
    await fresh.context.close();
    await rec.context.close();
  });
});

describe('a written scenario', () => {
  it('can be edited and deleted, and an unsaved one survives a reload', async () => {
    const { page, context } = await phonePage(browser, SIZES[0]!.options);
    await page.goto(`${baseURL}/training`);
    await page.getByRole('button', { name: 'Write a scenario' }).click();
    await page.getByLabel('Title').fill('Park bench');
    await page.getByLabel('Age (years)').fill('7');
    await page.getByLabel('What happened').fill('Two fictional seven-year-olds swap rude words at the park.');
    await page.reload();
    await page.getByText('An unsaved scenario is kept on this device: “Park bench”.').waitFor();
    await page.getByRole('button', { name: 'Continue writing' }).click();
    expect(await page.getByLabel('What happened').inputValue()).toBe('Two fictional seven-year-olds swap rude words at the park.');
    await page.getByLabel('Or choose from the table for age 7').selectOption({ index: 1 });
    await page.getByText(/^The rules engine gives: /).waitFor();
    await page.getByLabel('Discussion points').fill('Is this expected at seven?');
    await page.getByRole('group', { name: 'Variant 1' }).getByLabel('What changes').fill('It carries on after adults set limits');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    const own = page.getByRole('region', { name: 'Your own scenarios' });
    await own.getByRole('button', { name: 'Edit “Park bench”' }).click();
    await page.getByRole('heading', { name: 'Edit scenario' }).waitFor();
    expect(await page.getByLabel('Age (years)').inputValue()).toBe('7');
    await page.getByLabel('Title').fill('Park bench, renamed');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await own.getByRole('status').getByText('Saved “Park bench, renamed”').waitFor();
    expect(await own.getByRole('list', { name: 'Scenarios you wrote' }).getByRole('listitem').count()).toBe(1);
    await own.getByRole('button', { name: 'Delete “Park bench, renamed”' }).click();
    await own.getByRole('button', { name: 'Delete it' }).click();
    await own.getByRole('status').getByText('Deleted “Park bench, renamed”.').waitFor();
    expect(await own.getByText('You have not written any scenarios on this device yet.').count()).toBe(1);
    expect(await own.getByRole('button', { name: 'Export scenario pack' }).isDisabled()).toBe(true);
    await context.close();
  });
});

describe('the scenario form on a small screen', () => {
  it('reflows at 320 px with 200% text, and every control is at least 44 × 44 px', async () => {
    const { page, context } = await phonePage(browser, { viewport: { width: 320, height: 640 } });
    await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%')));
    await page.goto(`${baseURL}/training`);
    await page.getByRole('button', { name: 'Write a scenario' }).click();
    await page.getByLabel('Age (years)').fill('14');
    await page.getByRole('searchbox', { name: 'Behaviour' }).fill('sending naked images');
    await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button').first().click();
    await page.getByLabel('What happened').fill('A fictional girl called Sky rang 07700 900123.');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByRole('checkbox', { name: 'These names are made up' }).waitFor();
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('main button, main select, main input:not([type=checkbox]):not([type=radio]):not([type=file]), main label.choice, main label.answer'))
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ name: (el.textContent ?? el.tagName).trim().slice(0, 40), ...el.getBoundingClientRect().toJSON() }))
        .filter((r) => r.height < 44 || r.width < 44)
        .map((r) => `${r.name} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(await page.locator('main label.answer').count()).toBeGreaterThan(10);
    expect(small).toEqual([]);
    await context.close();
  });
});
