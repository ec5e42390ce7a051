import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, foreignRequests, launchBrowser, phonePage, type Recorded } from './browser';

let browser: Browser;
let rec: Recorded;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  rec = await phonePage(browser);
  page = rec.page;
});
afterAll(async () => {
  await browser?.close();
});

const result = () => page.getByRole('region', { name: 'Result' });
const resultHeading = () => result().getByRole('heading', { level: 2 });

/** Age, type, pick: three interactions, then read. */
async function classify(age: string, query: string, behaviour: RegExp) {
  await page.goto(`${baseURL}/`);
  await page.getByLabel('Age (years)').fill(age);
  await page.getByRole('searchbox', { name: 'Search behaviours' }).fill(query);
  const list = page.getByRole('list', { name: 'Matching behaviours' });
  await list.getByRole('button', { name: behaviour }).click();
  await resultHeading().waitFor();
}

describe('classify on a phone', () => {
  it('green: a solitary behaviour at 0–5, with reasons, actions and source', async () => {
    await classify('4', 'nakedness', /enjoying nakedness.*Green/);
    expect(await resultHeading().textContent()).toMatch(/^Green/);
    expect(await resultHeading().evaluate((el) => el === document.activeElement)).toBe(true);
    const text = await result().textContent();
    for (const part of ['Why this level', 'What you can do', 'National guidance', 'Your local procedure', '2024.1', 'Listed as green for 0–5']) expect(text).toContain(part);
  });

  it('amber: concern about body image at 15', async () => {
    await classify('15', 'body image', /concern about body image.*Amber/);
    expect(await resultHeading().textContent()).toMatch(/^Amber/);
    expect(await result().textContent()).toContain('take notice and gather information');
  });

  it('red: distributing images at 11, with the indecent images law', async () => {
    await classify('11', 'sending nudes', /distributing naked or sexually provocative images.*Red/);
    expect(await resultHeading().textContent()).toMatch(/^Red/);
    expect(await result().textContent()).toContain('Indecent images of under-18s');
  });

  it('each match holds exactly one button named with the behaviour and its level word', async () => {
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('14');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('porn');
    const items = page.getByRole('list', { name: 'Matching behaviours' }).getByRole('listitem');
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const buttons = items.nth(i).getByRole('button');
      expect(await buttons.count()).toBe(1);
      expect(await buttons.first().getAttribute('aria-pressed')).toBe('false');
      const name = (await buttons.first().textContent()) ?? '';
      expect(name).toMatch(/ (Green|Amber|Red)$/);
    }
    expect(await page.getByRole('region', { name: 'Result' }).count()).toBe(0);
  });

  it('context raises the level at once and says why', async () => {
    await classify('7', 'touching own', /feeling and touching own genitals.*Green/);
    expect(await resultHeading().textContent()).toMatch(/^Green/);
    await page.getByRole('radiogroup', { name: /kept secret, or compulsive/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.waitForFunction(() => document.querySelector('[aria-label="Result"] h2')?.textContent?.startsWith('Red'));
    expect(await result().getByRole('listitem').filter({ hasText: 'Raised to red' }).count()).toBe(1);
  });

  it('an interpersonal green keeps its colour, marked provisional until consent and power are answered', async () => {
    await classify('11', 'snogging', /consensual kissing.*Green/);
    expect(await resultHeading().textContent()).toBe('Green — provisional');
    await page.getByRole('radiogroup', { name: /against the other child’s will/ }).getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('radiogroup', { name: /big difference in age, development/ }).getByRole('radio', { name: 'No', exact: true }).check();
    await expect.poll(() => resultHeading().textContent()).toBe('Green');
  });

  it('doctors and nurses at 4 is headed Green, provisional; a "Yes" to consent raises it with the reason', async () => {
    await classify('4', 'playing doctors', /doctors and nurses.*Green/);
    expect(await resultHeading().textContent()).toBe('Green — provisional');
    const consent = page.getByRole('radiogroup', { name: /against the other child’s will/ });
    for (const name of ['Yes', 'No', 'Not known']) expect(await consent.getByRole('radio', { name, exact: true }).count()).toBe(1);
    expect(await consent.getByRole('radio', { name: 'Not known' }).isChecked()).toBe(true);
    await consent.getByRole('radio', { name: 'Yes', exact: true }).check();
    await expect.poll(() => resultHeading().textContent()).toMatch(/^Red/);
    expect(await result().textContent()).toContain('Raised to red: the other child did not agree');
  });

  /** Issue 19: each was once headed "Red — provisional: it stays Red only if…". */
  const plainRed: [string, string, RegExp, RegExp][] = [
    ['4', 'playing doctors', /doctors and nurses.*Green/, /pressured, tricked, bribed/],
    ['15', 'kissing', /hugging, kissing, holding hands.*Green/, /kept secret, or compulsive/],
    ['11', 'holding hands', /consensual kissing, hugging, holding hands.*Green/, /other child upset, frightened or hurt/],
  ];
  for (const [age, query, behaviour, question] of plainRed) {
    it(`at ${age}, "${query}" with consent left Not known and a raising Yes is headed plain "Red"`, async () => {
      await classify(age, query, behaviour);
      expect(await resultHeading().textContent()).toBe('Green — provisional');
      const consent = page.getByRole('radiogroup', { name: /against the other child’s will/ });
      expect(await consent.getByRole('radio', { name: 'Not known' }).isChecked()).toBe(true);
      await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: 'Yes', exact: true }).check();
      await expect.poll(() => resultHeading().textContent()).toBe('Red');
      expect(await result().textContent()).not.toMatch(/provisional|stays Red only if/i);
    });
  }

  it('"porn in his search history" at 17 lists plain interest in pornography before the violent kind', async () => {
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('17');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('porn in his search history');
    const first = page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/^interest in erotica\/pornography.*Green$/);
  });

  /** Issue 19: the adult who acts brings the act-now prompt; the adult who only found it does not. */
  const actors: [string, string, boolean][] = [
    ['13', 'her mums friend gives her vapes and money for kissing him', true],
    ['16', 'her manager at work forced himself on her', true],
    ['15', 'dad found him watching porn', false],
  ];
  for (const [age, query, prompt] of actors) {
    it(`at ${age}, "${query}" ${prompt ? 'brings' : 'does not bring'} the act-now prompt`, async () => {
      await page.goto(`${baseURL}/classify`);
      await page.getByLabel('Age (years)').fill(age);
      await page.getByRole('searchbox', { name: 'Search behaviours' }).fill(query);
      await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('listitem').first().waitFor();
      const link = page.getByRole('link', { name: 'Go to the act-now steps' });
      expect(await link.count()).toBe(prompt ? 1 : 0);
      if (prompt) expect(await link.getAttribute('href')).toBe('/urgent?because=adult');
    });
  }

  it('a 15-year-old with an adult: act now, above the reasons, naming the police', async () => {
    await classify('15', 'consenting sex', /consenting oral and\/or penetrative sex.*Green/);
    await page.getByRole('radiogroup', { name: 'Is the other person 18 or over?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await expect.poll(() => resultHeading().textContent()).toMatch(/^Red/);
    const text = (await result().textContent())!;
    expect(text.indexOf('this child may be the victim of abuse')).toBeGreaterThan(-1);
    expect(text.indexOf('Act now')).toBeLessThan(text.indexOf('Why this level'));
    expect(await result().getByRole('list').filter({ hasText: 'Tell the police' }).first().isVisible()).toBe(true);
    await result().getByRole('link', { name: 'Go to the act-now steps' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Act now');
    expect(await page.locator('main').textContent()).toContain('LADO');
  });

  it('a 9-year-old telling you her uncle touches her goes to act now through "None of these fits"', async () => {
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('9');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('her uncle touches her');
    await page.getByRole('button', { name: 'None of these fits' }).click();
    await page.getByRole('link', { name: 'Yes, a child is telling me about abuse' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Act now');
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('You said: A child has disclosed abuse');
    expect(main).toContain('Do not promise to keep it secret');
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await page.getByRole('region', { name: 'Result' }).count()).toBe(0);
  });

  it('refuses an age that is not whole years from 0 to 17, with a message', async () => {
    await page.goto(`${baseURL}/classify`);
    for (const bad of ['2.5', '-1']) {
      await page.getByLabel('Age (years)').fill(bad);
      expect(await page.getByRole('alert').filter({ hasText: 'whole years' }).textContent()).toBe('Enter the age in whole years, from 0 to 17.');
      expect(await page.getByRole('searchbox', { name: 'Search behaviours' }).count()).toBe(0);
    }
  });

  it('offers both bands at a boundary age', async () => {
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('9');
    expect(await page.getByRole('radio', { name: /5–9.*9–13/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Only 9–13' }).check();
    expect(await page.getByRole('group', { name: /The behaviour \(9–13\)/ }).count()).toBe(1);
  });

  it('"None of these fits" lets the practitioner describe and choose a level', async () => {
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('12');
    await page.getByRole('button', { name: 'None of these fits' }).click();
    await page.getByRole('button', { name: 'No, neither: describe the behaviour' }).click();
    await page.getByLabel('Describe the behaviour in your own words').fill('role-play messages in a game');
    await page.getByRole('group', { name: 'Which general description fits best?' }).getByRole('radio', { name: /^Amber/ }).check();
    await resultHeading().waitFor();
    expect(await resultHeading().textContent()).toMatch(/^Amber/);
    expect(await result().textContent()).toContain('Not listed: you chose amber');
  });

  it('18 or over is an adult matter', async () => {
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('19');
    const status = page.getByRole('status').filter({ hasText: 'under 18' });
    expect(await status.textContent()).toMatch(/police.*allegations about staff/);
  });
});

describe('the classify flow on a 360 × 740 phone', () => {
  it('shows the age field on the first screen, under a one-row header', async () => {
    await page.goto(`${baseURL}/classify`);
    const age = (await page.getByLabel('Age (years)').boundingBox())!;
    expect(age.y).toBeGreaterThan(0);
    expect(age.y + age.height).toBeLessThanOrEqual(740);
    const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
    expect(nav.height).toBeLessThanOrEqual(52);
    const header = (await page.locator('header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(110);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classify' }).getAttribute('aria-current')).toBe('page');
  });

  it('the current page’s link is in view in the sideways navigation strip, opened directly or navigated to', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const inView = async (name: string) => {
      const strip = (await nav.boundingBox())!;
      const link = (await nav.getByRole('link', { name }).boundingBox())!;
      return link.x >= strip.x && link.x + link.width <= strip.x + strip.width;
    };
    await page.goto(`${baseURL}/about`);
    // The strip is wider than a 360 px screen, so the About link starts out of view and must be scrolled to.
    expect(await nav.getByRole('list').evaluate((ul) => ul.scrollWidth > ul.clientWidth + 100)).toBe(true);
    await expect.poll(() => inView('About')).toBe(true);
    await nav.getByRole('link', { name: 'Classify' }).scrollIntoViewIfNeeded();
    await nav.getByRole('link', { name: 'Classify' }).click();
    await expect.poll(() => nav.getByRole('link', { name: 'Classify' }).getAttribute('aria-current')).toBe('page');
    expect(await inView('Classify')).toBe(true);
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => inView('Settings')).toBe(true);
  });

  it('age, a query and one tap: the result heading is in view without scrolling, and focused', async () => {
    await page.goto(`${baseURL}/classify`);
    await page.getByLabel('Age (years)').fill('13');
    await page.getByRole('searchbox', { name: 'Search behaviours' }).fill('sending nudes');
    await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button').first().click();
    await resultHeading().waitFor();
    await expect.poll(() => resultHeading().evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await resultHeading().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
  });

  it('the Urgent control covers no other control at any scroll position', async () => {
    await classify('11', 'snogging', /consensual kissing.*Green/);
    const urgent = page.getByRole('link', { name: 'Urgent' });
    expect(await urgent.evaluate((el) => getComputedStyle(el).position)).not.toMatch(/fixed|sticky/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 300) {
      const overlaps = await page.evaluate((scrollY) => {
        window.scrollTo(0, scrollY);
        const u = document.querySelector('.urgent-button')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll<HTMLElement>('button, input, select, textarea, a, summary'))
          .filter((el) => !el.classList.contains('urgent-button') && el.offsetParent !== null)
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.left < u.right && r.right > u.left && r.top < u.bottom && r.bottom > u.top)
          .map(({ el }) => el.textContent?.trim().slice(0, 30) ?? el.tagName);
      }, y);
      expect(overlaps, `at scroll ${y}`).toEqual([]);
    }
  });
});

describe('reference and urgent', () => {
  it('deep link /table/13-17 shows a section per level with the seed entries', async () => {
    await page.goto(`${baseURL}/table/13-17`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('13–17');
    const sections = page.locator('section');
    expect(await sections.count()).toBe(3);
    const headings = await page.locator('section > h2').allTextContents();
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['Green', 'Amber', 'Red']);
    const red = page.getByRole('region', { name: /^Red/ });
    expect(await red.getByRole('listitem').allTextContents()).toContain('non-consensual sexual activity');
  });

  it('on a landscape tablet the levels sit side by side', async () => {
    const tablet = await browser.newContext({ viewport: { width: 1180, height: 820 }, locale: 'en-GB' });
    const p = await tablet.newPage();
    await p.goto(`${baseURL}/table/9-13`);
    const boxes = await Promise.all([0, 1, 2].map((i) => p.locator('section').nth(i).boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);
    expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
    await p.goto(`${baseURL}/classify`);
    await p.getByLabel('Age (years)').fill('11');
    await p.getByRole('searchbox', { name: 'Search behaviours' }).fill('sexting');
    await p.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /distributing/ }).click();
    const [form, result] = await Promise.all([p.getByRole('form').boundingBox(), p.getByRole('region', { name: 'Result' }).boundingBox()]);
    expect(result!.x).toBeGreaterThan(form!.x + form!.width - 1);
    expect(result!.y).toBeLessThan(form!.y + form!.height);
    await tablet.close();
  });

  it('the Urgent button is on every screen and leads to act-now steps', async () => {
    for (const path of ['/', '/table/13-17', '/about', '/continuum']) {
      await page.goto(`${baseURL}${path}`);
      expect(await page.getByRole('link', { name: 'Urgent' }).count()).toBe(1);
    }
    await page.getByRole('link', { name: 'Urgent' }).click();
    // /urgent is a lazy route: the previous page stays until its chunk has loaded.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Act now');
    expect(await page.locator('main').textContent()).toContain('999');
  });

  it('the act-now check comes before the age in one compact line, each situation one tap away', async () => {
    await page.goto(`${baseURL}/classify`);
    const check = page.getByRole('complementary', { name: /Act now instead if/ });
    const age = page.getByLabel('Age (years)');
    const [checkBox, ageBox] = await Promise.all([check.boundingBox(), age.boundingBox()]);
    expect(checkBox!.y + checkBox!.height).toBeLessThanOrEqual(ageBox!.y);
    expect(await check.textContent()).toMatch(/danger.*disclosed abuse.*adult.*penetration or injury.*images/);
    await check.getByText('Check each one').click();
    await page.getByRole('link', { name: 'Yes: Images of a child are involved' }).click();
    // England by default: the steps name the DSL and rest on England's guidance.
    await expect.poll(() => page.locator('main').textContent()).toContain('Do not view, copy, forward or save the images');
    expect(await page.locator('main').textContent()).toMatch(/tell your DSL now.*Based on Keeping Children Safe in Education/s);
  });

  it('about credits every source and links to the AIM Project', async () => {
    await page.goto(`${baseURL}/about`);
    const main = page.locator('main');
    await main.getByText('True Relationships', { exact: false }).first().waitFor();
    for (const credit of ['Brook', 'True Relationships & Reproductive Health', 'Hackett', 'NSPCC', 'Derby City']) expect(await main.textContent()).toContain(credit);
    const nations = main.getByRole('region', { name: 'Guidance and law, by nation' });
    await nations.getByRole('heading', { name: 'England (chosen in Settings)' }).waitFor();
    for (const nation of ['Wales', 'Scotland', 'Northern Ireland']) expect(await nations.getByRole('heading', { name: nation, exact: true }).count()).toBe(1);
    expect(await nations.textContent()).toMatch(/Working together to safeguard children 2023.*Department for Education/);
    expect(await main.textContent()).not.toMatch(/Keeping Children Safe in Education[^.;]*England and Wales/);
    expect(await page.getByRole('link', { name: /AIM Project/ }).getAttribute('href')).toBe('https://aimproject.org.uk');
  });

  it('made no request to another origin and threw no errors', () => {
    expect(foreignRequests(rec.requests)).toEqual([]);
    expect(rec.errors).toEqual([]);
  });
});
