// @vitest-environment node
/**
 * The house rules of src/, measured from the code's own imports (issue 23): no import circles, at most two arrows
 * that run back up the layers, no folder over a fifth of the lines, no module over 300 lines. The layers are
 * declared here, once; src/README.md draws the same map.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lower first. A folder may import from its own layer or below; an import to a higher layer runs back up. */
const LAYERS: readonly (readonly string[])[] = [
  ['content', 'i18n', 'ui'],
  ['core', 'nations'],
  ['rules', 'search', 'lock'],
  ['records', 'pathways', 'scenarios'],
  ['vault'],
  ['transfer'],
  ['triage', 'table', 'continuum', 'urgent', 'notes', 'training', 'settings', 'about'],
  ['app'],
];
/** Build-time code: run by Vite and the tests, never imported by the app. */
const BUILD = 'build';
const MAX_UPWARD = 2;
const MAX_SHARE = 0.2;
const MAX_LINES = 300;

const SRC = 'src';
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const modules = files(SRC).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
const folderOf = (file: string) => {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0]! : '(entry)';
};
const layerOf = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));

/** Relative imports, resolved to files (type-only imports count: they are arrows in the design too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specs.flatMap((spec) => {
    const base = normalize(join(dirname(file), spec));
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((c) => modules.includes(c));
    return found ? [found] : [];
  });
}
const graph = new Map(modules.map((m) => [m, importsOf(m)]));

describe('the shape of src/', () => {
  it('every folder has a layer (or is build-time code)', () => {
    const unplaced = [...new Set(modules.map(folderOf))].filter((f) => f !== '(entry)' && f !== BUILD && layerOf(f) < 0);
    expect(unplaced).toEqual([]);
  });

  it('has no import circles between modules', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (m: string, path: string[]) => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'open') return void circles.push([...path.slice(path.indexOf(m)), m].join(' -> '));
      state.set(m, 'open');
      for (const next of graph.get(m) ?? []) visit(next, [...path, m]);
      state.set(m, 'done');
    };
    modules.forEach((m) => visit(m, []));
    expect(circles).toEqual([]);
  });

  it(`has at most ${MAX_UPWARD} arrows that run back up the layers, and the app never imports build-time code`, () => {
    const upward = new Set<string>();
    for (const [from, tos] of graph) {
      for (const to of tos) {
        const a = folderOf(from);
        const b = folderOf(to);
        expect(b === BUILD && a !== BUILD, `${from} imports build-time ${to}`).toBe(false);
        if (a === b || a === '(entry)' || a === BUILD) continue;
        if (layerOf(b) > layerOf(a)) upward.add(`${a} -> ${b}`);
      }
    }
    expect([...upward].length, [...upward].join(', ')).toBeLessThanOrEqual(MAX_UPWARD);
    console.info(`arrows that run back up: ${[...upward].join(', ') || 'none'}`);
  });

  it(`no folder holds over ${MAX_SHARE * 100}% of the lines, and no module over ${MAX_LINES} lines`, () => {
    const lines = new Map(modules.map((m) => [m, readFileSync(m, 'utf8').split('\n').length]));
    const total = [...lines.values()].reduce((a, b) => a + b, 0);
    const byFolder = new Map<string, number>();
    for (const [m, n] of lines) byFolder.set(folderOf(m), (byFolder.get(folderOf(m)) ?? 0) + n);
    const tooBig = [
      ...[...byFolder].filter(([, n]) => n / total > MAX_SHARE).map(([folder, n]) => `${folder}/ holds ${((n / total) * 100).toFixed(1)}%`),
      ...[...lines].filter(([, n]) => n > MAX_LINES).map(([m, n]) => `${m} has ${n} lines`),
    ];
    expect(tooBig).toEqual([]);
  });
});
