/**
 * Ages people state inside a description ("a 3 year old", "aged 19", "in his 20s", "a Year 8 girl"), and the
 * pack's words for what they mean beside the child's own age: a much younger child, a much older one, an adult.
 * Numbers carry no meaning to the ranked search by themselves, so this is how "touching a 3 year old" finds the
 * behaviour about younger children. Pure; the words, the gap and the school-year offset are pack data.
 */
import type { Vocabulary } from '../content/schema';
import { normalise } from './text';

/** (The space after is looked at, not taken, so two ages in a row are both read.) "a 25 year old", "6 year olds", "25yo", "aged 19", "her boyfriend is 21", "turns out hes 27", "hes about 30", "they are 33", "like 25ish", "30-odd", "a guy of 21". */
const YEARS_OLD = / (?:(\d{1,2}) ?(?:year old|years old|yr old|yrs old|yo|ish|odd)s?|(?:aged?|is|was|out to be|hes|shes|whos|thats|actually|really|they are|theyre)(?: about| around| like| maybe| roughly| nearly| almost| over| only)? (\d{1,2})|(?:guy|man|bloke|fella|lad|woman|girl|boy) of (\d{1,2}))(?= )/g;
/** "abt 25", "someone 18+", "twenty-something", "like 18 and 20": a rough age, but not a count ("about 20 pics", "like 10 of them"). */
const ROUGHLY = / (?:(?:abt|about|around|approx|roughly|like|maybe|prob|probably) (\d{1,2})(?! (?:\w+s|people|children|men|women|quid|pound|of|more|or|x|times|percent|p|k|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?= ))|(\d{1,2}) (?:plus|something|summat))(?= )/g;
const PERSON_PLUS = /\b((?:someone|somebody|anyone|person|guy|guys|man|men|bloke|lad|lads|he|she|they|is|hes|shes|whos|are|aged)\s+\d{1,2})\s*\+/gi;
/** "in his 20s", "in her late 30s", "in his early twenties", "hes mid thirties". */
const DECADE = / (?:(?:his|her|their) (?:early |mid |late )?|(?:early|mid|late) )(?:([1-9])0s|(twenties|thirties|forties|fifties|sixties|seventies))(?= )/g;
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies'];
/** "a year 8 girl", "two year 10s": a school year, read as an age through the pack's offset. */
const SCHOOL_YEAR = / (?:year|yr|y) ?(\d{1,2})s? /g;

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = new RegExp(` (?:(${TENS.join('|')})(?: (${UNITS.join('|')}))?|(${TEENS.join('|')})) `, 'g');

/** "a nineteen year old", "twenty one": written-out numbers as digits, so every pattern below reads them. */
function digits(padded: string): string {
  const value = (tens?: string, unit?: string, teen?: string) =>
    teen ? TEENS.indexOf(teen) + 10 : (TENS.indexOf(tens!) + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
  // Twice, because neighbouring numbers share the space between them.
  const once = (s: string) => s.replace(NUMBER_WORD, (_, tens?: string, unit?: string, teen?: string) => ` ${value(tens, unit, teen)} `);
  return once(once(padded));
}

/** Every age the text states, school years included when the pack gives their offset. */
export function statedAges(text: string, schoolYearOffset?: number): number[] {
  // "someone 18+": the plus would be lost with the other punctuation. Only after a person: "an 18+ site" is a rating.
  const padded = digits(` ${normalise(text.replace(PERSON_PLUS, '$1 plus '))} `);
  const exact = [...padded.matchAll(YEARS_OLD)];
  const ages = exact.map((m) => Number(m[1] ?? m[2] ?? m[3]));
  // "hes about 30" is read once, by the pattern above.
  const ends = new Set(exact.map((m) => m.index + m[0].length));
  for (const m of padded.matchAll(ROUGHLY)) if (!ends.has(m.index + m[0].length)) ages.push(Number(m[1] ?? m[2]));
  for (const m of padded.matchAll(DECADE)) ages.push(m[1] ? Number(m[1]) * 10 : (DECADE_WORDS.indexOf(m[2]!) + 2) * 10);
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
