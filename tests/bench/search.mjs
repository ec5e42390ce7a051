/**
 * Search cost per keystroke: each of 30 real queries typed a character at a time, on the shipped pack and on a
 * synthetic pack 10× larger, run in Chromium with the production search module (bundled on the fly).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { summarise, throttle } from './stats.mjs';

const QUERY_COUNT = 30;
/**
 * Each query is typed this many times over and each keystroke's mean is kept: Chromium coarsens performance.now() to
 * 0.1 ms. Every typing starts from a cleared memo (forgetQueries), so a keystroke gains only from the ones before it
 * in the same typing, as it does for someone typing, never from its own earlier repeats.
 */
const REPEATS = 5;

async function bundleSearch() {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: 'src/search/index.ts', formats: ['iife'], name: 'BenchSearch' } },
  });
  return out[0].output[0].code;
}

/** 30 descriptions spread evenly over the evaluation set (tests/fixtures/search-eval.json), each in its own band. */
export function pickQueries(pack) {
  const all = JSON.parse(readFileSync('tests/fixtures/search-eval.json', 'utf8')).filter((i) => i.expect !== 'none' && i.expect !== 'act-now');
  const bandOf = (id) => pack.behaviours.find((b) => b.id === id).band;
  return Array.from({ length: QUERY_COUNT }, (_, i) => all[Math.floor((i * all.length) / QUERY_COUNT)]).map((item) => ({ band: bandOf(item.expect), query: item.query }));
}

let evalModule = null;
/** The evaluation module (tests/bench/search-eval-entry.ts), bundled for Node once. */
async function evalBundle() {
  if (!evalModule) {
    const outDir = resolve('node_modules/.cache/bench');
    await build({ configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true, ssr: 'tests/bench/search-eval-entry.ts', rollupOptions: { output: { entryFileNames: 'search-eval.mjs' } } }, ssr: { noExternal: true } });
    evalModule = await import(pathToFileURL(join(outDir, 'search-eval.mjs')).href);
  }
  return evalModule;
}

/** The shipped pack as the app receives it: zod's parsed output. */
async function shippedPack() {
  return (await evalBundle()).parsePack(JSON.parse(readFileSync('content/en-GB/traffic-light.json', 'utf8')));
}

/**
 * Recall per band and half on the evaluation set, for this engine and for MiniSearch on the same set, and the
 * gzip size each would add. The evaluation module is bundled for Node, then imported.
 */
export async function benchSearchEval() {
  const { evaluateSearch } = await evalBundle();
  const pack = JSON.parse(readFileSync('content/en-GB/traffic-light.json', 'utf8'));
  const items = JSON.parse(readFileSync('tests/fixtures/search-eval.json', 'utf8'));
  const ours = gzipSync(Buffer.from(await bundleSearch())).length;
  const minisearch = gzipSync(readFileSync('node_modules/minisearch/dist/es/index.js')).length;
  const actNowItems = JSON.parse(readFileSync('tests/fixtures/act-now-eval.json', 'utf8'));
  return { ...evaluateSearch(pack, items, actNowItems), gzipBytes: { engine: ours, minisearch } };
}

/** Ten copies of every behaviour, each with a few words borrowed from another so that no two entries are identical. */
export function syntheticPack(pack, factor = 10) {
  const n = pack.behaviours.length;
  const behaviours = [];
  for (let k = 0; k < factor; k++) {
    pack.behaviours.forEach((b, i) => {
      if (k === 0) return behaviours.push(b);
      const other = pack.behaviours[(i + k * 7) % n];
      behaviours.push({ ...b, id: `${b.id}~${k}`, text: `${b.text} ${other.text.split(' ').slice(0, 3).join(' ')}`, aids: [...(b.aids ?? []), ...(other.aids ?? []).slice(0, 1)] });
    });
  }
  return { ...pack, behaviours };
}

export async function benchSearch(browser) {
  const code = await bundleSearch();
  const pack = await shippedPack();
  const queries = pickQueries(pack);
  const result = {};
  for (const [name, p] of [['pack', pack], ['pack10x', syntheticPack(pack)]]) {
    for (const rate of [1, 4]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (rate !== 1) await throttle(context, page, rate);
      await page.evaluate(code);
      const times = await page.evaluate(
        ({ behaviours, vocabulary, queries, repeats }) => {
          const { buildSearchIndex, searchBehaviours, forgetQueries } = globalThis.BenchSearch;
          const t0 = performance.now();
          const index = buildSearchIndex(behaviours, vocabulary);
          const build = performance.now() - t0;
          const perKey = [];
          for (const { band, query } of queries) {
            const sums = new Array(query.length).fill(0);
            for (let r = 0; r < repeats; r++) {
              forgetQueries(index);
              for (let len = 1; len <= query.length; len++) {
                const start = performance.now();
                searchBehaviours(index, query.slice(0, len), { bands: [band], limit: 12 });
                sums[len - 1] += performance.now() - start;
              }
            }
            perKey.push(...sums.map((sum) => sum / repeats));
          }
          return { build, perKey };
        },
        { behaviours: p.behaviours, vocabulary: pack.vocabulary, queries, repeats: REPEATS },
      );
      result[`${name}@${rate}x`] = { behaviours: p.behaviours.length, keystrokes: times.perKey.length, indexBuildMs: Math.round(times.build * 100) / 100, perKeystrokeMs: summarise(times.perKey) };
      await context.close();
    }
  }
  return { queries: queries.length, repeatsPerKeystroke: REPEATS, ...result };
}
