/**
 * The rules engine: one source of truth for /classify and training.
 * Pure data in, structured reasons out; every band, level and rule comes from the pack,
 * and rules only ever raise the level.
 */
import type { Band, Behaviour, ContextualText, Criterion, HackettPack, Level, TrafficLightPack } from '../content/schema';
import { holds, isUnder, type Answer, type ConditionContext } from './conditions';
import { bandById, levelById, levelForRaise, levelsByRank } from './levels';

export type { Answer };
export type Answers = Readonly<Record<string, Answer>>;

export { ADULT_AGE, bandById, bandsForAge, developmentalBandOptions, levelById, levelForRaise, levelsByRank } from './levels';

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
  /** A context answer that did not change the level: kept, because the record must hold every answer. */
  | { type: 'answered'; criterionId: string; answer: Answer }
  | { type: 'developmental'; bandId: string };

export interface PoliceReason {
  id: string;
  text: string;
  source: string;
  date: string;
}

export interface Classification {
  level: Level;
  /** The level before any rule raised it. */
  listedLevel: Level;
  /** Consent or power is not known for an interpersonal behaviour: the level holds only if they turn out as listed. */
  provisional: boolean;
  /** The criteria still unanswered that keep the result provisional, in pack order. */
  unanswered: Criterion[];
  /** Act-now prompts, shown above the reasons: this child may be the one harmed, or an adult is involved. */
  actNow: { id: string; text: string; because?: string }[];
  /** Why the police are named as a first step, each with its source and date. */
  police: PoliceReason[];
  /** "Do now": one to three first actions, the police first when a trigger holds. */
  doNow: string[];
  /** The level's caution for this context, if any. */
  caution: string | null;
  reasons: Reason[];
  /** Hackett continuum ids, derived from the reasons, lowest first. */
  hackett: string[];
  /** Where the practitioner is sent beyond the level's response (child protection, exploitation, LADO). */
  prompts: string[];
  legalNoteIds: string[];
  /** Criteria that apply to this behaviour, in pack order. */
  applicableCriteria: Criterion[];
}

export function isInterpersonal(behaviour: Behaviour | null): boolean {
  return behaviour === null || behaviour.tags.includes('interpersonal');
}

export function applicableCriteria(pack: TrafficLightPack, behaviour: Behaviour | null): Criterion[] {
  return pack.criteria.filter((c) => c.appliesTo === 'all' || isInterpersonal(behaviour));
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
  const hackettCaps: string[] = [];
  const criteria = applicableCriteria(pack, behaviour);
  /** Unknown answers that could still raise the level: whether they make it provisional is decided after every raise. */
  const openUnknowns: Criterion[] = [];
  for (const c of criteria) {
    const answer = input.answers[c.id] ?? 'unknown';
    if (answer === 'yes') {
      const target = levelForRaise(pack, c.onYes.raise);
      if (target.rank > level.rank || target.rank > listed.rank) {
        raiseTo(target, { type: 'raised', levelId: target.id, because: c.onYes.reason, source: 'criterion', ruleId: c.id });
      } else reasons.push({ type: 'answered', criterionId: c.id, answer });
      if (c.onYes.hackett) hackettFromCriteria.push(c.onYes.hackett);
      if (c.onYes.hackettCap) hackettCaps.push(c.onYes.hackettCap);
      if (c.onYes.prompt) prompts.push(c.onYes.prompt);
    } else if (answer === 'unknown' && c.provisionalWhileUnknown) {
      openUnknowns.push(c);
      reasons.push({ type: 'provisional', levelId: level.id, because: c.provisionalWhileUnknown.reason, criterionId: c.id });
    } else {
      reasons.push({ type: 'answered', criterionId: c.id, answer });
    }
  }

  const tags = behaviour?.tags ?? [];
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

  // Only now is the level final. An unknown answer keeps it provisional only if that answer could still raise it:
  // at the pack's top level nothing can, so a top-level result is never provisional.
  const unanswered = openUnknowns.filter((c) => levelForRaise(pack, c.onYes.raise).rank > level.rank);
  const finalLevel = level;
  reasons.forEach((r, i) => {
    if (r.type !== 'provisional') return;
    const stillOpen = unanswered.some((c) => c.id === r.criterionId);
    reasons[i] = stillOpen ? { ...r, levelId: finalLevel.id } : { type: 'answered', criterionId: r.criterionId, answer: 'unknown' };
  });

  const ctx: ConditionContext = { tags, bands, chronologicalAge: input.chronologicalAge, answers: input.answers, levelId: level.id, listed: behaviour !== null };
  const actNow = pack.actNow.filter((r) => holds(r.when, ctx));
  actNow.forEach((r) => r.hackettCap && hackettCaps.push(r.hackettCap));
  const police = pack.policeTriggers.filter((p) => holds(p.when, ctx)).map(({ id, text, source, date }) => ({ id, text, source, date }));
  const policeStep = police.length ? [pack.nextSteps.police ?? police[0]!.text] : [];
  const doNow = [...policeStep, ...pickAll(level.doNow, ctx)].slice(0, 3);
  return {
    level,
    listedLevel: listed,
    provisional: unanswered.length > 0,
    unanswered,
    actNow: actNow.map(({ id, text, because }) => ({ id, text, because })),
    police,
    doNow: doNow.length ? doNow : [level.whatCanYouDo],
    caution: typeof level.caution === 'string' ? level.caution : (pickAll(level.caution, ctx)[0] ?? null),
    reasons,
    hackett: deriveHackett(pack, behaviour, listed, hackettFromCriteria, hackettCaps, hackettOrder(pack, hackett)),
    prompts: [...new Set(prompts)],
    legalNoteIds: legalNotesFor(pack, behaviour, input.chronologicalAge, bands),
    applicableCriteria: criteria,
  };
}

/** The lines whose context holds, in pack order. */
function pickAll(lines: readonly ContextualText[] | undefined, ctx: ConditionContext): string[] {
  return (lines ?? []).filter((line) => holds(line.when, ctx)).map((line) => line.text);
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
