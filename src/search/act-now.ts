/** Spots a query that sounds like an adult's involvement or a child's disclosure, from the pack's own cue words. */
import type { Vocabulary } from '../content/schema';
import { normalise } from './text';

export type ActNowCue = 'adult' | 'disclosure';

/** "a 25 year old", "25yo", "aged 19", "her boyfriend is 21": a stated age. */
const YEARS_OLD = / (?:(\d{2}) ?(?:year old|years old|yr old|yrs old|yo)|(?:aged?|is|was) (\d{2})) /g;
/** "in his 20s": a stated decade. */
const DECADE = / (?:his|her|their) ([1-9])0s /g;

function statesAdultAge(padded: string, adultAge: number): boolean {
  const ages = [...[...padded.matchAll(YEARS_OLD)].map((m) => Number(m[1] ?? m[2])), ...[...padded.matchAll(DECADE)].map((m) => Number(m[1]) * 10)];
  return ages.some((age) => age >= adultAge);
}

/** A disclosure outranks an adult: "told me her uncle…" is both, and the disclosure steps come first. */
export function actNowCue(vocabulary: Vocabulary | undefined, query: string, adultAge: number): ActNowCue | null {
  if (!vocabulary) return null;
  const padded = ` ${normalise(query)} `;
  const said = (cues: readonly string[]) => cues.some((cue) => padded.includes(` ${normalise(cue)} `));
  if (said(vocabulary.actNow.disclosure)) return 'disclosure';
  if (said(vocabulary.actNow.adult) || statesAdultAge(padded, adultAge)) return 'adult';
  return null;
}
