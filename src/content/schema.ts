/**
 * Content pack schemas. Packs are data: bands, levels, rules and the Hackett mapping
 * all live in the JSON, so a licensed pack with other bands or level names loads with
 * no code change. Imported lazily (settings import) and at build time (vite plugin);
 * never on the first screen, where only the inferred types are used.
 */
import './zod-config.ts';
import { z } from 'zod';
import { httpsUrl } from './url.ts';

import { id, text } from './primitives.ts';
import { vocabularySchema } from './vocabulary-schema.ts';

export { vocabularySchema, type Vocabulary } from './vocabulary-schema.ts';

export const provenanceSchema = z.object({
  title: text,
  source: text,
  version: text,
  date: text,
  licence: text,
  credits: z.array(text).min(1, 'must credit at least one source'),
  url: httpsUrl.optional(),
});

const answerSchema = z.enum(['yes', 'no', 'unknown']);

/**
 * When a rule applies: every field given must hold (AND); list fields hold when any item matches.
 * A rule's `when` is a list of these, and applies when any one holds (OR).
 */
export const conditionSchema = z.object({
  /** The behaviour holds any of these tags. */
  tags: z.array(id).min(1).optional(),
  /** Any band in play is one of these. */
  bands: z.array(id).min(1).optional(),
  /** The child's chronological age is under this (with no age, a band in play starts under it). */
  underAge: z.number().int().min(0).max(25).optional(),
  /** Every one of these context answers holds. */
  answers: z.record(id, answerSchema).optional(),
  /** The level after the rules is one of these. */
  levels: z.array(id).min(1).optional(),
  /** True for a listed behaviour, false for "none of these fits". */
  listed: z.boolean().optional(),
});
export const whenSchema = z.array(conditionSchema).min(1);

/** A line that applies in some contexts only; in a list, the first whose `when` holds (or that has none) is used. */
const contextualText = z.object({ text, when: whenSchema.optional() });

export const levelSchema = z.object({
  id,
  label: text,
  /** One line on what the level means, shown under the headline. */
  meaning: text.optional(),
  /** CSS colour used alongside the word and shape, never alone. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour'),
  rank: z.number().int().min(1),
  shape: z.enum(['circle', 'triangle', 'square', 'diamond', 'octagon']),
  description: z.object({ summary: text, points: z.array(text).min(1) }),
  whatCanYouDo: text,
  /** "Do now": the first actions for this level, in order; lines with a `when` apply only in that context. */
  doNow: z.array(contextualText).optional(),
  /** Shown with the response, e.g. "don't interview children before the DSL agrees"; a list picks by context. */
  caution: z.union([text, z.array(contextualText).min(1)]).optional(),
});

export const bandSchema = z.object({
  id,
  label: text,
  minAge: z.number().int().min(0).max(25),
  maxAge: z.number().int().min(0).max(25),
  /** Example search words that fit this age, shown in the search box. */
  searchExample: text.optional(),
});

export const behaviourSchema = z.object({
  id,
  /** Same concept across bands, so the neighbouring band's level is one tap away. */
  concept: id,
  band: id,
  level: id,
  text,
  /** Everyday, slang and children's words practitioners hear. */
  aids: z.array(text).default([]),
  /** Descriptions practitioners wrote of this behaviour in their own words (the search tuning set): search reads them, nothing shows them. */
  examples: z.array(text).default([]),
  /** A short fact that tells this entry apart from look-alikes at another level. */
  keyFact: text.optional(),
  legal: z.array(id).default([]),
  /** Tags drive rules: "solitary", "interpersonal", "harm-to-child", "sexual-activity", "images", "online". */
  tags: z.array(id).default([]),
  /** Hackett level ids when the listed behaviour itself implies one (keyed to the Hackett pack). */
  hackett: z.array(id).optional(),
});

/** How a rule moves the level: only ever up. "top" is the highest rank; a number is a minimum rank. */
export const raiseSchema = z.union([z.literal('top'), z.number().int().min(1)]);

