/**
 * The act-now cue lists of a pack (vocabulary.actNow), split into words once, and the phrase matching the act-now
 * rules share. Pure.
 */
import type { Vocabulary } from '../content/schema';
import { normalise } from './text';

export type Phrase = readonly string[];
export interface Span {
  start: number;
  end: number;
}
export interface Cues {
  adult: Phrase[];
  possessiveAdult: Phrase[];
  disclosure: Phrase[];
  relations: Phrase[];
  relationFillers: Set<string>;
  reportedBy: Phrase[];
  reportedTo: Phrase[];
  fillers: Set<string>;
  acts: Phrase[];
  joiners: Phrase[];
  things: Phrase[];
  devices: Phrase[];
  seen: Phrase[];
  pretend: Phrase[];
}

const phrases = (list: readonly string[]): Phrase[] => list.map((c) => normalise(c).split(' ').filter(Boolean)).filter((p) => p.length > 0);
const cueCache = new WeakMap<Vocabulary, Cues>();

/** Cue lists split into words once per pack, since this runs on every keystroke. */
export function cuesFor(vocabulary: Vocabulary): Cues {
  let cues = cueCache.get(vocabulary);
  if (!cues) {
    const v = vocabulary.actNow;
    const adult = phrases(v.adult);
    cues = {
      adult,
      // "mums", "foster carers": the possessive, as normalising leaves it once the apostrophe is gone.
      possessiveAdult: adult.map((p) => [...p.slice(0, -1), `${p[p.length - 1]}s`]),
      disclosure: phrases(v.disclosure),
      relations: phrases(v.relations),
      relationFillers: new Set(phrases(v.relationFillers).flat()),
      reportedBy: phrases(v.reportedBy),
      reportedTo: phrases(v.reportedTo),
      fillers: new Set(phrases(v.reportedToFillers).flat()),
      acts: phrases(v.acts),
      joiners: phrases(v.joiners),
      things: phrases(v.things),
      devices: phrases(v.devices),
      seen: phrases(v.seen),
      pretend: phrases(v.pretend),
    };
    cueCache.set(vocabulary, cues);
  }
  return cues;
}

/** "nieghbour" for "neighbour": the commonest slip in a word typed fast, and the only one allowed here, since a
 * looser match would turn "strange" into "stranger". */
function swapsTwoLetters(word: string, cue: string): boolean {
  if (word.length !== cue.length || word.length < 5 || word === cue) return false;
  const i = [...word].findIndex((c, k) => c !== cue[k]);
  return word[i] === cue[i + 1] && word[i + 1] === cue[i] && word.slice(i + 2) === cue.slice(i + 2);
}

export function phraseAt(words: readonly string[], at: number, phrase: Phrase, forgiveSwap: boolean): boolean {
  if (at < 0 || at + phrase.length > words.length) return false;
  if (phrase.length === 1 && forgiveSwap) return words[at] === phrase[0] || swapsTwoLetters(words[at]!, phrase[0]!);
  return phrase.every((w, k) => words[at + k] === w);
}

/** Every place a cue phrase occurs, longest first; a phrase inside a longer one ("carer" in "foster carer") is not another. */
export function spansOf(words: readonly string[], list: readonly Phrase[], forgiveSwap = false): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < words.length; at++) {
    const longest = list.filter((p) => phraseAt(words, at, p, forgiveSwap)).reduce((n, p) => Math.max(n, p.length), 0);
    if (!longest) continue;
    spans.push({ start: at, end: at + longest });
    at += longest - 1;
  }
  return spans;
}

export const longestAt = (words: readonly string[], at: number, list: readonly Phrase[]) => list.reduce((n, p) => (phraseAt(words, at, p, false) ? Math.max(n, p.length) : n), 0);
export const startsAny = (words: readonly string[], at: number, list: readonly Phrase[]) => list.some((p) => phraseAt(words, at, p, false));
export const endsAny = (words: readonly string[], end: number, list: readonly Phrase[]) => list.some((p) => phraseAt(words, end - p.length, p, false));
