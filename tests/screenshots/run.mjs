#!/usr/bin/env node
/**
 * `npm run screenshots`: renders the phone and tablet views of classify (a green, an amber and a red result), notes
 * and training from the production build, into public/screenshots/. The web app manifest lists them (vite.config.ts)
 * for the richer install dialog. Every note and child reference shown is fictional.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { findChrome, INSTALL_HINT } from '../e2e/chrome.mjs';
import { CHROME_ARGS } from '../bench/stats.mjs';
import { SCREENSHOTS } from './list.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
await build({ logLevel: 'silent' });
const port = Number(process.env.SCREENSHOTS_PORT ?? 4191);
const origin = `http://localhost:${port}`;
const server = await preview({ preview: { port, strictPort: true, open: false }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
mkdirSync('public/screenshots', { recursive: true });

const PASS = 'fictional demo passphrase';

async function classify(page, age, query, pick) {
  await page.goto(`${origin}/classify`);
  await page.getByLabel('Age (years)').fill(age);
  await page.getByRole('searchbox', { name: 'Search behaviours' }).fill(query);
  await page.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: pick }).click();
  await page.getByRole('region', { name: 'Result' }).waitFor();
}

/** Each view as the user sees it after the steps: the result heading in view, for classify. */
const STEPS = {
  green: (page) => classify(page, '4', 'playing doctors', /doctors and nurses/),
  amber: (page) => classify(page, '15', 'worried about her body', /body image/),
  red: (page) => classify(page, '11', 'sending nudes', /distributing naked/),
  notes: async (page) => {
    await page.goto(`${origin}/notes`);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByLabel('Confirm passphrase').fill(PASS);
    await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
    for (const [ref, text] of [
      ['AB', 'Fictional example: shared a picture at break.'],
      ['Child C', 'Fictional example: kissing game in the playground.'],
    ]) {
      await page.getByRole('button', { name: 'New note' }).click();
      await page.getByLabel('Child reference (initials or pseudonym)').fill(ref);
      await page.getByLabel('What happened').fill(text);
      await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
      await page.getByRole('link', { name: 'All notes' }).click();
    }
    await page.getByRole('list', { name: 'Saved notes' }).waitFor();
  },
  training: async (page) => {
    await page.goto(`${origin}/training`);
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Reveal' }).click();
    await page.getByRole('region', { name: 'Answer' }).waitFor();
  },
};

for (const shot of SCREENSHOTS) {
  const [width, height] = shot.sizes.split('x').map(Number);
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: shot.form_factor === 'narrow', hasTouch: true, locale: 'en-GB', colorScheme: 'light' });
  const page = await context.newPage();
  await STEPS[shot.view](page);
  // Let the focus scroll and any late notice settle; this is a picture, not a test.
  await page.waitForTimeout(400);
  await page.screenshot({ path: `public${shot.src}` });
  console.log(`screenshots: ${shot.src}`);
  await context.close();
}
await browser.close();
await server.close();