export const criterionSchema = z.object({
  id,
  /** The factor's short name, used in the record ("Consent: no"). */
  label: text,
  /** The question in plain words: the name of its Yes / No / Not known group. A "yes" is always the concern. */
  question: text,
  /** Help shown under the question. */
  hint: text.optional(),
  appliesTo: z.enum(['all', 'interpersonal']).default('all'),
  /** What a "yes" does. `hackettCap` applies where a yes means this child may be the one harmed. */
  onYes: z.object({ raise: raiseSchema, reason: text, hackett: id.optional(), hackettCap: id.optional(), prompt: text.optional() }),
  /**
   * Consent and power questions keep the result provisional while not known: the listed level stays (a listing
   * already assumes mutuality and similar age), marked provisional, with the condition that keeps it there.
   */
  provisionalWhileUnknown: z.object({ condition: text, reason: text }).optional(),
});

/** An act-now prompt shown above the reasons: this child may be the one harmed, or an adult is involved. */
export const actNowRuleSchema = z.object({
  id,
  when: whenSchema,
  text,
  /** The act-now reason it links to. */
  because: z.enum(['danger', 'disclosure', 'adult', 'penetration', 'images']).optional(),
  /** This child may be the one harmed, so their behaviour is read no higher than this on Hackett's continuum. */
  hackettCap: id.optional(),
});

/** When the police are named as a first step, with the source and date of the trigger. */
export const policeTriggerSchema = z.object({ id, when: whenSchema, text, source: text, date: text });

export const tagRuleSchema = z.object({
  id,
  tag: id,
  /** Applies when the chronological age is under this. */
  underAge: z.number().int().min(0).max(25).optional(),
  raise: raiseSchema.optional(),
  reason: text,
  /** Caps the Hackett reading, e.g. solitary or harm-to-child behaviour is never "abusive". */
  hackettCap: id.optional(),
  /** Where the practitioner is sent instead of, or as well as, the level's response. */
  prompt: text.optional(),
});

export const legalNoteSchema = z.object({
  id,
  title: text,
  text,
  source: text,
  jurisdiction: text,
  date: text,
  url: httpsUrl.optional(),
});

export const nextStepsSchema = z.object({
  national: z.object({ title: text, jurisdiction: text, source: text, options: z.array(text).min(1) }),
  local: z.object({ title: text, steps: z.array(text) }).nullable(),
  everyResult: z.array(text).min(1),
  /** The first step when a police trigger holds; the triggers follow it as the reasons. */
  police: text.optional(),
});

export const hackettMappingSchema = z.object({
  /** Default Hackett ids for each traffic-light rank, when no reason says more. Keys are ranks. */
  byRank: z.record(z.string().regex(/^\d+$/, 'keys must be ranks'), z.array(id).min(1)),
  note: text,
});

