/**
 * A scenario as a trainer types it, and the scenario it becomes. Pure: the levels (the scenario's and each
 * variant's) always come from the rules engine through engine.ts, never from the trainer.
 */
import type { Behaviour, TrafficLightPack } from '../content/schema';
import type { Answer, Classification } from '../rules/classify';
import { bandsInPlay, parseAge as parseYears } from '../rules/bands';
import { ADULT_AGE } from '../rules/levels';
import { classifyScenario, questionsFor } from './engine';
import type { Scenario, Variant } from './schema';

export interface VariantDraft {
  change: string;
  /** The context question this variant answers differently; empty for none. */
  criterionId: string;
  answer: Answer;
}

export interface ScenarioDraft {
  /** Set when editing a saved scenario. */
  id: string | null;
  title: string;
  /** As typed, so a half-typed age is kept. */
  age: string;
  vignette: string;
  behaviourId: string | null;
  facts: Record<string, Answer>;
  /** The trainer's own expectation: compared with the engine, never saved as the scenario's level. */
  expectedLevel: string | null;
  /** One discussion point per line. */
  discussion: string;
  variants: VariantDraft[];
  tags: string[];
  /** New topics, separated by commas. */
  otherTopics: string;
}

export const emptyVariant = (): VariantDraft => ({ change: '', criterionId: '', answer: 'yes' });

export const emptyDraft = (): ScenarioDraft => ({
  id: null,
  title: '',
  age: '',
  vignette: '',
  behaviourId: null,
  facts: {},
  expectedLevel: null,
  discussion: '',
  variants: [emptyVariant()],
  tags: [],
  otherTopics: '',
});

/** A whole number of years a scenario can be about (0–17), or null. */
export function parseAge(age: string): number | null {
  const n = parseYears(age);
  return n !== null && n < ADULT_AGE ? n : null;
}

/** Behaviours in the table for this age: the same bands triage uses (one, or two at a boundary age). */
export function behavioursForAge(pack: TrafficLightPack, age: number | null): Behaviour[] {
  if (age === null) return [];
  const bands = bandsInPlay(pack, { age }).map((b) => b.id);
  return pack.behaviours.filter((b) => bands.includes(b.band));
}

/** The chosen behaviour, only while it is in the table for the typed age. */
export function chosenBehaviour(pack: TrafficLightPack, draft: ScenarioDraft): Behaviour | null {
  return behavioursForAge(pack, parseAge(draft.age)).find((b) => b.id === draft.behaviourId) ?? null;
}

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Lower-case hyphenated id from any text; empty when nothing usable is left. */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/** New topics typed as words: id → label. */
export function otherTopics(draft: ScenarioDraft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const label of draft.otherTopics.split(',').map((s) => s.trim())) if (slug(label)) out[slug(label)] = label;
  return out;
}

/** Answers kept only for the questions the engine asks about this behaviour. */
function applicableFacts(pack: TrafficLightPack, behaviour: Behaviour, facts: Record<string, Answer>): Record<string, Answer> {
  const asked = new Set(questionsFor(pack, behaviour).map((c) => c.id));
  return Object.fromEntries(Object.entries(facts).filter(([id]) => asked.has(id)));
}

const variantFacts = (v: VariantDraft): Record<string, Answer> => (v.criterionId ? { [v.criterionId]: v.answer } : {});

/** The draft as a scenario the engine can read; texts may still be empty. Null until the age and behaviour are usable. */
function asScenario(pack: TrafficLightPack, draft: ScenarioDraft, id: string): Scenario | null {
  const age = parseAge(draft.age);
  const behaviour = chosenBehaviour(pack, draft);
  if (age === null || !behaviour) return null;
  const facts = applicableFacts(pack, behaviour, draft.facts);
  const base: Scenario = {
    id,
    title: draft.title.trim(),
    age,
    vignette: draft.vignette.trim(),
    behaviour: behaviour.id,
    facts,
    expectedLevel: '',
    hackett: [],
    discussion: lines(draft.discussion),
    legalPoints: [],
    tags: [...new Set([...draft.tags, ...Object.keys(otherTopics(draft))])],
    variants: [],
  };
  const stated = (r: Classification) => ({ expectedLevel: r.level.id, ...(r.actNow.length ? { expectedRoute: 'act-now' as const } : {}) });
  const result = classifyScenario(pack, base);
  const variants: Variant[] = draft.variants.map((v) => {
    const variant: Variant = { change: v.change.trim(), facts: applicableFacts(pack, behaviour, variantFacts(v)), expectedLevel: '' };
    return { ...variant, ...stated(classifyScenario(pack, base, variant)) };
  });
  return { ...base, ...stated(result), hackett: result.hackett, variants };
}

/** What the rules engine gives for the draft (and for each variant), or null until the age and behaviour are usable. */
export function engineResult(pack: TrafficLightPack, draft: ScenarioDraft): { scenario: Classification; variants: Classification[] } | null {
  const s = asScenario(pack, draft, 'draft');
  if (!s) return null;
  return { scenario: classifyScenario(pack, s), variants: s.variants.map((v) => classifyScenario(pack, s, v)) };
}

export type DraftProblem = 'title' | 'age' | 'vignette' | 'behaviour' | 'discussion' | `variant-${number}`;

/** What must be filled before saving, in the order of the form. */
export function draftProblems(pack: TrafficLightPack, draft: ScenarioDraft): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (!draft.title.trim()) out.push('title');
  if (parseAge(draft.age) === null) out.push('age');
  if (!draft.vignette.trim()) out.push('vignette');
  if (parseAge(draft.age) !== null && !chosenBehaviour(pack, draft)) out.push('behaviour');
  if (!lines(draft.discussion).length) out.push('discussion');
  draft.variants.forEach((v, i) => {
    if (!v.change.trim()) out.push(`variant-${i}`);
  });
  return out;
}

/** A new id from the title, made unique with a random suffix so packs from two devices never collide. */
export function newScenarioId(title: string, taken: ReadonlySet<string>, random: () => number = Math.random): string {
  const stem = `own-${slug(title) || 'scenario'}`;
  for (;;) {
    const id = `${stem}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** The scenario to save; the caller checks draftProblems first. */
export function toScenario(pack: TrafficLightPack, draft: ScenarioDraft, id: string): Scenario | null {
  return asScenario(pack, draft, id);
}

/** A saved scenario back into the form; a topic without a label is typed out again from its id. */
export function fromScenario(s: Scenario, knownTopics: Readonly<Record<string, string>>): ScenarioDraft {
  return {
    id: s.id,
    title: s.title,
    age: String(s.age),
    vignette: s.vignette,
    behaviourId: s.behaviour ?? null,
    facts: { ...s.facts },
    expectedLevel: null,
    discussion: s.discussion.join('\n'),
    variants: s.variants.map((v) => {
      const [criterionId, answer] = Object.entries(v.facts)[0] ?? ['', 'yes'];
      return { change: v.change, criterionId, answer };
    }),
    tags: s.tags.filter((t) => knownTopics[t]),
    otherTopics: s.tags
      .filter((t) => !knownTopics[t])
      .map((t) => t.replace(/-/g, ' '))
      .join(', '),
  };
}

/** Every text the trainer typed, by field, for the identifiability scan. */
export function draftTexts(draft: ScenarioDraft): Record<string, string> {
  const out: Record<string, string> = { title: draft.title, vignette: draft.vignette, discussion: draft.discussion, otherTopics: draft.otherTopics };
  draft.variants.forEach((v, i) => (out[`variant-${i}`] = v.change));
  return out;
}
