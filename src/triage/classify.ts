/**
 * The rules engine: one source of truth for /classify and training.
 * Pure data in, structured reasons out; every band, level and rule comes from the pack,
 * and rules only ever raise the level.
 */
import type { Band, Behaviour, Criterion, HackettPack, Level, Raise, TrafficLightPack } from '../content/schema';

export type Answer = 'yes' | 'no' | 'unknown';
export type Answers = Readonly<Record<string, Answer>>;

/** The legal line between a child and an adult; law, not pack content. */
export const ADULT_AGE = 18;

export interface ClassifyInput {
  /** Years; null when the practitioner picked a band without an age. */
  chronologicalAge: number | null;
  /** Bands in play: one, or two at a boundary age. */
  bandIds: readonly string[];
  /** True when a younger band was chosen for developmental age. */
  developmental: boolean;
  /** A listed behaviour, or null for "none of these fits". */
  behaviour: Behaviour | null;
  /** For "none of these fits": the level the practitioner chose from the general descriptions. */
  chosenLevelId?: string;
  answers: Answers;
}

export type Reason =
  | { type: 'listed'; levelId: string; bandId: string }
  | { type: 'boundary'; levelId: string; bandId: string; otherLevelId: string; otherBandId: string }
  | { type: 'chosen'; levelId: string }
  | { type: 'raised'; levelId: string; because: string; source: 'criterion' | 'tag'; ruleId: string }
  | { type: 'provisional'; levelId: string; because: string; criterionId: string }
  | { type: 'developmental'; bandId: string };

export interface Classification {
  level: Level;
  /** The level before any rule raised it. */
  listedLevel: Level;
  provisional: boolean;
  reasons: Reason[];
  /** Hackett continuum ids, derived from the reasons, lowest first. */
  hackett: string[];
  /** Where the practitioner is sent beyond the level's response (child protection, exploitation, LADO). */
  prompts: string[];
  legalNoteIds: string[];
  /** Criteria that apply to this behaviour, in pack order. */
  applicableCriteria: Criterion[];
}

export const levelsByRank = (pack: TrafficLightPack): Level[] => [...pack.levels].sort((a, b) => a.rank - b.rank);

export function levelById(pack: TrafficLightPack, id: string): Level {
  const level = pack.levels.find((l) => l.id === id);
  if (!level) throw new Error(`Unknown level "${id}"`);
  return level;
}

export function bandById(pack: TrafficLightPack, id: string): Band | undefined {
  return pack.bands.find((b) => b.id === id);
}

/** Turns a rule's raise ("top" or a minimum rank) into a level. */
export function levelForRaise(pack: TrafficLightPack, raise: Raise): Level {
  const ordered = levelsByRank(pack);
  const top = ordered[ordered.length - 1]!;
  if (raise === 'top') return top;
  return ordered.find((l) => l.rank >= raise) ?? top;
}

/** Bands whose range contains the age; overlapping bands give two at a boundary. */
export function bandsForAge(pack: TrafficLightPack, age: number): Band[] {
  return pack.bands.filter((b) => age >= b.minAge && age <= b.maxAge);
}

/** Developmental age only moves to a younger band than the chronological ones. */
export function developmentalBandOptions(pack: TrafficLightPack, chronologicalBands: readonly Band[]): Band[] {
  if (!chronologicalBands.length) return [];
  const youngestMin = Math.min(...chronologicalBands.map((b) => b.minAge));
  return pack.bands.filter((b) => b.minAge < youngestMin);
}

export function isInterpersonal(behaviour: Behaviour | null): boolean {
  return behaviour === null || behaviour.tags.includes('interpersonal');
}

export function applicableCriteria(pack: TrafficLightPack, behaviour: Behaviour | null): Criterion[] {
  return pack.criteria.filter((c) => c.appliesTo === 'all' || isInterpersonal(behaviour));
}

/** Whether the child is under the age in law; uses chronological age, or the bands when no age was given. */
function isUnder(age: number | null, bands: readonly Band[], limit: number): boolean {
  if (age !== null) return age < limit;
  return bands.some((b) => b.minAge < limit);
}

/** The same concept's entry in each band, so the neighbouring band's level is one tap away. */
export function sameConceptByBand(pack: TrafficLightPack, behaviour: Behaviour): { band: Band; behaviour: Behaviour | null }[] {
  return pack.bands.map((band) => ({
    band,
    behaviour: pack.behaviours.find((b) => b.band === band.id && b.concept === behaviour.concept) ?? null,
  }));
}