export const trafficLightPackSchema = z
  .object({
    kind: z.literal('traffic-light'),
    id,
    version: text,
    locale: text,
    provenance: provenanceSchema,
    levels: z.array(levelSchema).min(2, 'needs at least two levels'),
    bands: z.array(bandSchema).min(1, 'needs at least one band'),
    behaviours: z.array(behaviourSchema).min(1, 'needs at least one behaviour'),
    criteria: z.array(criterionSchema),
    tagRules: z.array(tagRuleSchema).default([]),
    actNow: z.array(actNowRuleSchema).default([]),
    policeTriggers: z.array(policeTriggerSchema).default([]),
    legalNotes: z.array(legalNoteSchema).default([]),
    vocabulary: vocabularySchema.optional(),
    hackettMapping: hackettMappingSchema.optional(),
    nextSteps: nextStepsSchema,
  })
  .superRefine((pack, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const unique = (key: 'levels' | 'bands' | 'behaviours' | 'criteria' | 'legalNotes') => {
      const seen = new Set<string>();
      pack[key].forEach((item, i) => {
        if (seen.has(item.id)) issue([key, i, 'id'], `duplicate id "${item.id}"`);
        seen.add(item.id);
      });
      return seen;
    };
    const levelIds = unique('levels');
    const bandIds = unique('bands');
    unique('behaviours');
    unique('criteria');
    const legalIds = unique('legalNotes');
    const ranks = new Set<number>();
    pack.levels.forEach((level, i) => {
      if (ranks.has(level.rank)) issue(['levels', i, 'rank'], `duplicate rank ${level.rank}`);
      ranks.add(level.rank);
    });
    pack.bands.forEach((band, i) => {
      if (band.minAge > band.maxAge) issue(['bands', i, 'maxAge'], 'maxAge is below minAge');
    });
    pack.behaviours.forEach((b, i) => {
      if (!bandIds.has(b.band)) issue(['behaviours', i, 'band'], `unknown band "${b.band}"`);
      if (!levelIds.has(b.level)) issue(['behaviours', i, 'level'], `unknown level "${b.level}"`);
      b.legal.forEach((l, j) => {
        if (!legalIds.has(l)) issue(['behaviours', i, 'legal', j], `unknown legal note "${l}"`);
      });
    });
    const maxRank = Math.max(...ranks);
    const checkRaise = (path: (string | number)[], raise: number | 'top') => {
      if (raise !== 'top' && !ranks.has(raise)) issue(path, `raises to rank ${raise}, but no level has that rank (highest is ${maxRank})`);
    };
    const criterionIds = new Set(pack.criteria.map((c) => c.id));
    pack.criteria.forEach((c, i) => checkRaise(['criteria', i, 'onYes', 'raise'], c.onYes.raise));
    const checkWhen = (path: (string | number)[], when: readonly Condition[]) =>
      when.forEach((cond, j) => {
        cond.bands?.forEach((b) => bandIds.has(b) || issue([...path, j, 'bands'], `unknown band "${b}"`));
        cond.levels?.forEach((l) => levelIds.has(l) || issue([...path, j, 'levels'], `unknown level "${l}"`));
        Object.keys(cond.answers ?? {}).forEach((c) => criterionIds.has(c) || issue([...path, j, 'answers', c], `unknown criterion "${c}"`));
      });
    pack.levels.forEach((level, i) => {
      level.doNow?.forEach((line, j) => line.when && checkWhen(['levels', i, 'doNow', j, 'when'], line.when));
      if (Array.isArray(level.caution)) level.caution.forEach((line, j) => line.when && checkWhen(['levels', i, 'caution', j, 'when'], line.when));
    });
    pack.actNow.forEach((rule, i) => checkWhen(['actNow', i, 'when'], rule.when));
    pack.policeTriggers.forEach((rule, i) => checkWhen(['policeTriggers', i, 'when'], rule.when));
    pack.tagRules.forEach((r, i) => {
      if (r.raise !== undefined) checkRaise(['tagRules', i, 'raise'], r.raise);
    });
    if (pack.hackettMapping) {
      for (const key of Object.keys(pack.hackettMapping.byRank)) {
        if (!ranks.has(Number(key))) issue(['hackettMapping', 'byRank', key], `no level has rank ${key}`);
      }
    }
  });

export const hackettLevelSchema = z.object({
  id,
  label: text,
  rank: z.number().int().min(1),
  descriptors: z.array(text).min(1),
});

export const hackettPackSchema = z.object({
  kind: z.literal('hackett-continuum'),
  id,
  version: text,
  locale: text,
  provenance: provenanceSchema,
  intro: text,
  levels: z.array(hackettLevelSchema).min(2),
});

export type Provenance = z.infer<typeof provenanceSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type ContextualText = z.infer<typeof contextualText>;
export type ActNowRule = z.infer<typeof actNowRuleSchema>;
export type PoliceTrigger = z.infer<typeof policeTriggerSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Behaviour = z.infer<typeof behaviourSchema>;
export type Raise = z.infer<typeof raiseSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type TagRule = z.infer<typeof tagRuleSchema>;
export type LegalNote = z.infer<typeof legalNoteSchema>;
export type NextSteps = z.infer<typeof nextStepsSchema>;
export type TrafficLightPack = z.infer<typeof trafficLightPackSchema>;
export type HackettLevel = z.infer<typeof hackettLevelSchema>;
export type HackettPack = z.infer<typeof hackettPackSchema>;
