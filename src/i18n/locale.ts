/** Language choice: offers the locales that are present, remembers the choice, and sets <html lang>. */
import { DEFAULT_LOCALE, i18n } from './index';

const KEY = 'tl.locale';
/** Locales kept out of the language choice: the pseudo-locale exists only for tests. */
const HIDDEN = new Set(['en-XA']);

export function availableLocales(): string[] {
  return i18n.locales().filter((l) => !HIDDEN.has(l));
}

export function setLocale(code: string): void {
  localStorage.setItem(KEY, code);
  i18n.setLanguage(code);
  document.documentElement.lang = code;
}

export function startLocale(): void {
  const stored = localStorage.getItem(KEY);
  const code = stored && availableLocales().includes(stored) ? stored : DEFAULT_LOCALE;
  i18n.setLanguage(code);
  document.documentElement.lang = code;
}
