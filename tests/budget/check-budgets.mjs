#!/usr/bin/env node
/**
 * Deterministic size budgets (gzip) of the production build, run by `npm test` after the build.
 * Follows the Vite manifest from index.html through static imports, plus the content-pack chunks the
 * first screen imports before anyone can type, so lazy routes stay out of the first-screen figure.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist');
const here = join(process.cwd(), 'tests/budget');
const budgets = JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8'));
const baseline = existsSync(join(here, 'baseline.json')) ? JSON.parse(readFileSync(join(here, 'baseline.json'), 'utf8')) : {};
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error('No dist/.vite/manifest.json: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const gzText = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/**
 * What the first screen needs: the entry script index.html loads, its static imports, and the content-pack chunks it
 * imports at once; the first screen's CSS is inlined in index.html (critical CSS) plus any stylesheet it still links.
 */
function firstScreen() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryFile = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  const js = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
    (chunk.dynamicImports ?? []).filter((k) => k.startsWith('content/')).forEach(visit);
  };
  visit(Object.keys(manifest).find((k) => manifest[k].file === entryFile));
  for (const m of html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)) css.add(m[1]);
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return { js: [...js], css: [...css], inlineCss: inline };
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

/** Everything the service worker precaches, read from its precache manifest. */
function precached() {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
  const files = new Set(urls.filter((u) => existsSync(join(dist, u))));
  files.add('sw.js');
  for (const f of walk(dist)) if (/workbox-.*\.js$/.test(f)) files.add(relative(dist, f));
  return [...files];
}

const { js, css, inlineCss } = firstScreen();
const groups = {
  firstScreenJs: js,
  firstScreenCss: css,
  precache: precached(),
};
/** Sizes that are not files: the critical CSS inlined in index.html. */
const extra = { firstScreenCss: inlineCss ? { 'index.html <style>': gzText(inlineCss) } : {} };
let failed = false;
const report = {};
for (const [name, files] of Object.entries(groups)) {
  const sizes = { ...Object.fromEntries(files.map((f) => [f.replace(/-[A-Za-z0-9_-]{8}\./, '.'), gz(f)])), ...(extra[name] ?? {}) };
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  report[name] = { total, files: sizes };
  const limit = budgets[name];
  const ok = total <= limit;
  const before = baseline[name]?.total;
  const delta = before === undefined ? '' : ` (${total - before >= 0 ? '+' : ''}${((total - before) / 1024).toFixed(2)} kB since baseline)`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${(total / 1024).toFixed(2)} kB gz of ${(limit / 1024).toFixed(0)} kB${delta}`);
  if (!ok) {
    failed = true;
    const grown = Object.entries(sizes)
      .map(([f, s]) => [f, s, s - (baseline[name]?.files?.[f] ?? 0)])
      .sort((a, b) => b[2] - a[2]);
    for (const [f, s, d] of grown.slice(0, 10)) console.log(`       ${f}: ${(s / 1024).toFixed(2)} kB (${d >= 0 ? '+' : ''}${(d / 1024).toFixed(2)} kB)`);
  }
}
if (process.argv.includes('--write-baseline')) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(here, 'baseline.json'), JSON.stringify(report, null, 2) + '\n');
  console.log('baseline written');
}
process.exit(failed ? 1 : 0);
