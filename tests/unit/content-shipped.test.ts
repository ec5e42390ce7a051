/**
 * Packs ship as zod's parsed output: the build writes each pack with its defaults applied, so no runtime code fills
 * them in by hand. The expected values below are written out by hand, not produced by the schema.
 */
import { describe, expect, it } from 'vitest';
import { contentPacksPlugin } from '../../src/build/content-packs';

interface Emitted {
  fileName: string;
  source: string;
}

function build(dir: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const context = { emitFile: (f: Emitted) => void out.set(f.fileName, JSON.parse(f.source)), error: (m: string): never => { throw new Error(m); } };
  const plugin = contentPacksPlugin(dir);
  (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
  (plugin.generateBundle as unknown as (this: typeof context) => void).call(context);
  return out;
}

describe('the build writes packs with their defaults applied', () => {
  const out = build('tests/fixtures/sparse-content');

  it('a traffic light pack that leaves out aids, examples, legal, tags and the rule lists ships with them empty', () => {
    const pack = out.get('content/en-GB/traffic-light.json') as Record<string, unknown> & { behaviours: Record<string, unknown>[] };
    expect(pack.behaviours.length).toBeGreaterThan(0);
    for (const b of pack.behaviours) expect([b.aids, b.examples, b.legal, b.tags]).toEqual([[], [], [], []]);
    expect([pack.tagRules, pack.legalNotes, pack.actNow, pack.policeTriggers]).toEqual([[], [], [], []]);
  });

  it('a pathway pack without alwaysConsider ships with it empty, in the pack and in the folder index', () => {
    const pack = out.get('content/en-GB/pathways/sparse.json') as { alwaysConsider?: unknown };
    expect(pack.alwaysConsider).toEqual([]);
    const index = out.get('content/en-GB/pathways/index.json') as { id: string }[];
    expect(index.map((e) => e.id)).toEqual(['sparse']);
  });
});
