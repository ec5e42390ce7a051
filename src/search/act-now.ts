/**
 * Spots a description that sounds like an adult acting on the child, or a child's disclosure, from the pack's own cue
 * words. An adult who only found, heard or was told ("mum found…", "told her teacher") is the reporter, not the
 * actor, and brings no prompt; an adult's relation ("her mum's mate") and a stated adult age ("he's 24") do.
 */
import type { Vocabulary } from '../content/schema';
import { cuesFor, longestAt, phraseAt, spansOf, startsAny, type Cues, type Phrase, type Span } from './act-now-cues';
import { adultMentions } from './adult-mentions';
import { statesAdultAge } from './stated-ages';
import { normalise } from './text';

export type ActNowCue = 'adult' | 'disclosure';

/** How far after an adult a reporting verb may come ("her manager at work found…"). */
const REPORTED_BY_WINDOW = 5;
/** …and after a clause about the adult ("Key worker, who had only just started in the preschool room and was unsure, saw…"). */
const AFTER_WHO_WINDOW = 16;
/** How many words may sit between "…by" and the adult it names ("told by a Year 6 girl's mum"). */
const BY_GAP = 4;
/** How far after a report an "and …" act is still the reporter's ("her tutor heard she was upset and hugged her"). */
const JOINED_ACT_WINDOW = 8;
/** How far before an adult an act may come and still take them in ("sleeping over at a grown man's flat"). */
const ACT_BEFORE_WINDOW = 4;
/** How many words may sit between a "told" word and the adult it names ("told her form tutor"). */
const REPORTED_TO_GAP = 2;

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

/**
 * "older men, she says they…", "…who stays at weekends has been sneaking in, and she says…": a subject of its own right
 * before the verb, next to the adult or past the usual window (not "grandad called, he found").
 */
const someoneElseReports = (words: readonly string[], span: Span, at: number): boolean =>
  (at - 1 === span.end || at - span.end > REPORTED_BY_WINDOW) && SUBJECT.test(words[at - 1]!);

const WHO = /^(?:who|whod|whos|whove)$/;
/** Words that start another clause or name someone else's: not part of the adult's title ("told by CYP that her friend's dad…"). */
const CLAUSE = /^(?:that|and|who|which|when|her|his|their|my|she|he|they)$/;

/**
 * "told her teacher he touched her": the adult told is the one who hears, whatever follows. After "…by" any words
 * may come between ("reported by the lollipop lady", "spotted by the room leader"); after others only fillers.
 */
function wasTold(words: readonly string[], span: Span, cues: Cues): boolean {
  let fillersOnly = true;
  for (let gap = 0; gap <= BY_GAP; gap++) {
    const between = words[span.start - gap] ?? '';
    if (gap > 0) fillersOnly &&= cues.fillers.has(between) && gap <= REPORTED_TO_GAP;
    if (gap > 0 && !fillersOnly && CLAUSE.test(between)) return false;
    const told = cues.reportedTo.find((p) => phraseAt(words, span.start - gap - p.length, p, false));
    if (told && (fillersOnly || told[told.length - 1] === 'by')) return true;
  }
  return false;
}

/** An act within a few words before the adult ("sent pics to a man", "sleeping over at a man's flat"). */
const actJustBefore = (words: readonly string[], span: Span, cues: Cues): boolean =>
  spansOf(words.slice(Math.max(0, span.start - ACT_BEFORE_WINDOW), span.start), cues.acts).length > 0;

/** "DSL:", "RCW shift log:", "Mum rang:": a note's label names who writes or reports, never who acts. */
const withoutLabel = (query: string): string => query.replace(/^\s*[^:.!?]{1,30}:\s+(?=\S)/, (label) => (label.trim().split(/\s+/).length <= 4 ? '' : label));

/** A disclosure outranks an adult: "told me her uncle…" is both, and the disclosure steps come first. */
export function actNowCue(vocabulary: Vocabulary | undefined, query: string, adultAge: number): ActNowCue | null {
  if (!vocabulary) return null;
  const cues = cuesFor(vocabulary);
  const words = normalise(withoutLabel(query)).split(' ').filter(Boolean);
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
