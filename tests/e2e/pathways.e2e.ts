/** Your local procedure: choose an area in Settings, and every result shows that area's steps; import refuses bad packs. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage, type Recorded } from './browser';
import { setPassphrase } from './helpers/passphrase';

let browser: Browser;
let rec: Recorded;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  rec = await phonePage(browser, { acceptDownloads: true });
  page = rec.page;
});
afterAll(async () => {
  await browser?.close();
});

async function chooseArea(label: string) {
  await page.goto(`${baseURL}/settings`);
  const select = page.getByLabel('Your area', { exact: true });
  await select.locator('option', { hasText: 'Gateshead' }).waitFor({ state: 'attached' });
  await select.selectOption({ label });
}

async function redAt14() {
  await page.goto(`${baseURL}/classify`);
  await page.getByLabel('Age (years)').fill('14');
  await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('sexual harassment');
  await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /^sexual harassment.*Red/ }).click();
  const result = page.getByRole('region', { name: 'Result' });
  await result.waitFor();
  return result;
}

const local = (result: ReturnType<Page['getByRole']>) => result.locator('details', { has: page.getByRole('heading', { name: 'Your local procedure' }) });

describe('your local procedure', () => {
  it.each([
    ['Gateshead', 'within 72 hours at most'],
    ['Lancashire', 'HSB Hub'],
    ['Derby', 'VCM'],
    ['Solihull', 'MASH'],
  ])('with %s chosen, a red behaviour at 14 shows its steps under "Your local procedure" (%s)', async (area, signature) => {
    await chooseArea(area);
    const section = local(await redAt14());
    await section.getByText(area, { exact: true }).first().waitFor();
    expect(await section.getAttribute('open')).not.toBeNull();
    expect(await section.textContent()).toContain(signature);
    expect(await section.getByText(signature, { exact: false }).first().isVisible()).toBe(true);
  });

  it('with no area, keeps the national wording; the choice stays on the device', async () => {
    await chooseArea('None (national guidance only)');
    const section = local(await redAt14());
    expect(await section.textContent()).toContain('No local procedure is loaded');
    await chooseArea('Derby');
    await page.reload();
    await expect.poll(() => page.getByLabel('Your area', { exact: true }).inputValue()).toBe('derby');
  });

  it('saves the area, its version and the steps shown with the note, under ACTION in the text export', async () => {
    await chooseArea('Lancashire');
    const result = await redAt14();
    await result.getByRole('button', { name: 'Save as draft note' }).click();
    await setPassphrase(page, 'pathway passphrase');
    await page.getByLabel('What happened').fill('Comments and touching in the corridor.');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Export now' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const action = text.indexOf('\nACTION\n');
    expect(text.indexOf('Local procedure shown: Lancashire (lancashire 2026.1)')).toBeGreaterThan(action);
    expect(text.indexOf('HSB Hub')).toBeGreaterThan(action);
  });

  it('refuses a malformed pathway pack with named problems in an alert, and changes nothing', async () => {
    await page.goto(`${baseURL}/settings`);
    const select = page.getByLabel('Your area', { exact: true });
    await select.locator('option', { hasText: 'Gateshead' }).waitFor({ state: 'attached' });
    const before = await select.locator('option').allTextContents();
    const chosen = await select.inputValue();
    const broken = JSON.parse(readFileSync('content/en-GB/pathways/gateshead.json', 'utf8'));
    broken.id = 'elsewhere';
    broken.area = 'Elsewhere';
    broken.steps[0].action = 'E-mail the duty team at duty@elsewhere.example';
    broken.steps[1].role = 'nobody';
    await page.getByLabel('Import pathway pack').setInputFiles({ name: 'elsewhere.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert');
    await alert.getByText('elsewhere.json: steps[0].action: must not contain an e-mail address', { exact: false }).waitFor();
    expect(await alert.textContent()).toContain('steps[1].role: unknown role "nobody"');
    expect(await select.locator('option').allTextContents()).toEqual(before);
    expect(await select.inputValue()).toBe(chosen);
  });

  it('imports a valid pack for another area, which can then be chosen', async () => {
    const mine = JSON.parse(readFileSync('content/en-GB/pathways/solihull.json', 'utf8'));
    mine.id = 'north-shire';
    mine.area = 'North Shire';
    await page.goto(`${baseURL}/settings`);
    await page.getByLabel('Import pathway pack').setInputFiles({ name: 'north.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await page.getByRole('status').getByText('Imported the pathway pack for North Shire').waitFor();
    await page.getByLabel('Your area', { exact: true }).selectOption({ label: 'North Shire' });
    const section = local(await redAt14());
    expect(await section.textContent()).toContain('North Shire');
  });

  it('about lists each pack’s source, version and date', async () => {
    await page.goto(`${baseURL}/about`);
    const list = page.locator('.pathway-sources');
    await list.getByText(/^Derby:/).waitFor();
    expect(await list.textContent()).toContain('Working with Harmful Sexual Behaviour, version Version 6 (January 2024)');
    for (const area of ['Gateshead', 'Lancashire', 'Solihull']) expect(await list.textContent()).toContain(`${area}:`);
    expect(foreignRequests(rec.requests)).toEqual([]);
    expect(rec.errors).toEqual([]);
  });
});
