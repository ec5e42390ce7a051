/**
 * en-XA pseudo-locale, generated from en-GB: accented, about 35% longer and bracketed, so a test can spot any
 * string that did not come through i18next and any layout that breaks with longer text. Never offered in Settings.
 */
import { i18n } from './index';

export const PSEUDO_LOCALE = 'en-XA';
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ' };

/** Accents letters outside {{placeholders}} and pads by ~35%. */
export function pseudoString(text: string): string {
  const accented = text
    .split(/(\{\{[^}]+\}\})/)
    .map((part) => (part.startsWith('{{') ? part : part.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('');
  const pad = '~'.repeat(Math.max(1, Math.round(text.length * 0.35)));
  return `⟦${accented}${pad}⟧`;
}

export function pseudoTree<T>(value: T): T {
  if (typeof value === 'string') return pseudoString(value) as T;
  if (Array.isArray(value)) return value.map(pseudoTree) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoTree(v)])) as T;
  return value;
}

/** Builds en-XA from every en-GB string loaded so far, and again whenever a lazy feature adds its own. */
export function enablePseudoLocale(): void {
  const build = () => i18n.addStrings(PSEUDO_LOCALE, pseudoTree(i18n.bundle('en-GB')));
  build();
  i18n.onStringsAdded((lng) => {
    if (lng === 'en-GB') build();
  });
  i18n.setLanguage(PSEUDO_LOCALE);
  document.documentElement.lang = PSEUDO_LOCALE;
}
