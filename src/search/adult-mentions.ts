/**
 * Who in a description is an adult: role words and an adult's relations, but not a thing ("adult films"), a person
 * pictured, played or compared with ("a drawing of a man", "pretending to be daddy"), or a role given a child's age.
 */
import { endsAny, spansOf, startsAny, type Cues, type Span } from './act-now-cues';

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
export function adultMentions(words: readonly string[], cues: Cues, adultAge: number): Span[] {
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
