/**
 * The first screen's translator: nested keys, {{placeholders}}, plurals by Intl.PluralRules (key_one, key_other)
 * and returnObjects, over the same resources i18next gets later. Small on purpose: i18next (about 14 kB gzip)
 * loads after the first screen, and tests/unit/i18n-lookup.test.ts checks both give the same text for every key.
 */
export type Resources = Record<string, unknown>;
export interface TOptions {
  count?: number;
  returnObjects?: boolean;
  [name: string]: unknown;
}

function at(tree: Resources | undefined, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Resources)[part];
  }
  return node;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const pluralOf = (lng: string, count: number) => {
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng)));
  return rules.select(count);
};

/** "{{name}}", or "{{size, number}}" formatted for the language as i18next's built-in number format does. */
const fill = (text: string, options: TOptions, lng: string) =>
  text.replace(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    if (!(name in options)) return whole;
    const value = options[name];
    return format === 'number' && typeof value === 'number' ? new Intl.NumberFormat(lng).format(value) : String(value);
  });

/** Looks the key up in the language, then the fallback; a missing key reads as itself, as with i18next. */
export function lookup(bundles: ReadonlyMap<string, Resources>, lngs: readonly string[], key: string, options: TOptions = {}): unknown {
  for (const lng of lngs) {
    const tree = bundles.get(lng);
    const plural = typeof options.count === 'number' ? at(tree, `${key}_${pluralOf(lng, options.count)}`) : undefined;
    const found = plural ?? at(tree, key);
    if (typeof found === 'string') return fill(found, options, lng);
    if (found !== undefined && options.returnObjects) return found;
  }
  return key;
}

/** Deep merge, later bundles overwriting earlier strings, as i18next's addResourceBundle(deep, overwrite). */
export function merge(target: Resources, source: Resources): Resources {
  for (const [k, v] of Object.entries(source)) {
    const existing = target[k];
    target[k] = v && typeof v === 'object' && !Array.isArray(v) && existing && typeof existing === 'object' && !Array.isArray(existing) ? merge({ ...(existing as Resources) }, v as Resources) : v;
  }
  return target;
}
