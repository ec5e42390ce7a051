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
/** …and after a clause about the adult ("Grandmother, who has a special guardianship order, found…"). */
const AFTER_WHO_WINDOW = 10;
/** How far after a report an "and …" act is still the reporter's ("her tutor heard she was upset and hugged her"). */
const JOINED_ACT_WINDOW = 8;
/** How far before an adult an act may come and still take them in ("sleeping over at a grown man's flat"). */
const ACT_BEFORE_WINDOW = 4;
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
  devices: Phrase[];
  seen: Phrase[];
  pretend: Phrase[];
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

function phraseAt(words: readonly string[], at: number, phrase: Phrase, forgiveSwap: boolean): boolean {
  if (at < 0 || at + phrase.length > words.length) return false;
  if (phrase.length === 1 && forgiveSwap) return words[at] === phrase[0] || swapsTwoLetters(words[at]!, phrase[0]!);
  return phrase.every((w, k) => words[at + k] === w);
}

/** Every place a cue phrase occurs, longest first; a phrase inside a longer one ("carer" in "foster carer") is not another. */
function spansOf(words: readonly string[], list: readonly Phrase[], forgiveSwap = false): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < words.length; at++) {
    const longest = list.filter((p) => phraseAt(words, at, p, forgiveSwap)).reduce((n, p) => Math.max(n, p.length), 0);
    if (!longest) continue;
    spans.push({ start: at, end: at + longest });
    at += longest - 1;
  }
  return spans;
}

const longestAt = (words: readonly string[], at: number, list: readonly Phrase[]) => list.reduce((n, p) => (phraseAt(words, at, p, false) ? Math.max(n, p.length) : n), 0);
const startsAny = (words: readonly string[], at: number, list: readonly Phrase[]) => list.some((p) => phraseAt(words, at, p, false));
const endsAny = (words: readonly string[], end: number, list: readonly Phrase[]) => list.some((p) => phraseAt(words, end - p.length, p, false));

/** The last word of a joiner that starts a clause of its own ("and has been"), after which an -ing act is the adult's. */
const AUXILIARY = /^(?:been|is|was|are|were)$/;

/**
 * "…and kissed her": a joiner then an act, anywhere after `from`. Not "…and showing his bottom": after "saw him
 * pulling his trousers down", an -ing act goes on with what the child was seen doing, unless a joiner such as
 * "and has been" makes it a new clause ("…and has been texting the girl").
 */
function joinedActAfter(words: readonly string[], from: number, cues: Cues): boolean {
  // "KW noticed he puts his hand down his nappy and rubs…": after a clause with its own subject, a joined act is that
  // subject's, unless it is done to someone ("her tutor heard she was upset and hugged her").
  const ownSubject = SUBJECT.test(words[from] ?? '');
  const act = (at: number, joiner: Phrase) =>
    cues.acts.some(
      (p) =>
        phraseAt(words, at, p, false) &&
        (!p[0]!.endsWith('ing') || AUXILIARY.test(joiner[joiner.length - 1]!)) &&
        (!ownSubject || OBJECT_PRONOUN.test(words[at + p.length] ?? '') || p.length > 1),
    );
  for (let at = from; at < words.length; at++) {
    // A joiner that opens a clause of its own ("and has been texting the girl") may come late; a bare "and" must not.
    const near = at < from + JOINED_ACT_WINDOW;
    if (cues.joiners.some((j) => (near || AUXILIARY.test(j[j.length - 1]!)) && phraseAt(words, at, j, false) && act(at + j.length, j))) return true;
  }
  return false;
}

/** A phrase of `list` at `at`, or after at most REPORTED_TO_GAP filler words ("told her form tutor", "took the phone"). */
function startsAfterFillers(words: readonly string[], at: number, list: readonly Phrase[], cues: Cues): boolean {
  for (let gap = 0; gap <= REPORTED_TO_GAP; gap++) {
    if (startsAny(words, at + gap, list)) return true;
    if (!cues.fillers.has(words[at + gap] ?? '')) return false;
  }
  return false;
}

/** "the babysitter told mum he…": a "told" word, then another adult, is one adult telling another. */
function toldAnAdult(words: readonly string[], at: number, cues: Cues): boolean {
  const told = cues.reportedTo.find((p) => phraseAt(words, at, p, false));
  return told !== undefined && startsAfterFillers(words, at + told.length, cues.adult, cues);
}

/**
 * The adult found, heard, reported or was told ("dad found…", "the coach heard…", "told her teacher…"), and did
 * not act ("the coach touched him and said…", "her tutor heard she was upset and hugged her").
 */
