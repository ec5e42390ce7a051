// @vitest-environment node
/** The passphrase rule as a pure module, against the shipped common-password list (read from disk, not through the app's loader). */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCommonPassword, MIN_PASSPHRASE_LENGTH, passphraseProblem, passphraseStrength } from '../../src/lock/passphrase-rule';

const file = readFileSync('public/data/common-passwords.json', 'utf8');
const data = JSON.parse(file) as { source: string; licence: string; entries: string[] };
const shipped = new Set(data.entries);

describe('the shipped common-password list', () => {
  it('holds a few thousand lower-case entries, credits its source and licence, and stays small when gzipped', () => {
    expect(data.entries.length).toBeGreaterThanOrEqual(2000);
    expect(data.entries.length).toBeLessThanOrEqual(10_000);
    expect(data.entries.every((e) => e === e.toLowerCase() && e.length >= 4)).toBe(true);
    for (const word of ['password', 'qwerty', 'iloveyou', 'letmein', '123456789']) expect(shipped.has(word)).toBe(true);
    expect(data.source).toContain('@zxcvbn-ts/language-common');
    expect(data.licence).toMatch(/^MIT/);
    expect(gzipSync(file).length).toBeLessThan(25_000);
  });
});

describe('the passphrase rule', () => {
  it('refuses "password1234" although it has 12 characters', () => {
    expect('password1234'.length).toBe(MIN_PASSPHRASE_LENGTH);
    expect(passphraseProblem('password1234', shipped)).toBe('common');
  });

  it('sees through case, digits and symbols around a listed word, spacing, repeats and look-alike characters', () => {
    for (const p of ['PASSWORD1234', 'Password2024!', '2024password!!', 'pass word 1234', 'p@ssw0rd12345', 'P4SSW0RD!!!!', 'iloveyou!!!!', 'qwertyuiop12', 'passwordpassword', 'l3tm3in123456', '123456789012'])
      expect([p, passphraseProblem(p, shipped)]).toEqual([p, 'common']);
  });

  it('refuses a short unit repeated to fill the length', () => {
    for (const p of ['aaaaaaaaaaaa', 'abcabcabcabc', 'ha ha ha ha ha ha', '121212121212']) expect([p, isCommonPassword(p, new Set())]).toEqual([p, true]);
  });

  it('accepts several unrelated words, including ones that happen to be listed on their own', () => {
    expect(shipped.has('horse')).toBe(true);
    for (const p of ['correct horse battery staple', 'paper lantern river cloud', 'Monkey business at 7pm', 'two tabs passphrase', 'records passphrase'])
      expect([p, passphraseProblem(p, shipped)]).toEqual([p, null]);
  });

  it('needs at least 12 characters, or a strong rating', () => {
    expect(passphraseProblem('short', shipped)).toBe('too-short');
    expect(passphraseProblem('Tr0ub4dor&3', shipped)).toBe('too-short');
    expect(passphraseProblem('abcdefghijkl', new Set())).toBeNull();
    expect(passphraseProblem('quiet fjord', new Set())).toBe('too-short');
  });

  it('with no list (it failed to load), still applies the length rule and refuses nothing else', () => {
    expect(passphraseProblem('password1234', new Set())).toBeNull();
    expect(passphraseProblem('password', new Set())).toBe('too-short');
  });

  it('rates strength by length, variety and words', () => {
    expect(passphraseStrength('Abcdefg1!')).toBe('too-short');
    expect(passphraseStrength('abcdefghijkl')).toBe('weak');
    expect(passphraseStrength('two words here')).toBe('fair');
    expect(passphraseStrength('Abcdefghij1!')).toBe('strong');
    expect(passphraseStrength('four plain words here')).toBe('strong');
  });
});
