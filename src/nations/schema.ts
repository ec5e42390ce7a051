/**
 * Nation packs: one UK nation's guidance, law, safeguarding lead, routes and police triggers as data, each fact
 * citing a dated source. The overlay (overlay.ts) lays a pack over the traffic light pack, so a result names only
 * that nation's guidance and law. Validated at build and at import like every other pack.
 */
import '../content/zod-config.ts';
import { z } from 'zod';
import { id, text } from '../content/primitives.ts';
import { whenSchema } from '../content/schema.ts';
import { httpsUrl } from '../content/url.ts';

/** Source ids a fact rests on: at least one, each declared in `sources`. */
const cites = z.array(id).min(1, 'must cite at least one source');
/** Advice in our own words needs no source; when it names a document it cites it. */
const optionalCites = z.array(id).default([]);

export const nationSourceSchema = z
  .object({
    id,
    title: text,
    publisher: text,
    /** The date the source gives itself (publication, update or version), or says it is undated. */
    date: text,
    url: httpsUrl,
    /** When someone last read the source and confirmed the facts that cite it (YYYY-MM-DD). */
    checked: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    excerpt: text.optional(),
    /** How it was read (a mirror, a copy) and what in it was not confirmed. */
    note: text.optional(),
  })
  .strict();

const documentSchema = z.object({ title: text, cites }).strict();
const lineSchema = z.object({ text, cites: optionalCites }).strict();

export const nationLegalNoteSchema = z
  .object({ id, title: text, text, source: text, jurisdiction: text, date: text, url: httpsUrl.optional(), cites })
  .strict();

/** Replaces one of the traffic light pack's police triggers, keeping its `when` unless a new one is given. */
const triggerOverrideSchema = z.object({ text, source: text, date: text, when: whenSchema.optional(), cites }).strict();
const extraTriggerSchema = z.object({ id, when: whenSchema, text, source: text, date: text, cites }).strict();

const tagRuleOverrideSchema = z
  .object({ reason: text.optional(), prompt: text.optional(), cites: optionalCites })
  .strict()
  .refine((o) => o.reason !== undefined || o.prompt !== undefined, 'must give a reason, a prompt or both');

export const nationPackSchema = z
  .object({
    kind: z.literal('nation'),
    id,
    version: text,
    locale: text,
    name: text,
    /** Pathway packs' `jurisdiction` values that mean this nation, e.g. "England". */
    jurisdictions: z.array(text).min(1, 'needs at least one jurisdiction name'),
    sources: z.array(nationSourceSchema).min(1, 'needs at least one source'),
    /** The safeguarding lead: fills {{lead}} and {{leadShort}} in every text of the traffic light pack. */
    lead: z.object({ title: text, short: text, cites }).strict(),
    /** The service that takes a referral about a child ("children’s social care", "social work"): fills {{socialCare}}. */
    socialCare: z.object({ name: text, cites }).strict(),
    criminalResponsibilityAge: z.object({ age: z.number().int().min(8).max(18), cites }).strict(),
    guidance: z
      .object({ main: documentSchema, schools: documentSchema.optional(), nudes: documentSchema.optional(), harmfulSexualBehaviour: documentSchema.optional() })
      .strict(),
    /** Named routes, e.g. { "strategy": { "name": "inter-agency referral discussion (IRD)" } }. */
    routes: z.record(id, z.object({ name: text, cites }).strict()).default({}),
    /** Replaces nextSteps.national: every option names only this nation's guidance. */
    national: z.object({ title: text, jurisdiction: text, source: text, options: z.array(text).min(1), cites }).strict(),
    /** Replaces nextSteps.everyResult. */
    everyResult: z.array(lineSchema).min(1),
    /** Replaces nextSteps.police: the first "Do now" step when a police trigger holds. */
    police: lineSchema,
    /** Replaces the traffic light pack's legal notes, by id; `legalNotesLeftOut` names those not verified for this nation. */
    legalNotes: z.array(nationLegalNoteSchema),
    legalNotesLeftOut: z.array(z.object({ id, reason: text }).strict()).default([]),
    /** Keyed by the traffic light pack's police trigger ids: every one must be given. */
    policeTriggers: z.record(id, triggerOverrideSchema),
    extraPoliceTriggers: z.array(extraTriggerSchema).default([]),
    /** Keyed by tag rule id: a reason or prompt that names this nation's law or roles. */
    tagRules: z.record(id, tagRuleOverrideSchema).default({}),
    /** Keyed by act-now rule id: the prompt in this nation's words. */
    actNow: z.record(id, lineSchema).default({}),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const sourceIds = new Set<string>();
    pack.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) issue(['sources', i, 'id'], `duplicate id "${s.id}"`);
      sourceIds.add(s.id);
    });
    const used = new Set<string>();
    for (const { path, ids } of citesIn(pack)) {
      ids.forEach((sourceId, j) => {
        used.add(sourceId);
        if (!sourceIds.has(sourceId)) issue([...path, j], `unknown source "${sourceId}"`);
      });
    }
    pack.sources.forEach((s, i) => {
      if (!used.has(s.id)) issue(['sources', i, 'id'], `source "${s.id}" is never cited`);
    });
    const noteIds = new Set<string>();
    pack.legalNotes.forEach((n, i) => {
      if (noteIds.has(n.id)) issue(['legalNotes', i, 'id'], `duplicate id "${n.id}"`);
      noteIds.add(n.id);
    });
    pack.legalNotesLeftOut.forEach((n, i) => {
      if (noteIds.has(n.id)) issue(['legalNotesLeftOut', i, 'id'], `"${n.id}" is both given and left out`);
    });
    const triggerIds = new Set(Object.keys(pack.policeTriggers));
    pack.extraPoliceTriggers.forEach((t, i) => {
      if (triggerIds.has(t.id)) issue(['extraPoliceTriggers', i, 'id'], `duplicate police trigger id "${t.id}"`);
      triggerIds.add(t.id);
    });
  });

/** Every `cites` list in a pack, with its path, found by walking the data so no field can be missed. */
export function citesIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; ids: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citesIn(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'cites' && Array.isArray(v) ? [{ path: [...path, key], ids: v.filter((x): x is string => typeof x === 'string') }] : citesIn(v, [...path, key]),
  );
}

export type NationSource = z.infer<typeof nationSourceSchema>;
export type NationLegalNote = z.infer<typeof nationLegalNoteSchema>;
export type NationPack = z.infer<typeof nationPackSchema>;