function isReporter(words: readonly string[], span: Span, cues: Cues): boolean {
  if (wasTold(words, span, cues)) return true;
  const window = WHO.test(words[span.end] ?? '') ? AFTER_WHO_WINDOW : REPORTED_BY_WINDOW;
  for (let at = span.end; at < Math.min(words.length, span.end + window); at++) {
    // The longer phrase decides: "took his phone" reports, "took him" acts; so does what is taken ("grabbed his tablet").
    const act = longestAt(words, at, cues.acts);
    const takesADevice = act > 0 && startsAfterFillers(words, at + act, cues.devices, cues);
    const report = takesADevice ? act : longestAt(words, at, cues.reportedBy);
    if (act && !takesADevice && act >= report) return false;
    if (startsAny(words, at, cues.seen) && placesTheAdult(words.slice(span.end, at))) return false;
    // "a man who says he's a model scout", "a man who she says is her boyfriend": a clause about the adult, not a report;
    // "older men, she says they…": someone else's report.
    if (report && (aboutThemselves(words, at, report) || someoneElseReports(words, span, at))) continue;
    const reports = report > 0 || toldAnAdult(words, at, cues);
    // "sleeping over at a grown man's flat, he says…": an act just before the adult makes them part of it.
    if (reports && at > span.end && actJustBefore(words, span, cues)) return false;
    if (reports) return !joinedActAfter(words, at + Math.max(report, 1), cues);
  }
  return false;
}

/**
 * What may sit between an adult and "was seen…" for the adult still to be the one seen: nothing, "who", or a short
 * place ("an adult male at the property was observed…"); not another clause ("police called, her 16yo was seen…").
 */
function placesTheAdult(between: readonly string[]): boolean {
  return between.length === 0 || (between.length === 1 && between[0] === 'who') || (between.length <= 3 && /^(?:at|in|on|from)$/.test(between[0]!));
}

/** Subjects of a clause in which someone speaks of the adult or of themselves. */
const SUBJECT = /^(?:he|hes|hed|she|shes|shed|they|theyre|theyd|i|im|yp|cyp)$/;
const OBJECT_PRONOUN = /^(?:her|him|them|me|us)$/;

/** "a man who says he's 17", "a man who she says is her boyfriend": not "mum, who found the messages". */
function aboutThemselves(words: readonly string[], at: number, report: number): boolean {
  if (words[at - 1] === 'who') return SUBJECT.test(words[at + report] ?? '');
  return words[at - 2] === 'who' && SUBJECT.test(words[at - 1] ?? '');
}

/** "older men, she says they…": a subject of its own between the adult and the verb (not "grandad called, he found"). */
const someoneElseReports = (words: readonly string[], span: Span, at: number): boolean => at - 1 === span.end && SUBJECT.test(words[at - 1]!);

const WHO = /^(?:who|whod|whos|whove)$/;
/** Words that start another clause or name someone else's: not part of the adult's title ("told by CYP that her friend's dad…"). */
const CLAUSE = /^(?:that|and|who|which|when|her|his|their|my|she|he|they)$/;

/**
 * "told her teacher he touched her": the adult told is the one who hears, whatever follows. After "…by" any words
 * may come between ("reported by the lollipop lady", "spotted by the room leader"); after others only fillers.
 */
function wasTold(words: readonly string[], span: Span, cues: Cues): boolean {
  let fillersOnly = true;
  for (let gap = 0; gap <= REPORTED_TO_GAP; gap++) {
    const between = words[span.start - gap] ?? '';
    if (gap > 0) fillersOnly &&= cues.fillers.has(between);
    if (gap > 0 && !fillersOnly && CLAUSE.test(between)) return false;
    const told = cues.reportedTo.find((p) => phraseAt(words, span.start - gap - p.length, p, false));
    if (told && (fillersOnly || told[told.length - 1] === 'by')) return true;
  }
  return false;
}

/** An act within a few words before the adult ("sent pics to a man", "sleeping over at a man's flat"). */
const actJustBefore = (words: readonly string[], span: Span, cues: Cues): boolean =>
  spansOf(words.slice(Math.max(0, span.start - ACT_BEFORE_WINDOW), span.start), cues.acts).length > 0;

/** "adult films", "adult dating sites": a thing, not a person; but "stepdad films her" is an act, whose object follows. */
function isAdultThing(words: readonly string[], span: Span, cues: Cues): boolean {
  if (!startsAny(words, span.end, cues.things)) return false;
  return !(startsAny(words, span.end, cues.acts) && OBJECT.test(words[span.end + 1] ?? ''));
}
const OBJECT = /^(?:her|him|them|me|us|the)$/;

