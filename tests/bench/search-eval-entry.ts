/**
 * Bundled by `npm run bench` for Node: the search evaluation per band and half, for this app's engine (the same
 * path the classify screen uses) and for MiniSearch set up as fairly as it allows (same fields, the pack's
 * ignored words and word families, fuzzy and prefix matching), so the two can be compared on the same set.
 */
import MiniSearch from 'minisearch';
import { trafficLightPackSchema, type TrafficLightPack } from '../../src/content/schema';
import { normalise } from '../../src/search';
import { bandsForAge } from '../../src/rules/levels';
import { half, recall, runItem, type EvalItem, type Outcome } from '../unit/helpers/search-eval';

type Figures = Record<'development' | 'held-out', ReturnType<typeof recall> & { byBand: Record<string, ReturnType<typeof recall>> }>;

function figures(outcomes: readonly Outcome[], bandOf: (id: string) => string): Figures {
  const out = {} as Figures;
  for (const name of ['development', 'held-out'] as const) {
    const part = outcomes.filter((o) => half(o.item) === name);
    const bands = [...new Set(part.map((o) => bandOf(o.item.expect)))];
    out[name] = { ...recall(part), byBand: Object.fromEntries(bands.map((b) => [b, recall(part.filter((o) => bandOf(o.item.expect) === b))])) };
  }
  return out;
}

function miniSearchOutcomes(pack: TrafficLightPack, items: readonly EvalItem[]): Outcome[] {
  const ignore = new Set((pack.vocabulary?.ignore ?? []).map(normalise));
  const families = new Map<string, string[]>();
  for (const g of pack.vocabulary?.groups ?? []) for (const w of g.words) families.set(normalise(w), g.words.map(normalise));
  const ms = new MiniSearch<{ id: string; band: string; text: string; aids: string; keyFact: string }>({
    fields: ['text', 'aids', 'keyFact'],
    storeFields: ['band'],
    processTerm: (term) => {
      const t = normalise(term);
      return t && !ignore.has(t) ? t : null;
    },
    searchOptions: { boost: { text: 2, keyFact: 0.5 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  ms.addAll(pack.behaviours.map((b) => ({ id: b.id, band: b.band, text: b.text, aids: b.aids.join(' | '), keyFact: b.keyFact ?? '' })));
  return items.map((item) => {
    const bands = bandsForAge(pack, item.age).map((b) => b.id);
    const words = normalise(item.query).split(' ');
    const expanded = [...new Set(words.flatMap((w) => [w, ...(families.get(w) ?? [])]))].join(' ');
    const hits = ms.search(expanded, { filter: (r) => bands.includes(r.band as string) }).slice(0, 8);
    const index = hits.findIndex((h) => h.id === item.expect);
    return { item, rank: index >= 0 ? index + 1 : null, shown: hits.length, good: hits.length > 0, cue: null };
  });
}

type ActNowItem = EvalItem & { kind: string };

/** The act-now evaluation (tests/fixtures/act-now-eval.json): the share of each kind that brings the prompt, per half. */
function actNowFigures(pack: TrafficLightPack, items: readonly ActNowItem[]) {
  const share = (list: readonly ActNowItem[]) => ({ items: list.length, prompted: list.length ? list.filter((i) => runItem(pack, i).cue !== null).length / list.length : 0 });
  return Object.fromEntries(
    (['development', 'held-out'] as const).map((h) => [h, Object.fromEntries(['adult-actor', 'reporting-adult', 'peer-relation'].map((k) => [k, share(items.filter((i) => half(i) === h && i.kind === k))]))]),
  ) as Record<'development' | 'held-out', Record<string, { items: number; prompted: number }>>;
}

/** The pack as the app receives it: zod's parsed output, defaults applied (never a hand-normalised copy). */
export const parsePack = (raw: unknown): TrafficLightPack => trafficLightPackSchema.parse(raw);

export function evaluateSearch(raw: unknown, items: readonly EvalItem[], actNowItems: readonly ActNowItem[]) {
  const pack = parsePack(raw);
  const listed = items.filter((i) => i.expect !== 'none' && i.expect !== 'act-now');
  const bandOf = (id: string) => pack.behaviours.find((b) => b.id === id)!.band;
  return {
    items: listed.length,
    engine: figures(listed.map((i) => runItem(pack, i)), bandOf),
    minisearch: figures(miniSearchOutcomes(pack, listed), bandOf),
    actNow: actNowFigures(pack, actNowItems),
  };
}
