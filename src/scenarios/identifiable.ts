/**
 * Looks for what could identify a real person in a trainer's scenario text: e-mail addresses, UK phone numbers,
 * dates of birth and likely personal names. Pure, so it is tested without a DOM. It is a prompt to check, not a
 * guarantee: a name at the start of a sentence, or one that is also an everyday word, can slip through.
 */

export type FindingKind = 'email' | 'phone' | 'dob' | 'name';

export interface Finding {
  kind: FindingKind;
  /** The text as found, so the trainer can see exactly what to change. */
  text: string;
  index: number;
}

/** E-mails, phone numbers and dates of birth stop a save; a possible name asks the trainer to confirm it is made up. */
export const BLOCKING: readonly FindingKind[] = ['email', 'phone', 'dob'];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A run that starts like a UK number (+44, or 0) and goes on in digits, spaces, hyphens, dots or brackets. */
const PHONE_RUN = /(?:\+\s?44|\(?0)[\d\s().-]{7,}\d/g;

/** Landlines (01, 02, 03) and mobiles (07) have 10 or 11 digits after the 0; +44 drops the 0 (a bracketed (0) may stay). */
function isUkPhone(run: string): boolean {
  let digits = run.replace(/\D/g, '');
  if (run.trim().startsWith('+')) {
    digits = digits.slice(2);
    if (digits.startsWith('0')) digits = digits.slice(1);
    return /^[1237]\d{8,9}$/.test(digits);
  }
  return /^0[1237]\d{8,9}$/.test(digits);
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy */
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g;
/** "3 March 2012", "3rd of March 2012", "March 3, 2012" */
const WRITTEN_DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`, 'gi');
/** "born 3 March", "born on the 3rd of March" (a year alone, "born in 2012", identifies no one). */
const BORN_ON = new RegExp(`\\bborn\\s+(?:on\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'gi');
const DOB_WORDS = /\b(?:D\.?O\.?B\.?|date of birth|birth ?date|birthday is)\b/gi;

/**
 * Capitalised words that are not names: the pronoun I, days, months, places and services a vignette may name,
 * family words and school words. Small on purpose: a false alarm costs one tick, a missed name costs more.
 */
const COMMON = new Set(
  [
    'i', 'mum', 'mummy', 'dad', 'daddy', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'auntie', 'uncle', 'mr', 'mrs', 'ms', 'miss', 'sir',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'halloween', 'ramadan', 'eid', 'diwali',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'year', 'reception', 'nursery', 'school', 'college', 'academy', 'primary', 'secondary', 'pe', 'pshe', 'rshe', 'sen', 'send', 'ehcp', 'dsl', 'lado',
    'english', 'british', 'welsh', 'scottish', 'irish', 'england', 'wales', 'scotland', 'ireland', 'uk', 'britain', 'europe', 'muslim', 'christian', 'jewish', 'sikh', 'hindu', 'lgbtq',
    'internet', 'online', 'wifi', 'snapchat', 'instagram', 'tiktok', 'whatsapp', 'youtube', 'facebook', 'discord', 'roblox', 'minecraft', 'fortnite', 'xbox', 'playstation', 'google', 'ipad', 'iphone', 'android', 'airdrop', 'telegram', 'twitch', 'reddit', 'x',
    'police', 'outcome', 'urgent', 'nhs', 'nspcc', 'childline', 'ceop', 'camhs', 'gp', 'a&e', 'brook', 'hackett', 'aim', 'ofsted', 'kcsie',
    'he', 'she', 'they', 'we', 'you', 'it', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'ok', 'okay', 'no', 'yes',
  ],
);

/** "a boy called jake": after one of these and "called" or "named", even a lower-case word is taken as a name ("is called banter" is not). */
const PERSON_WORDS = new Set(['boy', 'girl', 'child', 'kid', 'friend', 'brother', 'sister', 'cousin', 'pupil', 'student', 'son', 'daughter', 'teenager', 'man', 'woman', 'person', 'baby', 'toddler', 'neighbour', 'classmate', 'someone', 'somebody', 'stepbrother', 'stepsister']);

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** True when only spaces, opening quotes or brackets stand between a sentence end (or the start) and the word. */
function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s"“‘'([*•-]+$/u, '');
  return before === '' || /[.!?:;\n]$/.test(before) || /\n\s*$/.test(text.slice(0, index));
}

function likelyNames(text: string): Finding[] {
  const out: Finding[] = [];
  const words = [...text.matchAll(WORD)];
  words.forEach((m, i) => {
    const word = m[0].replace(/['’]s$/u, '');
    const index = m.index;
    const previous = words[i - 1]?.[0].toLowerCase();
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
    const acronym = /^\p{Lu}+$/u.test(word);
    // "called May" is a name even though May is also a month; "a girl called jess" even in lower case.
    const afterCalled = (previous === 'called' || previous === 'named') && (capitalised || PERSON_WORDS.has(words[i - 2]?.[0].toLowerCase() ?? ''));
    if (afterCalled || (capitalised && !acronym && !COMMON.has(word.toLowerCase()) && !startsSentence(text, index))) {
      out.push({ kind: 'name', text: word, index });
    }
  });
  return out;
}

function collect(text: string, pattern: RegExp, kind: FindingKind, keep: (s: string) => boolean = () => true): Finding[] {
  return [...text.matchAll(pattern)].filter((m) => keep(m[0])).map((m) => ({ kind, text: m[0].trim(), index: m.index }));
}

/** Every finding in one text, in order; overlapping matches of one kind (a date inside "born on ...") are reported once. */
export function scanText(text: string): Finding[] {
  const emails = collect(text, EMAIL, 'email');
  const inEmail = (i: number) => emails.some((e) => i >= e.index && i < e.index + e.text.length);
  const dates = [...collect(text, BORN_ON, 'dob'), ...collect(text, WRITTEN_DATE, 'dob'), ...collect(text, NUMERIC_DATE, 'dob'), ...collect(text, DOB_WORDS, 'dob')];
  const inDate = (i: number) => dates.some((d) => i >= d.index && i < d.index + d.text.length);
  const phones = collect(text, PHONE_RUN, 'phone', isUkPhone).filter((p) => !inDate(p.index));
  const names = likelyNames(text).filter((n) => !inEmail(n.index) && !inDate(n.index));
  const all = [...emails, ...phones, ...dates, ...names].sort((a, b) => a.index - b.index);
  return all.filter((f, i) => !all.slice(0, i).some((g) => g.kind === f.kind && f.index >= g.index && f.index < g.index + g.text.length));
}

export interface FieldFindings {
  field: string;
  findings: Finding[];
}

/** Scans each named field; only fields with something found are returned. */
export function scanFields(fields: Readonly<Record<string, string>>): FieldFindings[] {
  return Object.entries(fields)
    .map(([field, text]) => ({ field, findings: scanText(text) }))
    .filter((f) => f.findings.length > 0);
}

export const isBlocking = (f: Finding): boolean => BLOCKING.includes(f.kind);
