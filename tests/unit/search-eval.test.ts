/**
 * Search evaluation on practitioner-style descriptions (tests/fixtures/search-eval.json), written from each
 * behaviour's meaning before the engine was tuned, split by a fixed rule into a development half (tuned on) and a
 * held-out half (never tuned on). The floors apply to the held-out half.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type TrafficLightPack } from '../../src/content/schema';
import { bandsForAge } from '../../src/rules/levels';
import { candidates } from '../../src/search/candidates';
import { half, recall, runItem, type EvalItem } from './helpers/search-eval';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const items = JSON.parse(readFileSync('tests/fixtures/search-eval.json', 'utf8')) as EvalItem[];
const behaviourItems = items.filter((i) => i.expect !== 'none' && i.expect !== 'act-now');
const outcomes = behaviourItems.map((i) => runItem(pack, i));
const byHalf = (name: 'development' | 'held-out') => outcomes.filter((o) => half(o.item) === name);

describe('search evaluation set', () => {
  it('has at least 5 descriptions for each of the 89 behaviours, and 40 for none-fits or act-now', () => {
    for (const b of pack.behaviours) expect(behaviourItems.filter((i) => i.expect === b.id).length, b.id).toBeGreaterThanOrEqual(5);
    expect(items.filter((i) => i.expect === 'none' || i.expect === 'act-now').length).toBeGreaterThanOrEqual(40);
    expect(items.length).toBeGreaterThanOrEqual(485);
    for (const i of items) expect(i.query.trim().split(/\s+/).length, i.query).toBeGreaterThanOrEqual(3);
    for (const i of items) expect(i.query.trim().split(/\s+/).length, i.query).toBeLessThanOrEqual(14);
  });

  it('never feeds the search: the pack’s examples come from the tuning set, and none is word for word an evaluation description', () => {
    const key = (t: string) => t.trim().toLowerCase();
    const tuning = new Set((JSON.parse(readFileSync('tests/fixtures/search-tuning.json', 'utf8')) as EvalItem[]).map((i) => `${i.expect}|${key(i.query)}`));
    const examples = pack.behaviours.flatMap((b) => b.examples.map((e) => `${b.id}|${key(e)}`));
    expect(examples.length).toBeGreaterThan(1600);
    expect(examples.filter((e) => !tuning.has(e))).toEqual([]);
    // Another writer sometimes wrote the same short phrase ("watching rape porn"): kept out, so it cannot lift the held-out figure.
    const evaluated = new Set(items.map((i) => key(i.query)));
    expect(pack.behaviours.flatMap((b) => b.examples).filter((e) => evaluated.has(key(e)))).toEqual([]);
  });

  it('splits into two halves of similar size by a fixed rule', () => {
    const dev = items.filter((i) => half(i) === 'development').length;
    expect(Math.abs(dev - (items.length - dev))).toBeLessThan(items.length * 0.15);
  });

  it('reports recall for both halves, and the held-out half meets the floors: top-3 ≥ 98%, top-1 ≥ 92% (issue 19’s floors), never an empty list', () => {
    const dev = recall(byHalf('development'));
    const held = recall(byHalf('held-out'));
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.info(`search recall — development: top-1 ${pct(dev.top1)}, top-3 ${pct(dev.top3)} (${dev.items}); held-out: top-1 ${pct(held.top1)}, top-3 ${pct(held.top3)} (${held.items})`);
    expect(held.top3).toBeGreaterThanOrEqual(0.98);
    expect(held.top1).toBeGreaterThanOrEqual(0.92);
    expect(dev.empty + held.empty).toBe(0);
  });

  it('shows the act-now prompt for descriptions of an adult or a disclosure, and says plainly when nothing matches well', () => {
    const special = items.filter((i) => i.expect === 'none' || i.expect === 'act-now').map((i) => runItem(pack, i));
    const actNow = special.filter((o) => o.item.expect === 'act-now');
    const none = special.filter((o) => o.item.expect === 'none');
    const reached = (o: (typeof special)[number]) => (o.item.expect === 'act-now' ? o.cue !== null : !o.good || o.cue !== null);
    console.info(`act-now prompt: ${actNow.filter(reached).length}/${actNow.length}; no good match said plainly: ${none.filter(reached).length}/${none.length}`);
    for (const o of special) expect(o.shown, o.item.query).toBeGreaterThan(0);
    expect(actNow.filter(reached).length / actNow.length).toBeGreaterThanOrEqual(0.9);
    expect(none.filter(reached).length / none.length).toBeGreaterThanOrEqual(0.8);
  });
});

/**
 * A validation set from a further writer (three per behaviour, in three voices: case note, hurried message, a
 * parent's words), never tuned on: it chose between ways of searching, not the words. It read 89.5% top 1 and
 * 97.8% top 3 before the examples index, 92.5% and 98.5% after, 94.4% and 98.9% with the fourth and fifth tuning
 * writers' descriptions as examples too.
 */
describe('search validation set', () => {
  const validation = (JSON.parse(readFileSync('tests/fixtures/search-validation.json', 'utf8')) as EvalItem[]).map((i) => runItem(pack, i));
  it('covers every behaviour three times and keeps top 1 ≥ 94%, top 3 ≥ 98.5%', () => {
    for (const b of pack.behaviours) expect(validation.filter((o) => o.item.expect === b.id), b.id).toHaveLength(3);
    const r = recall(validation);
    console.info(`search validation: top-1 ${(r.top1 * 100).toFixed(1)}%, top-3 ${(r.top3 * 100).toFixed(1)}% (${r.items})`);
    expect(r.top1).toBeGreaterThanOrEqual(0.94);
    expect(r.top3).toBeGreaterThanOrEqual(0.985);
    expect(r.empty).toBe(0);
  });
});

/** Issue 19: a plain word is not read as the worst case, and a query that denies a qualifier is taken at its word. */
describe('qualifiers on the shipped pack', () => {
  const first = (age: number, query: string) => candidates(pack, bandsForAge(pack, age), { query, browseLevel: null }, age).list[0]?.id;
  it('"only once, happy with the answer" is curiosity, not persistent questioning; "keeps asking" is persistent', () => {
    expect(first(7, 'wanted to know what sex is, only once, happy with the answer')).toBe('5-9-green-curious-sex-relationships');
    expect(first(7, 'keeps asking how people have sex, every day, wont drop it')).toBe('5-9-amber-persistent-sex-questions');
  });
  it('"now and again" is not persistent, though it holds "again"', () => {
    expect(first(6, 'hand down his trousers at story time now and again')).toBe('5-9-green-touching-own-genitals');
  });
});
