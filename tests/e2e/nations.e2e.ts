/**
 * Four nations (issue 21), on a phone: with each nation chosen in Settings, a red result for a 12-year-old's sexual
 * activity names that nation's guidance and law and no other nation's, and "Do now" uses that nation's lead. The
 * expected and forbidden names are written out here by hand, not read from the packs.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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

const GUIDANCE = {
  England: ['Keeping Children Safe in Education', 'Working Together'],
  Wales: ['Wales Safeguarding Procedures', 'Keeping learners safe'],
  Scotland: ['National Guidance for Child Protection in Scotland'],
  'Northern Ireland': ['Co-operating to Safeguard Children'],
} as const;
const LAW = {
  England: 'Sexual Offences Act 2003',
  Wales: 'Sexual Offences Act 2003',
  Scotland: 'Sexual Offences (Scotland) Act 2009',
  'Northern Ireland': 'Sexual Offences (Northern Ireland) Order 2008',
} as const;
const LEAD = { England: 'DSL', Wales: 'designated safeguarding person', Scotland: 'child protection co-ordinator', 'Northern Ireland': 'designated teacher' } as const;
type Nation = keyof typeof LAW;
const NATIONS = Object.keys(LAW) as Nation[];

/** Chooses the nation in Settings, as a reader would, once the list of nations has loaded. */
async function chooseNation(page: Page, nation: string): Promise<void> {
  await page.goto(`${baseURL}/settings`);
  const select = page.getByLabel('Nation', { exact: true });
  await select.locator('option', { hasText: nation }).waitFor({ state: 'attached' });
  await select.selectOption({ label: nation });
}

describe('a red result for a 12-year-old, in each nation', () => {
  for (const nation of NATIONS) {
    it(`${nation}: names ${nation}'s guidance and law and no other nation's; "Do now" names the ${LEAD[nation]}`, async () => {
      const { context, page, errors } = await phonePage(browser);
      await chooseNation(page, nation);
      // Only this nation's areas are offered: England's four sample areas appear for England alone.
      await expect.poll(async () => (await page.getByLabel('Your area', { exact: true }).locator('option', { hasText: 'Gateshead' }).count()) > 0).toBe(nation === 'England');

      await page.goto(`${baseURL}/classify`);
      await page.getByLabel('Age (years)').fill('12');
      await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('oral sex');
      await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /sexual activity e\.g\. oral sex or intercourse.*Red/ }).click();
      const result = page.getByRole('region', { name: 'Result' });
      await result.getByRole('heading', { level: 2 }).waitFor();
      expect(await result.getByRole('heading', { level: 2 }).textContent()).toBe('Red');
      const text = (await result.textContent())!;

      expect(GUIDANCE[nation].some((g) => text.includes(g)), `${nation} guidance`).toBe(true);
      expect(text).toContain(LAW[nation]);
      for (const other of NATIONS.filter((n) => n !== nation)) {
        for (const g of GUIDANCE[other]) expect(text, `${other}'s guidance in a ${nation} result`).not.toContain(g);
        if (LAW[other] !== LAW[nation]) expect(text, `${other}'s law in a ${nation} result`).not.toContain(LAW[other]);
      }
      const doNow = result.getByRole('heading', { name: 'Do now' }).locator('xpath=following-sibling::ol[1]');
      expect(await doNow.textContent()).toContain(LEAD[nation]);
      for (const other of NATIONS.filter((n) => LEAD[n] !== LEAD[nation])) expect(await doNow.textContent()).not.toContain(LEAD[other]);
      expect(text).not.toContain('{{');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the act-now page follows the nation too: Northern Ireland names its designated teacher and its guidance, never the DSL or LADO', async () => {
    const { context, page } = await phonePage(browser);
    await chooseNation(page, 'Northern Ireland');
    await page.goto(`${baseURL}/urgent?because=adult`);
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('designated teacher');
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain('Co-operating to Safeguard Children');
    for (const england of ['DSL', 'LADO', 'Keeping Children Safe in Education', 'Working Together']) expect(text).not.toContain(england);
    expect(text).not.toContain('{{');
    await context.close();
  });

  it('the act-now page names the service each nation refers to: Scotland tells social work, never England’s children’s social care', async () => {
    const { context, page } = await phonePage(browser);
    await chooseNation(page, 'Scotland');
    await page.goto(`${baseURL}/urgent?because=disclosure`);
    const first = page.locator('main .notice');
    await expect.poll(async () => (await first.textContent()) ?? '').toContain('child protection co-ordinator or social work now, today');
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain('Tell your child protection co-ordinator or social work now.');
    expect(text).not.toMatch(/children’s social care/i);
    expect(text).not.toContain('{{');
    await context.close();
  });

  it('the nation is saved with the note and shown in its text export', async () => {
    const { context, page } = await phonePage(browser, { acceptDownloads: true });
    await chooseNation(page, 'Scotland');
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('12');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('oral sex');
    await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /sexual activity e\.g\. oral sex or intercourse.*Red/ }).click();
    await page.getByRole('button', { name: 'Save as draft note' }).click();
    const pass = 'kettle harbour violin meadow';
    await setPassphrase(page, pass);
    await page.getByLabel(/^What happened/).fill('A fictional test note.');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export now' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Nation (guidance and law): Scotland');
    expect(text).toContain('child protection co-ordinator');
    expect(text).not.toContain('{{');
    await context.close();
  });
});
