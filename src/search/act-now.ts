/** Spots a query that sounds like an adult's involvement or a child's disclosure, from the pack's own cue words. */
import type { Vocabulary } from '../content/schema';
import { statesAdultAge } from './stated-ages';
import { normalise } from './text';

export type ActNowCue = 'adult' | 'disclosure';

/** "nieghbour" for "neighbour": the commonest slip in a word typed fast, and the only one allowed here, since a
 * looser match would turn "strange" into "stranger". */
function swapsTwoLetters(word: string, cue: string): boolean {
  if (word.length !== cue.length || word.length < 5 || word === cue) return false;
  const i = [...word].findIndex((c, k) => c !== cue[k]);
  return word[i] === cue[i + 1] && word[i + 1] === cue[i] && word.slice(i + 2) === cue.slice(i + 2);
}

/** A disclosure outranks an adult: "told me her uncle…" is both, and the disclosure steps come first. */
export function actNowCue(vocabulary: Vocabulary | undefined, query: string, adultAge: number): ActNowCue | null {
  if (!vocabulary) return null;
  const padded = ` ${normalise(query)} `;
  const words = padded.trim().split(' ');
  const said = (cues: readonly string[]) =>
    cues.some((raw) => {
      const cue = normalise(raw);
      return padded.includes(` ${cue} `) || (!cue.includes(' ') && words.some((w) => swapsTwoLetters(w, cue)));
    });
  if (said(vocabulary.actNow.disclosure)) return 'disclosure';
  if (said(vocabulary.actNow.adult) || statesAdultAge(query, adultAge)) return 'adult';
  return null;
}
