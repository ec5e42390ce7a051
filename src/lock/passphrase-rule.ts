/**
 * The passphrase rule, pure: at least 12 characters (or a strong rating), and not a common password in disguise —
 * a listed one with digits or symbols around it, spaced out, repeated, or with look-alike characters (p@ssw0rd).
 */
export const MIN_PASSPHRASE_LENGTH = 12;

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';
export type PassphraseProblem = 'too-short' | 'common';
/** Lower-cased common passwords (public/data/common-passwords.json). */
export type CommonPasswords = ReadonlySet<string>;

const codePoints = (p: string) => [...p].length;

/** A hint shown while typing: length, variety and number of words. */
export function passphraseStrength(p: string): Strength {
  const length = codePoints(p);
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  const words = p.trim().split(/\s+/).filter(Boolean).length;
  if (length >= 16 || (words >= 4 && length >= 14) || (length >= 12 && kinds >= 3)) return 'strong';
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  return length >= 14 || words >= 3 ? 'fair' : 'weak';
}

/** What stops this passphrase being accepted, if anything. */
export function passphraseProblem(p: string, common: CommonPasswords): PassphraseProblem | null {
  if (codePoints(p) < MIN_PASSPHRASE_LENGTH && passphraseStrength(p) !== 'strong') return 'too-short';
  return isCommonPassword(p, common) ? 'common' : null;
}

/** Look-alikes for letters; 1 and | may stand for i or l, so both readings are tried. */
const LOOK_ALIKES = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '+': 't', '|': 'i' } as const;
const READINGS: readonly Readonly<Record<string, string>>[] = [LOOK_ALIKES, { ...LOOK_ALIKES, '1': 'l', '|': 'l' }];
const LETTER = /\p{L}/u;
/** A unit this short, repeated to fill the passphrase, is a pattern rather than words ("abcabcabcabc", "121212121212"). */
const SHORT_UNIT = 3;

const readAs = (s: string, reading: Readonly<Record<string, string>>) => [...s].map((c) => reading[c] ?? c).join('');
const repeatedUnit = (s: string) => /^(.+?)\1+$/su.exec(s)?.[1];
const longestEntry = new WeakMap<CommonPasswords, number>();

/** True when the passphrase is a listed password, perhaps cased, spaced, repeated, disguised or padded with digits and symbols. */
export function isCommonPassword(p: string, common: CommonPasswords): boolean {
  const lower = p.normalize('NFKC').toLowerCase().trim();
  if (!longestEntry.has(common)) longestEntry.set(common, Math.max(0, ...[...common].map(codePoints)));
  const longest = longestEntry.get(common)!;
  for (const variant of new Set([lower, lower.replace(/[\s._-]+/g, '')])) {
    for (const whole of new Set([variant, ...READINGS.map((r) => readAs(variant, r))])) {
      const unit = repeatedUnit(whole);
      if (unit && codePoints(unit) <= SHORT_UNIT) return true;
    }
    for (const window of paddedWindows([...variant], longest)) {
      for (const candidate of new Set([window, ...READINGS.map((r) => readAs(window, r))])) {
        if (common.has(candidate)) return true;
        const unit = repeatedUnit(candidate);
        if (unit && common.has(unit)) return true;
      }
    }
  }
  return false;
}

/**
 * The parts that could be "the word": from the first to the last letter, with any of the digits and symbols around
 * it. With no letter at all, any run of up to the longest entry's length (a listed number inside other digits).
 */
function* paddedWindows(chars: readonly string[], longest: number): Generator<string> {
  const first = chars.findIndex((c) => LETTER.test(c));
  if (first === -1) {
    for (let i = 0; i < chars.length; i++) for (let j = i + 1; j <= Math.min(chars.length, i + longest); j++) yield chars.slice(i, j).join('');
    return;
  }
  const last = chars.findLastIndex((c) => LETTER.test(c));
  for (let i = 0; i <= first; i++) for (let j = last + 1; j <= chars.length; j++) yield chars.slice(i, j).join('');
}
