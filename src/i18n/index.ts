/** This module is in the main bundle — keep it small. Every user-visible string goes through `t`. */
import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import enGB from './locales/en-GB.json';

export const DEFAULT_LOCALE = 'en-GB';

i18next.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  resources: { [DEFAULT_LOCALE]: { translation: enGB } },
  initAsync: false,
  // Preact escapes text itself; escaping twice would show entities.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const i18n = i18next;
export type TFunction = typeof i18next.t;

/** Re-renders the caller when the language changes. */
export function useT(): TFunction {
  const [, setTick] = useState(0);
  const renderedIn = i18next.language;
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1);
    i18next.on('languageChanged', onChange);
    // A locale that finished loading between this render and the subscription fired unheard: catch up.
    if (i18next.language !== renderedIn) onChange();
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return i18next.t.bind(i18next) as TFunction;
}

/** Dates and times go through Intl so each locale formats its own way. */
export function formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return formatter(options).format(typeof date === 'string' ? new Date(date) : date);
}

/** Building an Intl.DateTimeFormat costs far more than formatting with one, and a list formats thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${i18next.language}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(i18next.language, options)));
  return f;
}
