/** Records practitioners keep: the HSB screening template and the pattern map, at phone and tablet sizes. */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage } from './browser';
import { axe } from './helpers/axe';
import { dumpIndexedDb } from './helpers/indexeddb';
import { setPassphrase } from './helpers/passphrase';

const PASS = 'records passphrase';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expect(foreignRequests(requests)).toEqual([]);
  await context?.close();
});

const SIZES = { phone: { width: 360, height: 740 }, tablet: { width: 1180, height: 820 } } as const;

async function fresh(size: keyof typeof SIZES) {
  const rec = await phonePage(browser, { viewport: SIZES[size], isMobile: size === 'phone', acceptDownloads: true });
  ({ context, page, requests } = rec);
  await page.goto(`${baseURL}/notes`);
  await setPassphrase(page, PASS);
  await page.getByRole('button', { name: 'New note' }).waitFor();
}

const saved = () => page.getByRole('status').filter({ hasText: /^Saved$/ });

describe.each(['phone', 'tablet'] as const)('on a %s', (size) => {
  it('an HSB screening note shows its exact labels, autosaves, and exports under its headings', async () => {
    await fresh(size);
    await page.getByLabel('Template').selectOption({ label: 'HSB screening' });
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Voice of the child').waitFor();
    for (const label of ['Child reference (initials or pseudonym)', 'When it was observed', 'Voice of the child', 'Parent or carer views', 'Aggravating factors', 'Mitigating factors']) {
      expect(await page.getByLabel(label, { exact: false }).count(), label).toBeGreaterThanOrEqual(1);
    }
    await page.getByLabel('Child reference (initials or pseudonym)').fill('JD');
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Known to youth justice' }).check();
    await page.getByLabel('Voice of the child').fill('I thought it was a joke');
    await page.getByLabel('Mitigating factors').fill('Bereavement this year');
    await page.getByRole('radiogroup', { name: 'Suitable for an out-of-court disposal?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await saved().waitFor();
    expect(await axe(page, `${size} screening editor`)).toEqual([]);
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    expect(await page.getByLabel('Voice of the child').inputValue()).toBe('I thought it was a joke');
    expect(await page.getByRole('radiogroup', { name: 'Suitable for an out-of-court disposal?' }).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export now' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Record: HSB screening');
    expect(text).toContain('Status: Known to youth justice');
    expect(text).toContain('Voice of the child: "I thought it was a joke"');
    expect(text).toContain('Mitigating factors: Bereavement this year');
    expect(text.indexOf('Suitable for an out-of-court disposal?: Yes')).toBeGreaterThan(text.indexOf('OUTCOME'));
  });

  it('the pattern map reads incident, life event, incident for January, February and March, and keeps the event encrypted', async () => {
    await fresh(size);
    for (const [when, what] of [
      ['2026-01-15T10:00', 'Pulled down a younger child’s trousers'],
      ['2026-03-10T14:30', 'Sent a rude picture to a classmate'],
    ] as const) {
      await page.getByRole('button', { name: 'New note' }).click();
      await page.getByLabel('Child reference (initials or pseudonym)').fill('PM');
      await page.getByLabel('When it was observed').fill(when);
      await page.getByLabel('What happened').fill(what);
      await saved().waitFor();
      await page.getByRole('link', { name: 'All notes' }).click();
    }
    await page.getByRole('link', { name: 'Pattern map' }).click();
    await page.getByLabel('Child reference (initials or pseudonym)').fill('PM');
    await page.getByRole('button', { name: 'Show pattern map' }).click();
    await page.getByLabel('Date', { exact: true }).fill('2026-02');
    await page.getByLabel('Event', { exact: true }).fill('Parents separated');
    await page.getByRole('button', { name: 'Add life event' }).click();
    const table = page.getByRole('table', { name: 'Pattern map' });
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    const lanes = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(lanes).toEqual(['Incident', 'Life event', 'Incident']);
    expect(await table.locator('tbody tr td:nth-child(1)').allTextContents()).toEqual(['2026-01-15 10:00', '2026-02', '2026-03-10 14:30']);
    expect(await page.getByRole('img', { name: 'Pattern map for PM' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Do not share it with other agencies without consent');
    if (size === 'tablet') {
      const [drawing, sheet] = await Promise.all([page.getByRole('img', { name: 'Pattern map for PM' }).boundingBox(), table.boundingBox()]);
      expect(sheet!.x).toBeGreaterThan(drawing!.x + drawing!.width - 1);
    } else {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    expect(await axe(page, `${size} pattern map`)).toEqual([]);
    const dump = await dumpIndexedDb(page);
    expect(dump).toContain('"iv"');
    expect(dump).not.toContain('Parents separated');
    expect(dump).not.toContain('"PM"');
    // Edit, then delete, the life event.
    await page.getByRole('button', { name: 'Edit life event: Parents separated' }).click();
    await page.getByLabel('Event', { exact: true }).fill('Parents separated; moved to nan’s');
    await page.getByRole('button', { name: 'Save life event' }).click();
    await table.getByText('Parents separated; moved to nan’s').waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('2026-02,Life event,"Parents separated; moved to nan’s"');
    await page.getByRole('button', { name: 'Delete life event: Parents separated; moved to nan’s' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
  });
});
