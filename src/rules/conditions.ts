/** Evaluates a pack rule's `when` against one classification: the only place the condition language is read. */
import type { Band, Condition } from '../content/schema';

export type Answer = 'yes' | 'no' | 'unknown';

export interface ConditionContext {
  tags: readonly string[];
  bands: readonly Band[];
  chronologicalAge: number | null;
  answers: Readonly<Record<string, Answer>>;
  /** The level after the rules; null while the rules themselves are being applied. */
  levelId: string | null;
  listed: boolean;
}

/** Whether the child is under the age in law; uses chronological age, or the bands when no age was given. */
export function isUnder(age: number | null, bands: readonly Band[], limit: number): boolean {
  if (age !== null) return age < limit;
  return bands.some((b) => b.minAge < limit);
}

function conditionHolds(c: Condition, ctx: ConditionContext): boolean {
  if (c.tags && !c.tags.some((t) => ctx.tags.includes(t))) return false;
  if (c.bands && !ctx.bands.some((b) => c.bands!.includes(b.id))) return false;
  if (c.underAge !== undefined && !isUnder(ctx.chronologicalAge, ctx.bands, c.underAge)) return false;
  if (c.answers && !Object.entries(c.answers).every(([id, want]) => (ctx.answers[id] ?? 'unknown') === want)) return false;
  if (c.levels && (ctx.levelId === null || !c.levels.includes(ctx.levelId))) return false;
  if (c.listed !== undefined && c.listed !== ctx.listed) return false;
  return true;
}

/** A rule with no `when` always applies; otherwise any one condition is enough. */
export function holds(when: readonly Condition[] | undefined, ctx: ConditionContext): boolean {
  return !when || when.some((c) => conditionHolds(c, ctx));
}