export function classify(pack: TrafficLightPack, input: ClassifyInput, hackett?: HackettPack): Classification {
  const reasons: Reason[] = [];
  const prompts: string[] = [];
  const bands = input.bandIds.map((id) => bandById(pack, id)).filter((b): b is Band => !!b);
  const { behaviour } = input;

  let listed: Level;
  if (behaviour) {
    listed = levelById(pack, behaviour.level);
    reasons.push({ type: 'listed', levelId: listed.id, bandId: behaviour.band });
    for (const other of bands) {
      if (other.id === behaviour.band) continue;
      const twin = pack.behaviours.find((b) => b.band === other.id && b.concept === behaviour.concept);
      if (!twin) continue;
      const twinLevel = levelById(pack, twin.level);
      if (twinLevel.rank > listed.rank) {
        reasons.push({ type: 'boundary', levelId: twinLevel.id, bandId: other.id, otherLevelId: listed.id, otherBandId: behaviour.band });
        listed = twinLevel;
      }
    }
  } else {
    listed = levelById(pack, input.chosenLevelId ?? levelsByRank(pack)[0]!.id);
    reasons.push({ type: 'chosen', levelId: listed.id });
  }
  if (input.developmental) {
    const band = behaviour ? behaviour.band : bands[0]?.id;
    if (band) reasons.push({ type: 'developmental', bandId: band });
  }

  let level = listed;
  const raiseTo = (target: Level, reason: Reason) => {
    if (target.rank > level.rank) level = target;
    reasons.push(reason);
  };

  const hackettFromCriteria: string[] = [];
  const criteria = applicableCriteria(pack, behaviour);
  let provisional = false;
  for (const c of criteria) {
    const answer = input.answers[c.id] ?? 'unknown';
    if (answer === 'yes') {
      const target = levelForRaise(pack, c.onYes.raise);
      if (target.rank > level.rank || target.rank > listed.rank) {
        raiseTo(target, { type: 'raised', levelId: target.id, because: c.onYes.reason, source: 'criterion', ruleId: c.id });
      }
      if (c.onYes.hackett) hackettFromCriteria.push(c.onYes.hackett);
      if (c.onYes.prompt) prompts.push(c.onYes.prompt);
    } else if (answer === 'unknown' && c.provisionalWhileUnknown) {
      provisional = true;
      const target = levelForRaise(pack, c.provisionalWhileUnknown.raise);
      raiseTo(target, { type: 'provisional', levelId: target.id, because: c.provisionalWhileUnknown.reason, criterionId: c.id });
    }
  }

  const tags = behaviour?.tags ?? [];
  const hackettCaps: string[] = [];
  for (const rule of pack.tagRules) {
    if (!tags.includes(rule.tag)) continue;
    if (rule.underAge !== undefined && !isUnder(input.chronologicalAge, bands, rule.underAge)) continue;
    if (rule.raise !== undefined) {
      const target = levelForRaise(pack, rule.raise);
      if (target.rank > listed.rank) raiseTo(target, { type: 'raised', levelId: target.id, because: rule.reason, source: 'tag', ruleId: rule.id });
    }
    if (rule.hackettCap) hackettCaps.push(rule.hackettCap);
    if (rule.prompt) prompts.push(rule.prompt);
  }

  return {
    level,
    listedLevel: listed,
    provisional,
    reasons,
    hackett: deriveHackett(pack, behaviour, listed, hackettFromCriteria, hackettCaps, hackettOrder(pack, hackett)),
    prompts: [...new Set(prompts)],
    legalNoteIds: legalNotesFor(pack, behaviour, input.chronologicalAge, bands),
    applicableCriteria: criteria,
  };
}

/**
 * The Hackett reading comes from the reasons, not from the colour alone: a criterion's reading wins over
 * the listed default, and caps (solitary, harm to this child) remove readings above them.
 */
function deriveHackett(
  pack: TrafficLightPack,
  behaviour: Behaviour | null,
  listed: Level,
  fromCriteria: readonly string[],
  caps: readonly string[],
  order: readonly string[],
): string[] {
  const mapping = pack.hackettMapping;
  if (!mapping) return [];
  const rankOf = (id: string) => order.indexOf(id);
  const base = behaviour?.hackett ?? mapping.byRank[String(listed.rank)] ?? [];
  let ids: string[];
  if (fromCriteria.length) {
    const strongest = [...fromCriteria].sort((a, b) => rankOf(b) - rankOf(a))[0]!;
    ids = [strongest, ...base.filter((id) => rankOf(id) > rankOf(strongest))];
  } else {
    ids = [...base];
  }
  if (caps.length) {
    const cap = [...caps].sort((a, b) => rankOf(a) - rankOf(b))[0]!;
    ids = ids.filter((id) => rankOf(id) <= rankOf(cap));
    if (!ids.length) ids = [cap];
  }
  return [...new Set(ids)].sort((a, b) => rankOf(a) - rankOf(b));
}

/** Continuum order from the Hackett pack when given, else the order in which the mapping names its levels. */
function hackettOrder(pack: TrafficLightPack, hackett?: HackettPack): string[] {
  if (hackett) return [...hackett.levels].sort((a, b) => a.rank - b.rank).map((l) => l.id);
  const byRank = pack.hackettMapping?.byRank ?? {};
  const ranks = Object.keys(byRank).sort((a, b) => Number(a) - Number(b));
  return [...new Set(ranks.flatMap((rank) => byRank[rank] ?? []))];
}

/** Legal notes follow the behaviour, plus the under-13 note driven by chronological age. */
function legalNotesFor(pack: TrafficLightPack, behaviour: Behaviour | null, age: number | null, bands: readonly Band[]): string[] {
  const ids = new Set(behaviour?.legal ?? []);
  const known = new Set(pack.legalNotes.map((n) => n.id));
  if (behaviour?.tags.includes('sexual-activity') && known.has('under-13') && isUnder(age, bands, 13)) ids.add('under-13');
  return pack.legalNotes.filter((n) => ids.has(n.id)).map((n) => n.id);
}
