/**
 * Content pack schemas. Packs are data: bands, levels, rules and the Hackett mapping
 * all live in the JSON, so a licensed pack with other bands or level names loads with
 * no code change. Imported lazily (settings import) and at build time (vite plugin);
 * never on the first screen, where only the inferred types are used.
 */
import './zod-config.ts';
import { z } from 'zod';
import { httpsUrl } from './url.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id made of letters, digits and hyphens');
const text = z.string().trim().min(1, 'must not be empty');

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

/** Search vocabulary as data: word families that find each other, words that never decide a match, act-now cues. */
export const vocabularySchema = z.object({
  groups: z.array(z.object({ id, words: z.array(text).min(2) })).default([]),
  ignore: z.array(text).default([]),
  actNow: z
    .object({
      /** People who are adults: a mention brings the act-now prompt unless the words around it make them the reporter. */
      adult: z.array(text).default([]),
      /** A child telling of harm done to them: first-person harm, or the words for a disclosure. */
      disclosure: z.array(text).default([]),
      /** "mum's mate", "uncle's friend": an adult's relation is an adult too. */
      relations: z.array(text).default([]),
      /** Words that may sit between an adult's possessive and the relation ("mum's new fella"). */
      relationFillers: z.array(text).default([]),
      /** Right after an adult ("dad found…", "the coach heard…"): the adult found or reported it, and is not the actor. */
      reportedBy: z.array(text).default([]),
      /** Right before an adult ("told her teacher", "asked the coach"): the adult was told, and is not the actor. */
      reportedTo: z.array(text).default([]),
      /** The only words that may sit between those and the adult ("told her form tutor"; not "told me her uncle"). */
      reportedToFillers: z.array(text).default([]),
      /** An act right after an adult ("the coach touched…") makes them the actor, whatever follows. */
      acts: z.array(text).default([]),
      /** "…and kissed her", "…then touched her": an act joined to a reporting verb shares its subject, the adult. */
      joiners: z.array(text).default([]),
      /** Right after "adult" or "grown up": a thing, not a person ("adult dating apps", "grown up words"). */
      things: z.array(text).default([]),
    })
    .default({ adult: [], disclosure: [], relations: [], relationFillers: [], reportedBy: [], reportedTo: [], reportedToFillers: [], acts: [], joiners: [], things: [] }),
  /** Words that stand for an age stated in a description, at least `gap` years from the child's, or an adult's. */
  statedAges: z
    .object({
      gap: z.number().int().min(1).max(10),
      younger: z.array(text).min(1),
      older: z.array(text).min(1),
      adult: z.array(text).min(1),
      /** Age at the start of school year N is N plus this (England and Wales: 5). Leave out where years differ. */
      schoolYearOffset: z.number().int().min(0).max(10).optional(),
    })
    .optional(),
  /**
   * Qualifiers that set one behaviour apart from a plainer one ("violent" pornography, "persistently" touching):
   * an entry whose wording holds a `marks` word ranks below the rest when the query holds none of the `words`.
   */
  qualifiers: z.array(z.object({ id, marks: z.array(text).min(1), words: z.array(text).min(1) })).default([]),
});

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
export type Vocabulary = z.infer<typeof vocabularySchema>;
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
