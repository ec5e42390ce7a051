import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import scenariosJson from '../../content/en-GB/scenarios.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type TrafficLightPack } from '../../src/content/schema';
import { validatePackData } from '../../src/build/validate-pack';
import { classifyScenario, disagreements } from '../../src/scenarios/engine';
import { parseScenarioPack } from '../../src/scenarios/import';
import type { ScenarioPack } from '../../src/scenarios/schema';
import { bandsForAge } from '../../src/rules/classify';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
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

  it('routes every scenario or variant with an adult involved to act now, as the engine does', () => {
    let adultCases = 0;
    for (const s of scenarios.scenarios) {
      const cases = [
        { facts: s.facts, stated: s, adultTag: s.tags.includes('adult-involved') },
        ...s.variants.map((v) => ({ facts: { ...s.facts, ...v.facts }, stated: v, adultTag: false })),
      ];
      cases.forEach((c, i) => {
        if (c.facts['other-adult'] !== 'yes' && !c.adultTag) return;
        adultCases++;
        expect(c.stated.expectedRoute, `${s.id} case ${i}`).toBe('act-now');
        expect(classifyScenario(pack, s, i ? s.variants[i - 1] : undefined).actNow.length, `${s.id} case ${i}`).toBeGreaterThan(0);
      });
    }
    expect(adultCases).toBeGreaterThanOrEqual(3);
  });

  it('teaches sextortion as an act-now case, with the police, not as amber', () => {
    const sextortion = scenarios.scenarios.find((s) => s.id === 'sextortion')!;
    const result = classifyScenario(pack, sextortion);
    expect(sextortion.expectedLevel).toBe('red');
    expect(result.actNow.map((a) => a.id)).toContain('sextortion');
    expect(result.police.length).toBeGreaterThan(0);
    const adultVariant = sextortion.variants.find((v) => v.facts['other-adult'] === 'yes')!;
    expect(classifyScenario(pack, sextortion, adultVariant)).toMatchObject({ level: { id: 'red' } });
  });

  it('gives every topic tag a readable label', () => {
    const tags = new Set(scenarios.scenarios.flatMap((s) => s.tags));
    for (const tag of tags) expect(scenarios.topics[tag], tag).toMatch(/^[A-Z]/);
    expect(scenarios.topics['not-hsb']).toBe('Not harmful sexual behaviour');
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
