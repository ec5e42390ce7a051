/**
 * The search evaluation, shared by the unit test (floors) and the bench (report): every description is run through
 * the same path the classify screen uses (candidates()), for the bands the age puts the child in.
 */
import type { TrafficLightPack } from '../../../src/content/schema';
import { initialBehaviourState } from '../../../src/triage/BehaviourStep';
import { candidates } from '../../../src/search/candidates';
import { bandsForAge } from '../../../src/rules/levels';

export interface EvalItem {
  age: number;
  query: string;
  /** A behaviour id, "none" (should reach "None of these fits"), or "act-now" (should show the act-now prompt). */
  expect: string;
}

/** FNV-1a of the query: a fixed split that does not depend on order, results or tuning. */
export function half(item: EvalItem): 'development' | 'held-out' {
  let h = 0x811c9dc5;
  for (let i = 0; i < item.query.length; i++) h = Math.imul(h ^ item.query.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'development' : 'held-out';
}

export interface Outcome {
  item: EvalItem;
  /** 1-based rank of the expected behaviour in the list shown, or null if absent. */
  rank: number | null;
  shown: number;
  good: boolean;
  cue: string | null;
}

export function runItem(pack: TrafficLightPack, item: EvalItem): Outcome {
  const bands = bandsForAge(pack, item.age);
  const c = candidates(pack, bands, { ...initialBehaviourState, query: item.query }, item.age);
  const index = c.list.findIndex((b) => b.id === item.expect);
  return { item, rank: index >= 0 ? index + 1 : null, shown: c.list.length, good: c.good, cue: c.cue };
}

export interface Recall {
  items: number;
  top1: number;
  top3: number;
  /** Descriptions left with an empty list. */
  empty: number;
}

export function recall(outcomes: readonly Outcome[]): Recall {
  const items = outcomes.length;
  return {
    items,
    top1: outcomes.filter((o) => o.rank === 1).length / items,
    top3: outcomes.filter((o) => o.rank !== null && o.rank <= 3).length / items,
    empty: outcomes.filter((o) => o.shown === 0).length,
  };
}
