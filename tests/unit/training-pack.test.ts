import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import scenariosJson from '../../content/en-GB/scenarios.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import type { TrafficLightPack } from '../../src/content/schema';
import { validatePackData } from '../../src/content/validate-any';
import { classifyScenario, disagreements } from '../../src/training/engine';
import { parseScenarioPack } from '../../src/training/import';
import type { ScenarioPack } from '../../src/training/schema';
import { bandsForAge } from '../../src/triage/classify';

const pack = tlJson as unknown as TrafficLightPack;
const scenarios = scenariosJson as unknown as ScenarioPack;

describe('shipped scenario pack', () => {
  it('passes the schema', () => {
    expect(validatePackData(scenariosJson, 'scenarios.json')).toMatchObject({ ok: true });
    expect(validatePackData(hackettJson, 'hackett.json')).toMatchObject({ ok: true });
  });

  it('states, for every scenario and variant, exactly the level the rules engine gives', () => {
    expect(disagreements(pack, scenarios.scenarios)).toEqual([]);
  });

  it('every variant changes something and its level is the engine’s', () => {
    for (const s of scenarios.scenarios) {
      for (const v of s.variants) expect(classifyScenario(pack, s, v).level.id).toBe(v.expectedLevel);
    }
  });

  it('has at least 16 scenarios covering all bands and all levels', () => {
    expect(scenarios.scenarios.length).toBeGreaterThanOrEqual(16);
    const bands = new Set(scenarios.scenarios.flatMap((s) => (s.developmental ? [s.developmental.band] : bandsForAge(pack, s.age).map((b) => b.id))));
    expect([...bands].sort()).toEqual(pack.bands.map((b) => b.id).sort());
    expect(new Set(scenarios.scenarios.map((s) => s.expectedLevel))).toEqual(new Set(pack.levels.map((l) => l.id)));
  });

  it('includes the mix training needs', () => {
    const tags = new Set(scenarios.scenarios.flatMap((s) => s.tags));
    for (const tag of ['technology', 'images', 'developmental-age', 'unlisted', 'not-hsb', 'sibling', 'under-10', 'boundary-age', 'harm-to-child', 'exploitation']) expect(tags).toContain(tag);
    expect(scenarios.scenarios.some((s) => s.legalPoints.length > 0)).toBe(true);
    expect(scenarios.scenarios.some((s) => s.developmental)).toBe(true);
  });

  it('never uses "perpetrator" or "red child"', () => {
    expect(JSON.stringify(scenariosJson)).not.toMatch(/\bperpetrator\b|\bred child\b/i);
  });
});

describe('importing a trainer pack', () => {
  const valid = () => structuredClone(scenariosJson) as unknown as ScenarioPack;
  const text = (v: unknown) => JSON.stringify(v);

  it('accepts a valid pack', () => {
    expect(parseScenarioPack(text(valid()), 'mine.json', pack).ok).toBe(true);
  });

  const broken: [string, (p: Record<string, unknown> & ScenarioPack) => unknown, RegExp][] = [
    ['no declaration', (p) => ({ ...p, declaration: false }), /declaration.*real or identifiable/],
    ['no scenarios', (p) => ({ ...p, scenarios: [] }), /scenarios: needs at least one scenario/],
    ['unknown behaviour', (p) => { p.scenarios[0]!.behaviour = 'no-such'; return p; }, /scenarios\[0\]\.behaviour: unknown behaviour "no-such"/],
    ['stated level disagrees', (p) => { p.scenarios[0]!.expectedLevel = 'red'; return p; }, /disagrees with the rules engine: nursery-nakedness: states red, engine gives green/],
    ['wrong kind', (p) => ({ ...p, kind: 'notes' }), /kind: /],
    ['missing vignette', (p) => { (p.scenarios[1] as Partial<typeof p.scenarios[number]>).vignette = undefined; return p; }, /scenarios\[1\]\.vignette/],
  ];
  it.each(broken)('refuses %s with a message naming the problem', (_name, mutate, message) => {
    const result = parseScenarioPack(text(mutate(valid() as Record<string, unknown> & ScenarioPack)), 'mine.json', pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('refuses text that is not JSON', () => {
    const result = parseScenarioPack('{"kind": ', 'mine.json', pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^mine\.json: \(top level\): not valid JSON/);
  });
});