/** "pictures of naked women", "a drawing she did of a man": what a child looked at or made, not a person there. */
function isPictured(words: readonly string[], span: Span, cues: Cues): boolean {
  for (let of = span.start - 1; of >= Math.max(1, span.start - 3); of--) {
    if (words[of] !== 'of') continue;
    for (let at = of - 1; at >= Math.max(0, of - 3); at--) if (startsAny(words, at, cues.things)) return true;
    return false;
  }
  return false;
}

const JOIN = /^(?:and|n|or)$/;
const ARTICLE = /^(?:a|an|the)$/;

/** "pretending to be daddy", "being mum", "talks like an adult": a role played or compared with, not a person there. */
function isPlayed(words: readonly string[], span: Span, cues: Cues): boolean {
  const before = ARTICLE.test(words[span.start - 1] ?? '') ? span.start - 1 : span.start;
  return endsAny(words, before, cues.pretend);
}

/** "his 11 year old neighbour", "her ex boyfriend (16)", "staff her age": a role word given a child's age is a child. */
function givenChildAge(words: readonly string[], span: Span, adultAge: number): boolean {
  const before = words.slice(Math.max(0, span.start - 3), span.start).join(' ');
  const age = / ?(\d{1,2}) ?(?:year old|years old|yr old|yrs old|yo)$/.exec(before)?.[1] ?? ageAfter(words, span);
  return (age !== undefined && Number(age) < adultAge) || /^(?:his|her|their|my|the same) age\b/.test(words.slice(span.end, span.end + 3).join(' '));
}

/** An age right after a mention: "(16)", "aged 19", "who is 24". */
function ageAfter(words: readonly string[], span: Span): number | undefined {
  const age = /^(?:(?:aged|whos|who is) )?(\d{1,2})\b/.exec(words.slice(span.end, span.end + 3).join(' '))?.[1];
  return age === undefined ? undefined : Number(age);
}

/** Adults named in the text: role words (not "adult dating apps", "pictures of women" or "his 11 year old neighbour"), and an adult's relations ("mum's new mate"). */
function adultMentions(words: readonly string[], cues: Cues, adultAge: number): Span[] {
  const pictured: Span[] = [];
  // "a drawing of a naked man and woman", "pretending to be the nurse and the doctor": a role joined by "and" to one
  // pictured or played is so too.
  const joinedTo = (s: Span) => pictured.some((p) => (p.end === s.start - 1 && JOIN.test(words[p.end]!)) || (p.end === s.start - 2 && JOIN.test(words[p.end]!) && ARTICLE.test(words[p.end + 1]!)));
  const inPicture = (s: Span) => isPictured(words, s, cues) || isPlayed(words, s, cues) || joinedTo(s);
  const roles = spansOf(words, cues.adult, true).filter((s) => {
    if (!inPicture(s)) return !isAdultThing(words, s, cues) && !givenChildAge(words, s, adultAge);
    pictured.push(s);
    return false;
  });
  const relationAfter = (s: Span): Span | null => {
    if (startsAny(words, s.end, cues.relations)) return { start: s.start, end: s.end + 1 };
    if (cues.relationFillers.has(words[s.end] ?? '') && startsAny(words, s.end + 1, cues.relations)) return { start: s.start, end: s.end + 2 };
    return null;
  };
  const possessives = spansOf(words, cues.possessiveAdult).map(relationAfter);
  // "bro's mate (20)", "her cousin who is 24": a relation given an adult's age.
  const agedRelations = spansOf(words, cues.relations).filter((s) => (ageAfter(words, s) ?? 0) >= adultAge);
  return [...roles, ...possessives.filter((s): s is Span => s !== null), ...agedRelations];
}

/** A disclosure outranks an adult: "told me her uncle…" is both, and the disclosure steps come first. */
export function actNowCue(vocabulary: Vocabulary | undefined, query: string, adultAge: number): ActNowCue | null {
  if (!vocabulary) return null;
  const cues = cuesFor(vocabulary);
  const words = normalise(query).split(' ').filter(Boolean);
  const mentions = adultMentions(words, cues, adultAge);
  const reporters = mentions.filter((m) => isReporter(words, m, cues));
  // "mum says he touches…": what an adult reports is not the child telling; but what follows an adult who was told
  // is ("told her teacher he touched me").
  const tellers = reporters.filter((r) => !wasTold(words, r, cues));
  const reported = (s: Span) => tellers.some((r) => s.start >= r.end && s.start < r.end + REPORTED_BY_WINDOW);
  if (spansOf(words, cues.disclosure, true).some((s) => !reported(s))) return 'disclosure';
  if (mentions.some((m) => !reporters.includes(m)) || statesAdultAge(query, adultAge)) return 'adult';
  return null;
}
