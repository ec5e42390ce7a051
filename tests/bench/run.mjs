#!/usr/bin/env node
/**
 * `npm run bench`: every speed figure of issue 7 from one run, on this machine's Chromium, against the production
 * build served by `vite preview` (what `npm start` serves). Writes tests/bench/report.md and report.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { findChrome, INSTALL_HINT } from '../e2e/chrome.mjs';
import { benchColdStart, installOffline } from './cold-start.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchNotes } from './notes.mjs';
import { renderReport } from './report.mjs';
import { benchSearch, benchSearchEval } from './search.mjs';
import { CHROME_ARGS, summarise } from './stats.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const step = (name) => console.log(`bench: ${name}…`);
const iterations = Number(/DEFAULT_ITERATIONS = ([\d_]+)/.exec(readFileSync('src/lock/crypto.ts', 'utf8'))[1].replaceAll('_', ''));

step('building');
await build({ logLevel: 'silent' });
const port = Number(process.env.BENCH_PORT ?? 4190);
const origin = `http://localhost:${port}`;
let server = await preview({ preview: { port, strictPort: true, open: false }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });

step('Lighthouse');
const lighthouse = await benchLighthouse(chrome, `${origin}/classify`);
step('search');
const search = await benchSearch(browser);
step('search recall');
const searchEval = await benchSearchEval();
step('5,000 notes');
const notesContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 740 } });
const notes = await benchNotes(notesContext, origin);
await notesContext.close();

step('PBKDF2');
const kdfContext = await browser.newContext();
const kdfPage = await kdfContext.newPage();
await kdfPage.goto(`${origin}/about`);
const pbkdf2 = summarise(
  await kdfPage.evaluate(async (iterations) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('bench passphrase'), 'PBKDF2', false, ['deriveBits']);
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(16)), iterations }, base, 256);
      runs.push(performance.now() - t);
    }
    return runs;
  }, iterations),
);
await kdfContext.close();

step('offline cold start');
const coldContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
await installOffline(coldContext, origin, async () => {
  await server.close();
  server = null;
});
const coldStart = await benchColdStart(coldContext, origin, 4);
await coldContext.close();
const browserVersion = browser.version();
await browser.close();

const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, browser: `Chromium ${browserVersion} (${chrome}), headless` },
  lighthouse,
  coldStart,
  search,
  searchEval,
  notes,
  pbkdf2: { iterations, ms: pbkdf2, note: 'Unthrottled: CDP CPU throttling does not apply to WebCrypto, which runs off the main thread.' },
};
const { markdown, table, targets } = renderReport(report);
report.targets = targets;
writeFileSync('tests/bench/report.json', JSON.stringify(report, null, 2) + '\n');
writeFileSync('tests/bench/report.md', markdown);
console.log(table);
