/**
 * Qualifiers set one behaviour apart from a plainer one ("violent" pornography, "persistently" touching). An entry
 * whose qualifier the query does not mention ranks below its plain twin. The qualifier words are pack data
 * (vocabulary.qualifiers); the weights were set on the development half and the tuning set.
 */
import type { Behaviour, Vocabulary } from '../content/schema';
import { editDistance, stem, stemmed, tokenize } from './text';
import { remembered } from './memo';
import type { SearchHit, SearchIndex } from './types';

/** Per qualifier, the query words that satisfy it (stemmed); per entry, the qualifiers it carries and its plain twins. */
export function qualifierIndex(behaviours: readonly Behaviour[], qualifiers: Vocabulary['qualifiers'], words: (text: string) => string[]) {
  const wordings = behaviours.map((b) => ` ${stemmed(b.text)} `);
  const entryQualifiers = wordings.map((w) => qualifiers.flatMap((q, i) => (q.marks.some((m) => w.includes(` ${stemmed(m)} `)) ? [i] : [])));
  const qualifierWords = qualifiers.map((q) => q.words.map(stemmed));
  const qualifierDenials = qualifiers.map((q) => q.denials.map(stemmed));
  return { qualifierWords, qualifierDenials, entryQualifiers, plainTwins: plainTwinsOf(behaviours, entryQualifiers, qualifiers, words) };
}

/** How much of a qualified entry's wording, its qualifier aside, a plain entry must share to be its twin. */
const TWIN_OVERLAP = 0.5;

/** "accessing violent pornography" and "interest in pornography": the same thing but for the qualifier. */
function plainTwinsOf(behaviours: readonly Behaviour[], entryQualifiers: readonly number[][], qualifiers: readonly { marks: string[] }[], words: (text: string) => string[]): number[][] {
  const stemsOf = (text: string) => new Set(words(text).map(stem));
  return behaviours.map((b, i) => {
    if (!entryQualifiers[i]!.length) return [];
    const marks = new Set(entryQualifiers[i]!.flatMap((q) => qualifiers[q]!.marks.flatMap((m) => words(m).map(stem))));
    const own = [...stemsOf(b.text)].filter((w) => !marks.has(w));
    return behaviours.flatMap((other, j) => {
      if (j === i || other.band !== b.band || entryQualifiers[j]!.length) return [];
      const theirs = stemsOf(other.text);
      return own.length && own.filter((w) => theirs.has(w)).length / own.length >= TWIN_OVERLAP ? [j] : [];
    });
  });
}

/** How far an entry whose qualifiers the query lacks falls behind when no plain twin matched; set on the development data. */
const QUALIFIER_PENALTY = 0.8;
/** Further when the query denies it ("asked once and was happy with the answer" is not persistent questioning). */
const DENIED_PENALTY = 0.5;

/** The qualifiers one of whose long single words is within one slip of a typed stem; remembered while typing. */
function qualifiersTypedWithASlip(index: SearchIndex, typed: string): number[] {
  return remembered(index, `qualifier:${typed}`, () =>
    index.qualifierWords.flatMap((list, i) => (list.some((w) => w.length >= 5 && !w.includes(' ') && editDistance(typed, w, 1) <= 1) ? [i] : [])),
  );
}

/**
 * The score to order by. An entry set apart by a qualifier ("violent", "persistently", "younger") that the query
 * does not mention ranks below its plain twin ("porn in his search history" is "interest in pornography", not
 * "violent pornography"), and a little lower than its score when no twin matched. Only the order changes; the
 * score, which says whether the match is good, stays as it is.
 */
export function rankWithQualifiers(index: SearchIndex, hits: readonly SearchHit[], texts: readonly string[]): Map<SearchHit, number> {
  const padded = ` ${texts.map(stemmed).join(' ')} `;
  const said = (w: string) => padded.includes(` ${w} `);
  // A long qualifier word typed with one slip still counts ("persistantly", "aggresive").
  const slips = new Set(texts.flatMap(tokenize).flatMap((w) => (w.length >= 6 ? qualifiersTypedWithASlip(index, stem(w)) : [])));
  const denied = new Set(index.qualifierDenials.flatMap((list, i) => (list.some(said) ? [i] : [])));
  const satisfied = new Set(index.qualifierWords.flatMap((list, i) => ((slips.has(i) || list.some(said)) && !denied.has(i) ? [i] : [])));
  const entryOf = new Map(index.behaviours.map((b, i) => [b, i]));
  const scoreOf = new Map(hits.map((h) => [entryOf.get(h.behaviour)!, h.score]));
  return new Map(
    hits.map((hit) => {
      const entry = entryOf.get(hit.behaviour)!;
      const carried = index.entryQualifiers[entry]!;
      if (!carried.length || carried.some((q) => satisfied.has(q))) return [hit, hit.score];
      const twin = index.plainTwins[entry]!.reduce((best, j) => Math.max(best, scoreOf.get(j) ?? 0), 0);
      const penalty = carried.some((q) => denied.has(q)) ? DENIED_PENALTY : QUALIFIER_PENALTY;
      return [hit, twin ? Math.min(hit.score * penalty, twin * 0.999) : hit.score * penalty];
    }),
  );
}
