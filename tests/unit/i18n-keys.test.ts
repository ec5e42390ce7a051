// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudoString } from '../../src/i18n/pseudo';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

/** Features add keys inside shared namespaces (urgent.*), as i18next's deep addResourceBundle does. */
function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>) {
  for (const [k, v] of Object.entries(from)) {
    const existing = into[k];
    if (v && typeof v === 'object' && existing && typeof existing === 'object') deepMerge(existing as Record<string, unknown>, v as Record<string, unknown>);
    else into[k] = v;
  }
}

/** en-GB as the app sees it once every feature has registered its strings. */
const merged: Record<string, unknown> = {};
for (const path of ['src/i18n/locales/en-GB.json', ...readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `src/${d.name}/locales/en-GB.json`)]) {
  try {
    deepMerge(merged, JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // No locale file in this feature.
  }
}
const has = (key: string) => {
  let node: unknown = merged;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node !== undefined;
};
const hasPlural = (key: string) => has(`${key}_one`) && has(`${key}_other`);

describe('translation keys', () => {
  it('every literal key used in src exists in en-GB (nothing silently falls back to the key)', () => {
    const missing: string[] = [];
    for (const file of files('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]+)'/g)) {
        const key = m[1]!;
        if (!has(key) && !hasPlural(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the pseudo-locale keeps placeholders and lengthens text', () => {
    const out = pseudoString('Age {{age}} is in two bands');
    expect(out).toContain('{{age}}');
    expect(out.startsWith('⟦') && out.endsWith('⟧')).toBe(true);
    expect(out.length).toBeGreaterThan('Age {{age}} is in two bands'.length * 1.3);
  });
});
