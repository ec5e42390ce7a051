#!/usr/bin/env node
/**
 * `npm run bench`: speed figures from one run, medians with min and max, on this machine's Chromium.
 * Partial (issue 7): offline cold start at 4× CPU throttle, time to a result, and the PBKDF2 unlock cost.
 * Lighthouse, search per keystroke and the 5,000-note figures are not measured yet; the report says so.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { preview, build } from 'vite';
import { findChrome } from '../e2e/chrome.mjs';

const chrome = findChrome();
if (!chrome) throw new Error('No Chromium or Chrome: install chromium or set CHROME_PATH.');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1], n: s.length };
};
const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v]));

await build({ logLevel: 'silent' });
const port = 4190;
let server = await preview({ preview: { port, strictPort: true, open: false }, logLevel: 'silent' });
const origin = `http://localhost:${port}`;
const browser = await chromium.launch({ executablePath: chrome, args: ARGS });
const version = browser.version();

// Offline cold start at 4× CPU: navigation to the age field accepting input, median of 10.
const cold = [];
const toResult = [];
let pbkdf2 = [];
{
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  await server.close();
  server = null;
  for (let i = 0; i < 10; i++) {
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const start = Date.now();
    await p.goto(`${origin}/classify`, { waitUntil: 'commit' });
    await p.getByLabel('Age (years)').waitFor();
    cold.push(Date.now() - start);
    await p.getByLabel('Age (years)').fill('11');
    await p.getByRole('searchbox', { name: 'Search behaviours' }).fill('sending nudes');
    await p.getByRole('list', { name: 'Matching behaviours' }).getByRole('button', { name: /distributing/ }).click();
    await p.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 }).waitFor();
    toResult.push(Date.now() - start);
    await p.close();
  }
  // PBKDF2 at the iteration count used, unthrottled: CDP throttling does not slow WebCrypto, which runs off the main thread.
  const p = await context.newPage();
  await p.goto(`${origin}/about`);
  pbkdf2 = await p.evaluate(async () => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('bench passphrase'), 'PBKDF2', false, ['deriveBits']);
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(16)), iterations: 600000 }, base, 256);
      runs.push(performance.now() - t);
    }
    return runs;
  });
  await context.close();
}
await browser.close();

const report = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, browser: `Chromium ${version}` },
  offlineColdStartMs: round(stats(cold)),
  timeToResultMs: round(stats(toResult)),
  interactionsToResult: 3,
  pbkdf2Ms600k: round(stats(pbkdf2)),
  notMeasured: ['Lighthouse (12.8.x)', 'search p50/p95 per keystroke on the pack and at 10×', '5,000 encrypted notes: unlock, list, search, export, heap'],
  targets: { offlineColdStartMedianMs: 400, resultInteractions: 4 },
};
writeFileSync('tests/bench/report.json', JSON.stringify(report, null, 2) + '\n');
const md = [
  '# Benchmark report (partial)',
  '',
  `Machine: ${report.machine.cpus} cores, ${report.machine.model}; ${report.machine.node}; ${report.machine.browser}.`,
  '',
  '| figure | median | min | max | target | met |',
  '| --- | --- | --- | --- | --- | --- |',
  `| offline cold start to age input, 4× CPU (ms, n=${report.offlineColdStartMs.n}) | ${report.offlineColdStartMs.median} | ${report.offlineColdStartMs.min} | ${report.offlineColdStartMs.max} | ≤ 400 | ${report.offlineColdStartMs.median <= 400 ? 'yes' : 'no'} |`,
  `| cold start to result heading, 3 interactions (ms) | ${report.timeToResultMs.median} | ${report.timeToResultMs.min} | ${report.timeToResultMs.max} | ≤ 4 interactions | yes |`,
  `| PBKDF2-SHA256 600k, unthrottled (ms) | ${report.pbkdf2Ms600k.median} | ${report.pbkdf2Ms600k.min} | ${report.pbkdf2Ms600k.max} | — | — |`,
  '',
  'CDP CPU throttling does not slow WebCrypto (it runs off the main thread), so the unlock cost is reported unthrottled.',
  '',
  report.offlineColdStartMs.median > 400
    ? `Cold start misses its target by ${report.offlineColdStartMs.median - 400} ms. Why: the age field renders only after the traffic-light pack is fetched and parsed, behind about 37 kB gzip of JavaScript (i18next is about 14 kB of it) on a 4× slowed CPU. What would meet it: render step 1 before the pack arrives, and trim i18next from the first screen.`
    : 'Cold start meets its target.',
  '',
  `Not measured yet: ${report.notMeasured.join('; ')}.`,
].join('\n');
writeFileSync('tests/bench/report.md', md + '\n');
console.log(md);
