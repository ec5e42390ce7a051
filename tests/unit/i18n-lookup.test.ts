/**
 * The first screen answers with a small lookup until i18next loads: both must give the same text for every string
 * the app has, in every form it is asked for (placeholders filled, each plural, whole groups). i18next is the oracle.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { lookup, merge, type Resources } from '../../src/i18n/lookup';

const files = import.meta.glob<{ default: Resources }>('../../src/**/locales/en-GB.json', { eager: true });
const enGB = Object.values(files).reduce<Resources>((all, mod) => merge(all, mod.default), {});
const bundles = new Map([['en-GB', enGB]]);

/** Every key path: groups (asked for whole, with returnObjects) and strings, plural suffixes folded into their base key. */
function keys(tree: Resources, prefix = ''): { path: string; group: boolean }[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') return [{ path, group: true }, ...(Array.isArray(v) ? [] : keys(v as Resources, path))];
    return [{ path: path.replace(/_(zero|one|two|few|many|other)$/, ''), group: false }];
  });
}

describe('the first-screen lookup answers as i18next does', async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en-GB', fallbackLng: 'en-GB', resources: { 'en-GB': { translation: enGB } }, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  const all = [...new Set(keys(enGB).filter((k) => !k.group).map((k) => k.path))];
  const groups = keys(enGB).filter((k) => k.group).map((k) => k.path);

  it('covers the whole string set, formatted numbers included', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(JSON.stringify(enGB)).toMatch(/\{\{\w+, number\}\}/);
  });

  it('for every key, with placeholders filled and counts of 0, 1 and 2', () => {
    let compared = 0;
    for (const key of all) {
      const raw = JSON.stringify(lookup(bundles, ['en-GB'], key, { returnObjects: true }));
      const placeholders = [...raw.matchAll(/\{\{\s*(\w+)\s*(,\s*\w+\s*)?\}\}/g)];
      // A formatted placeholder ("{{size, number}}") gets a number that formatting changes: 1234.5 reads 1,234.5.
      const values = Object.fromEntries(placeholders.map((m) => [m[1]!, m[2] ? 1234.5 : `‹${m[1]}›`]));
      for (const count of [undefined, 0, 1, 2]) {
        const options = { ...values, ...(count === undefined ? {} : { count }) };
        expect(lookup(bundles, ['en-GB'], key, options), key).toEqual(i18n.t(key, options));
        compared++;
      }
    }
    expect(compared).toBe(all.length * 4);
  });

  it('for every group of strings asked for whole', () => {
    expect(groups.length).toBeGreaterThan(20);
    for (const key of groups) expect(lookup(bundles, ['en-GB'], key, { returnObjects: true }), key).toEqual(i18n.t(key, { returnObjects: true }));
  });

  it('a missing key reads as itself, and an unfilled placeholder stays visible', () => {
    expect(lookup(bundles, ['en-GB'], 'no.such.key')).toBe(i18n.t('no.such.key'));
    expect(lookup(bundles, ['en-GB'], 'app.titleFormat')).toBe(i18n.t('app.titleFormat'));
  });
});
