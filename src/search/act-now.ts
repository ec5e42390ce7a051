/** Spots a query that sounds like an adult's involvement or a child's disclosure, from the pack's own cue words. */
import type { Vocabulary } from '../content/schema';
import { normalise } from './text';

export type ActNowCue = 'adult' | 'disclosure';

/** A disclosure outranks an adult: "told me her uncle…" is both, and the disclosure steps come first. */
export function actNowCue(vocabulary: Vocabulary | undefined, query: string): ActNowCue | null {
  if (!vocabulary) return null;
  const padded = ` ${normalise(query)} `;
  const said = (cues: readonly string[]) => cues.some((cue) => padded.includes(` ${normalise(cue)} `));
  if (said(vocabulary.actNow.disclosure)) return 'disclosure';
  if (said(vocabulary.actNow.adult)) return 'adult';
  return null;
}
