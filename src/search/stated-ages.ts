/**
 * Ages people state inside a description ("a 3 year old", "aged 19", "in his 20s", "a Year 8 girl"), and the
 * pack's words for what they mean beside the child's own age: a much younger child, a much older one, an adult.
 * Numbers carry no meaning to the ranked search by themselves, so this is how "touching a 3 year old" finds the
 * behaviour about younger children. Pure; the words, the gap and the school-year offset are pack data.
 */
import type { Vocabulary } from '../content/schema';
import { normalise } from './text';

/** "a 25 year old", "6 year olds", "25yo", "aged 19", "her boyfriend is 21". */
const YEARS_OLD = / (?:(\d{1,2}) ?(?:year old|years old|yr old|yrs old|yo)s?|(?:aged?|is|was) (\d{1,2})) /g;
/** "in his 20s". */
const DECADE = / (?:his|her|their) ([1-9])0s /g;
/** "a year 8 girl", "two year 10s": a school year, read as an age through the pack's offset. */
const SCHOOL_YEAR = / (?:year|yr|y) ?(\d{1,2})s? /g;

/** Every age the text states, school years included when the pack gives their offset. */
export function statedAges(text: string, schoolYearOffset?: number): number[] {
  const padded = ` ${normalise(text)} `;
  const ages = [...padded.matchAll(YEARS_OLD)].map((m) => Number(m[1] ?? m[2]));
  for (const m of padded.matchAll(DECADE)) ages.push(Number(m[1]) * 10);
  if (schoolYearOffset !== undefined) for (const m of padded.matchAll(SCHOOL_YEAR)) ages.push(Number(m[1]) + schoolYearOffset);
  return ages;
}

/** Whether the text states an age at or over the adult age (school years never do). */
export function statesAdultAge(text: string, adultAge: number): boolean {
  return statedAges(text).some((age) => age >= adultAge);
}

/** The pack's words for the ages stated, against the child's age: they join the query as if typed. */
export function ageWords(vocabulary: Vocabulary | undefined, text: string, childAge: number | null, adultAge: number): string[] {
  const rule = vocabulary?.statedAges;
  if (!rule || childAge === null) return [];
  const words = new Set<string>();
  for (const age of statedAges(text, rule.schoolYearOffset)) {
    if (age >= adultAge) rule.adult.forEach((w) => words.add(w));
    else if (age <= childAge - rule.gap) rule.younger.forEach((w) => words.add(w));
    else if (age >= childAge + rule.gap) rule.older.forEach((w) => words.add(w));
  }
  return [...words];
}
