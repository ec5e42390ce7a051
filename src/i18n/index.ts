/**
 * Every user-visible string goes through `t`. This module is in the main bundle — keep it small: it holds the
 * resources and answers with a small lookup (lookup.ts) until i18next has loaded after the first screen
 * (`startI18next`, when the browser is idle); from then on i18next answers, over the same resources.
 */
import { useEffect, useState } from 'preact/hooks';
import enGB from './locales/en-GB.json';
import { lookup, merge, type Resources } from './lookup';
import type { Engine, TFunction } from './types';

export const DEFAULT_LOCALE = 'en-GB';
export type { Engine, TFunction } from './types';

const bundles = new Map<string, Resources>([[DEFAULT_LOCALE, merge({}, enGB)]]);
const changeListeners = new Set<() => void>();
const addedListeners = new Set<(lng: string) => void>();
let language = DEFAULT_LOCALE;
let engine: Engine | null = null;

const t: TFunction = (key, options) => (engine ? engine.t(key, options) : (lookup(bundles, [language, DEFAULT_LOCALE], key, options) as string));

export const i18n = {
  t,
  get language(): string {
    return language;
  },
  locales: (): string[] => [...bundles.keys()],
  bundle: (lng: string): Resources => bundles.get(lng) ?? {},
  /** Lazy features bring their own strings (register.ts); merged deeply, like i18next's addResourceBundle. */
  addStrings(lng: string, strings: Resources): void {
    bundles.set(lng, merge(bundles.get(lng) ?? {}, strings));
    engine?.add(lng, strings);
    addedListeners.forEach((l) => l(lng));
  },
  setLanguage(lng: string): void {
    if (lng === language) return;
    language = lng;
    engine?.setLanguage(lng);
    changeListeners.forEach((l) => l());
  },
  onLanguageChanged(listener: () => void): () => void {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
  onStringsAdded(listener: (lng: string) => void): () => void {
    addedListeners.add(listener);
    return () => addedListeners.delete(listener);
  },
};

/** A list or group of strings (returnObjects), typed by the caller who knows its shape. */
export function tObject<T>(key: string): T {
  return (engine ? engine.t(key, { returnObjects: true }) : lookup(bundles, [language, DEFAULT_LOCALE], key, { returnObjects: true })) as unknown as T;
}

/** Loads i18next and hands every string over to it; the first screen never waits for it. */
export async function startI18next(): Promise<void> {
  const { createEngine } = await import('./i18next-engine');
  engine = await createEngine(bundles, language, DEFAULT_LOCALE);
}

/** Re-renders the caller when the language changes. */
export function useT(): TFunction {
  const [, setTick] = useState(0);
  const renderedIn = language;
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1);
    const off = i18n.onLanguageChanged(onChange);
    // A locale that finished loading between this render and the subscription fired unheard: catch up.
    if (language !== renderedIn) onChange();
    return off;
  }, [renderedIn]);
  return t;
}

/** Dates and times go through Intl so each locale formats its own way. */
export function formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return formatter(options).format(typeof date === 'string' ? new Date(date) : date);
}

/** Building an Intl.DateTimeFormat costs far more than formatting with one, and a list formats thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(language, options)));
  return f;
}
