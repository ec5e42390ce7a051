/**
 * Lays a nation pack over the traffic light pack: national guidance, every-result lines, the police step, legal
 * notes, police triggers, tag-rule and act-now wording come from the nation; the lead's title fills every
 * {{lead}} / {{leadShort}}, and the service that takes referrals every {{socialCare}}. Pure: the same packs in give
 * the same pack out, and neither input is changed.
 */
import type { TrafficLightPack } from '../content/schema';
import type { NationPack } from './schema';

const LEAD = '{{lead}}';
const LEAD_SHORT = '{{leadShort}}';
const SOCIAL_CARE = '{{socialCare}}';

export function applyNation(pack: TrafficLightPack, nation: NationPack): TrafficLightPack {
  const notes = new Map(nation.legalNotes.map((n) => [n.id, n]));
  const overlaid: TrafficLightPack = {
    ...pack,
    tagRules: pack.tagRules.map((rule) => {
      const o = nation.tagRules[rule.id];
      return o ? { ...rule, reason: o.reason ?? rule.reason, ...(o.prompt !== undefined && { prompt: o.prompt }) } : rule;
    }),
    actNow: pack.actNow.map((rule) => {
      const o = nation.actNow[rule.id];
      return o ? { ...rule, text: o.text } : rule;
    }),
    policeTriggers: [
      ...pack.policeTriggers.map((t) => {
        const o = nation.policeTriggers[t.id];
        return o ? { id: t.id, when: o.when ?? t.when, text: o.text, source: o.source, date: o.date } : t;
      }),
      ...nation.extraPoliceTriggers.map(({ id, when, text, source, date }) => ({ id, when, text, source, date })),
    ],
    // In the traffic light pack's order; a note the nation leaves out is not shown.
    legalNotes: pack.legalNotes.flatMap((base) => {
      const n = notes.get(base.id);
      if (!n) return [];
      const { cites: _cites, ...note } = n;
      return [note];
    }),
    nextSteps: {
      ...pack.nextSteps,
      national: { title: nation.national.title, jurisdiction: nation.national.jurisdiction, source: nation.national.source, options: [...nation.national.options] },
      everyResult: nation.everyResult.map((line) => line.text),
      police: nation.police.text,
    },
  };
  return fillNationWords(overlaid, nation);
}

/** Fills the lead and social-care placeholders in every string of a pack, however deep. */
export function fillNationWords<T>(value: T, nation: Pick<NationPack, 'lead' | 'socialCare'>): T {
  const { lead, socialCare } = nation;
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes('{{') ? v.replaceAll(LEAD_SHORT, lead.short).replaceAll(LEAD, lead.title).replaceAll(SOCIAL_CARE, socialCare.name) : v;
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  // The walk keeps every key and only changes strings, so the shape is T's.
  return fill(value) as T;
}

/** Which nation a pathway pack belongs to, from its `jurisdiction` ("England"); null when no nation claims it. */
export function nationIdForPathway(pathway: { jurisdiction: string }, nations: readonly Pick<NationPack, 'id' | 'jurisdictions'>[]): string | null {
  const key = sameJurisdiction(pathway.jurisdiction);
  return nations.find((n) => n.jurisdictions.some((j) => sameJurisdiction(j) === key))?.id ?? null;
}

/** The pathway packs (or index entries) of one nation, in their order. */
export function pathwaysForNation<P extends { jurisdiction: string }>(pathways: readonly P[], nationId: string, nations: readonly Pick<NationPack, 'id' | 'jurisdictions'>[]): P[] {
  return pathways.filter((p) => nationIdForPathway(p, nations) === nationId);
}

/** "Northern  ireland" is "Northern Ireland": case and spacing aside. */
const sameJurisdiction = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
