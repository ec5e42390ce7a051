/** Scenario packs for training: fictional vignettes whose expected levels are checked against the one rules engine. */
import '../content/zod-config.ts';
import { z } from 'zod';
import { provenanceSchema } from '../content/schema.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id made of letters, digits and hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const answer = z.enum(['yes', 'no', 'unknown']);

export const variantSchema = z.object({
  change: text,
  /** Facts replaced in this variant; the rest stay as in the scenario. */
  facts: z.record(id, answer).default({}),
  behaviour: id.optional(),
  age: z.number().int().min(0).max(17).optional(),
  expectedLevel: id,
  /** "act-now" when the rules engine sends this case to the act-now steps (an adult, a disclosure, exploitation). */
  expectedRoute: z.literal('act-now').optional(),
});

export const scenarioSchema = z
  .object({
    id,
    title: text,
    age: z.number().int().min(0).max(17),
    /** A younger band chosen for developmental age, with why. */
    developmental: z.object({ band: id, note: text }).optional(),
    vignette: text,
    /** A listed behaviour id, or absent for an unlisted behaviour with its chosen base level. */
    behaviour: id.optional(),
    unlisted: z.object({ description: text, baseLevel: id }).optional(),
    facts: z.record(id, answer).default({}),
    /** The level the rules engine gives; a test fails the build when it disagrees. */
    expectedLevel: id,
    expectedRoute: z.literal('act-now').optional(),
    hackett: z.array(id).min(1),
    trainerJudgement: z.object({ level: id, rationale: text }).optional(),
    discussion: z.array(text).min(1),
    legalPoints: z.array(z.object({ text, jurisdiction: text, date: text })).default([]),
    tags: z.array(id).default([]),
    variants: z.array(variantSchema).min(1),
  })
  .refine((s) => Boolean(s.behaviour) !== Boolean(s.unlisted), { message: 'needs exactly one of "behaviour" or "unlisted"', path: ['behaviour'] });

export const scenarioPackSchema = z.object({
  kind: z.literal('training-scenarios'),
  id,
  version: text,
  locale: text,
  /** The traffic-light pack the expected levels were computed against. */
  forPack: id,
  provenance: provenanceSchema,
  /** Readable labels for the scenarios' topic tags; a tag without one is shown from its id. */
  topics: z.record(id, text).default({}),
  /** Imported packs must declare that no case is real or identifiable. */
  declaration: z.literal(true, { message: 'must declare that no scenario is a real or identifiable case (declaration: true)' }),
  scenarios: z.array(scenarioSchema).min(1, 'needs at least one scenario'),
});

export type Variant = z.infer<typeof variantSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioPack = z.infer<typeof scenarioPackSchema>;
