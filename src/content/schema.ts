/**
 * Content pack schemas. Packs are data: bands, levels, rules and the Hackett mapping
 * all live in the JSON, so a licensed pack with other bands or level names loads with
 * no code change. Imported lazily (settings import) and at build time (vite plugin);
 * never on the first screen, where only the inferred types are used.
 */
import './zod-config.ts';
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id made of letters, digits and hyphens');
const text = z.string().trim().min(1, 'must not be empty');

export const provenanceSchema = z.object({
  title: text,
  source: text,
  version: text,
  date: text,
  licence: text,
  credits: z.array(text).min(1, 'must credit at least one source'),
  url: z.url().optional(),
});

export const levelSchema = z.object({
  id,
  label: text,
  /** CSS colour used alongside the word and shape, never alone. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour'),
  rank: z.number().int().min(1),
  shape: z.enum(['circle', 'triangle', 'square', 'diamond', 'octagon']),
  description: z.object({ summary: text, points: z.array(text).min(1) }),
  whatCanYouDo: text,
  /** Shown with the response, e.g. "don't interview children before the DSL agrees". */
  caution: text.optional(),
});

export const bandSchema = z.object({
  id,
  label: text,
  minAge: z.number().int().min(0).max(25),
  maxAge: z.number().int().min(0).max(25),
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
  /** The factor's name, used as the checkbox label. */
  label: text,
  /** The question in full, shown as help. */
  question: text,
  appliesTo: z.enum(['all', 'interpersonal']).default('all'),
  /** What a "yes" does. */
  onYes: z.object({ raise: raiseSchema, reason: text, hackett: id.optional(), prompt: text.optional() }),
  /** Consent and power questions keep the result provisional while not known. */
  provisionalWhileUnknown: z.object({ raise: raiseSchema, reason: text }).optional(),
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
  url: z.url().optional(),
});

export const nextStepsSchema = z.object({
  national: z.object({ title: text, jurisdiction: text, source: text, options: z.array(text).min(1) }),
  local: z.object({ title: text, steps: z.array(text) }).nullable(),
  everyResult: z.array(text).min(1),
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
    legalNotes: z.array(legalNoteSchema).default([]),
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
    pack.criteria.forEach((c, i) => {
      checkRaise(['criteria', i, 'onYes', 'raise'], c.onYes.raise);
      if (c.provisionalWhileUnknown) checkRaise(['criteria', i, 'provisionalWhileUnknown', 'raise'], c.provisionalWhileUnknown.raise);
    });
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
