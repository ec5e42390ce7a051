/** Presenter and practice sessions as pure state: selection, order, votes, reveal, score and a summary with no personal data. */
import type { TrafficLightPack } from '../content/schema';
import { bandsInPlay } from '../rules/bands';
import type { Scenario } from './schema';

export interface Selection {
  bands: readonly string[];
  levels: readonly string[];
  tags: readonly string[];
}

/** Counts per level id; a second round may follow the "what would change it" variant. */
export type Tally = Record<string, number>;

export interface SessionState {
  order: string[];
  index: number;
  revealed: Record<string, boolean>;
  votes: Record<string, Tally>;
  secondVotes: Record<string, Tally>;
  /** Self-practice answers: level id and optional reasons per scenario. */
  answers: Record<string, { levelId: string; reasons: string }>;
}

export function matches(pack: TrafficLightPack, s: Scenario, sel: Selection): boolean {
  const bands = bandsInPlay(pack, { age: s.age, developmentalBand: s.developmental?.band }).map((b) => b.id);
  if (sel.bands.length && !bands.some((b) => sel.bands.includes(b))) return false;
  if (sel.levels.length && !sel.levels.includes(s.expectedLevel)) return false;
  if (sel.tags.length && !s.tags.some((t) => sel.tags.includes(t))) return false;
  return true;
}

/** Fisher–Yates with an injectable random source, so tests are deterministic. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function startSession(ids: readonly string[]): SessionState {
  return { order: [...ids], index: 0, revealed: {}, votes: {}, secondVotes: {}, answers: {} };
}

export const current = (s: SessionState): string | undefined => s.order[s.index];
export const next = (s: SessionState): SessionState => ({ ...s, index: Math.min(s.index + 1, s.order.length) });
export const previous = (s: SessionState): SessionState => ({ ...s, index: Math.max(s.index - 1, 0) });
export const isFinished = (s: SessionState): boolean => s.index >= s.order.length;

export function reveal(s: SessionState): SessionState {
  const id = current(s);
  return id ? { ...s, revealed: { ...s.revealed, [id]: true } } : s;
}

export function vote(s: SessionState, levelId: string, delta: 1 | -1 = 1, round: 'first' | 'second' = 'first'): SessionState {
  const id = current(s);
  if (!id) return s;
  const key = round === 'first' ? 'votes' : 'secondVotes';
  const tally = { ...(s[key][id] ?? {}) };
  tally[levelId] = Math.max(0, (tally[levelId] ?? 0) + delta);
  return { ...s, [key]: { ...s[key], [id]: tally } };
}

export function answer(s: SessionState, levelId: string, reasons = ''): SessionState {
  const id = current(s);
  return id ? { ...s, answers: { ...s.answers, [id]: { levelId, reasons } }, revealed: { ...s.revealed, [id]: true } } : s;
}

export function score(s: SessionState, scenarios: readonly Scenario[]): { correct: number; answered: number; total: number } {
  const byId = new Map(scenarios.map((x) => [x.id, x]));
  let correct = 0;
  let answered = 0;
  for (const id of s.order) {
    const a = s.answers[id];
    if (!a) continue;
    answered++;
    if (byId.get(id)?.expectedLevel === a.levelId) correct++;
  }
  return { correct, answered, total: s.order.length };
}

export interface SummaryRow {
  id: string;
  title: string;
  expectedLevel: string;
  votes: Tally;
  secondVotes: Tally;
  /** Share of first-round votes that matched the expected level; groups only, never individuals. */
  agreement: number | null;
}

export function summary(s: SessionState, scenarios: readonly Scenario[]): SummaryRow[] {
  const byId = new Map(scenarios.map((x) => [x.id, x]));
  return s.order.flatMap((id) => {
    const sc = byId.get(id);
    if (!sc) return [];
    const votes = s.votes[id] ?? {};
    const total = Object.values(votes).reduce((a, b) => a + b, 0);
    return [{ id, title: sc.title, expectedLevel: sc.expectedLevel, votes, secondVotes: s.secondVotes[id] ?? {}, agreement: total ? (votes[sc.expectedLevel] ?? 0) / total : null }];
  });
}
