/**
 * Spots a description that sounds like an adult acting on the child, or a child's disclosure, from the pack's own cue
 * words. An adult who only found, heard or was told ("mum found…", "told her teacher") is the reporter, not the
 * actor, and brings no prompt; an adult's relation ("her mum's mate") and a stated adult age ("he's 24") do.
 */
import type { Vocabulary } from '../content/schema';
import { statesAdultAge } from './stated-ages';
import { normalise } from './text';

export type ActNowCue = 'adult' | 'disclosure';

/** How far after an adult a reporting verb may come ("her manager at work found…"). */
const REPORTED_BY_WINDOW = 5;
/** How many words may sit between a "told" word and the adult it names ("told her form tutor"). */
const REPORTED_TO_GAP = 2;

type Phrase = readonly string[];
interface Span {
  start: number;
  end: number;
}
interface Cues {
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
}

const phrases = (list: readonly string[]): Phrase[] => list.map((c) => normalise(c).split(' ').filter(Boolean)).filter((p) => p.length > 0);
const cueCache = new WeakMap<Vocabulary, Cues>();

/** Cue lists split into words once per pack, since this runs on every keystroke. */
function cuesFor(vocabulary: Vocabulary): Cues {
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

function phraseAt(words: readonly string[], at: number, phrase: Phrase, forgiveSwap: boolean): boolean {
  if (at < 0 || at + phrase.length > words.length) return false;
  if (phrase.length === 1 && forgiveSwap) return words[at] === phrase[0] || swapsTwoLetters(words[at]!, phrase[0]!);
  return phrase.every((w, k) => words[at + k] === w);
}

/** Every place a cue phrase occurs, longest phrase first at each place. */
function spansOf(words: readonly string[], list: readonly Phrase[], forgiveSwap = false): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < words.length; at++) {
    const longest = list.filter((p) => phraseAt(words, at, p, forgiveSwap)).reduce((n, p) => Math.max(n, p.length), 0);
    if (longest) spans.push({ start: at, end: at + longest });
  }
  return spans;
}

const startsAny = (words: readonly string[], at: number, list: readonly Phrase[]) => list.some((p) => phraseAt(words, at, p, false));
const endsAny = (words: readonly string[], end: number, list: readonly Phrase[]) => list.some((p) => phraseAt(words, end - p.length, p, false));

/** "…and kissed her": a joiner then an act, anywhere after `from`. */
function joinedActAfter(words: readonly string[], from: number, cues: Cues): boolean {
  for (let at = from; at < words.length; at++) {
    const joiner = cues.joiners.find((j) => phraseAt(words, at, j, false));
    if (joiner && startsAny(words, at + joiner.length, cues.acts)) return true;
  }
  return false;
}

/**
 * The adult found, heard, reported or was told ("dad found…", "the coach heard…", "told her teacher…"), and did
 * not act ("the coach touched him and said…", "her tutor heard she was upset and hugged her").
 */
function isReporter(words: readonly string[], span: Span, cues: Cues): boolean {
  for (let at = span.end; at < Math.min(words.length, span.end + REPORTED_BY_WINDOW); at++) {
    if (startsAny(words, at, cues.acts)) return false;
    if (startsAny(words, at, cues.reportedBy)) return !joinedActAfter(words, at + 1, cues);
  }
  for (let gap = 0; gap <= REPORTED_TO_GAP; gap++) {
    if (gap > 0 && !cues.fillers.has(words[span.start - gap] ?? '')) return false;
    if (endsAny(words, span.start - gap, cues.reportedTo)) return true;
  }
  return false;
}

/** Adults named in the text: role words (not "adult dating apps"), and an adult's relations ("mum's new mate"). */
function adultMentions(words: readonly string[], cues: Cues): Span[] {
  const roles = spansOf(words, cues.adult, true).filter((s) => !startsAny(words, s.end, cues.things));
  const relationAfter = (s: Span): Span | null => {
    if (startsAny(words, s.end, cues.relations)) return { start: s.start, end: s.end + 1 };
    if (cues.relationFillers.has(words[s.end] ?? '') && startsAny(words, s.end + 1, cues.relations)) return { start: s.start, end: s.end + 2 };
    return null;
  };
  const possessives = spansOf(words, cues.possessiveAdult).map(relationAfter);
  return [...roles, ...possessives.filter((s): s is Span => s !== null)];
}

/** A disclosure outranks an adult: "told me her uncle…" is both, and the disclosure steps come first. */
export function actNowCue(vocabulary: Vocabulary | undefined, query: string, adultAge: number): ActNowCue | null {
  if (!vocabulary) return null;
  const cues = cuesFor(vocabulary);
  const words = normalise(query).split(' ').filter(Boolean);
  const mentions = adultMentions(words, cues);
  const reporters = mentions.filter((m) => isReporter(words, m, cues));
  // "mum says he touches…": what an adult reports is not the child telling.
  const reported = (s: Span) => reporters.some((r) => s.start >= r.end && s.start < r.end + REPORTED_BY_WINDOW);
  if (spansOf(words, cues.disclosure, true).some((s) => !reported(s))) return 'disclosure';
  if (mentions.some((m) => !reporters.includes(m)) || statesAdultAge(query, adultAge)) return 'adult';
  return null;
}
