import { describe, expect, it, vi } from 'vitest';
import scenariosJson from '../../content/en-GB/scenarios.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type TrafficLightPack } from '../../src/content/schema';
import { validatePackData } from '../../src/build/validate-pack';
import { behavioursForAge, chosenBehaviour, draftProblems, emptyDraft, engineResult, fromScenario, newScenarioId, otherTopics, parseAge, toScenario, type ScenarioDraft } from '../../src/scenarios/draft';
import { parseScenarioPack } from '../../src/scenarios/import';
import { newOwnPack, packForExport, scenarioProblems } from '../../src/scenarios/own-pack';
import { deleteOwnScenario, readOwnPack, readTrainerPacks, saveOwnScenario, storeTrainerPack } from '../../src/scenarios/store';
import type { Scenario, ScenarioPack } from '../../src/scenarios/schema';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const shipped = (scenariosJson as unknown as ScenarioPack).scenarios;
const texts = { title: 'Scenarios written by a trainer', source: 'Written by a trainer in this app', licence: 'Ask first', credit: 'The trainer' };
const byId = (id: string) => shipped.find((s) => s.id === id)!;

const filled = (over: Partial<ScenarioDraft> = {}): ScenarioDraft => ({
  ...emptyDraft(),
  title: 'Water play',
  age: '3',
  vignette: 'After water play a fictional three-year-old takes their clothes off and laughs.',
  behaviourId: '0-5-green-enjoying-nakedness',
  discussion: 'What makes this healthy?\n\nHow would you respond?',
  variants: [{ change: 'They hide to do it', criterionId: 'secrecy', answer: 'yes' }],
  ...over,
});

describe('a scenario written in the form', () => {
  /** Shipped scenarios whose variants each change one answer: their stated levels, checked at build, are the oracle. */
  const comparable = shipped.filter((s) => s.behaviour && !s.developmental && s.variants.every((v) => !v.behaviour && v.age === undefined && Object.keys(v.facts).length <= 1));

  it.each(comparable.map((s) => [s.id, s] as const))('gives the level the shipped scenario %s states, and each variant’s', (_id, s) => {
    const written = toScenario(pack, fromScenario(s, {}), 'own-copy')!;
    expect(written.expectedLevel).toBe(s.expectedLevel);
    expect(written.expectedRoute).toBe(s.expectedRoute);
    expect(written.variants.map((v) => v.expectedLevel)).toEqual(s.variants.map((v) => v.expectedLevel));
  });

  it('covers enough shipped scenarios to mean something', () => {
    expect(comparable.length).toBeGreaterThanOrEqual(6);
  });

  it('shows the engine’s level as answers change: a secret raises a green behaviour to the top', () => {
    expect(engineResult(pack, filled())!.scenario.level.label).toBe('Green');
    expect(engineResult(pack, filled({ facts: { secrecy: 'yes' } }))!.scenario.level.label).toBe('Red');
    expect(engineResult(pack, filled())!.variants.map((v) => v.level.label)).toEqual(['Red']);
    expect(engineResult(pack, filled({ age: '' }))).toBeNull();
  });

  it('routes an adult’s involvement to act now, as the engine does', () => {
    const s = byId('adult-involved');
    const written = toScenario(pack, fromScenario(s, {}), 'own-adult')!;
    expect(written.expectedRoute).toBe('act-now');
  });

  it('offers the behaviours of both bands at a boundary age, as triage does', () => {
    const bands = new Set(behavioursForAge(pack, 5).map((b) => b.band));
    expect([...bands].sort()).toEqual(['0-5', '5-9']);
    expect(new Set(behavioursForAge(pack, 14).map((b) => b.band))).toEqual(new Set(['13-17']));
    expect(behavioursForAge(pack, null)).toEqual([]);
  });

  it('forgets a chosen behaviour that is not in the table for a new age', () => {
    expect(chosenBehaviour(pack, filled({ age: '3' }))?.id).toBe('0-5-green-enjoying-nakedness');
    expect(chosenBehaviour(pack, filled({ age: '12' }))).toBeNull();
  });

  it('accepts whole ages 0 to 17 only', () => {
    expect(['0', '17', ' 9 ', '18', '-1', '3.5', 'ten', ''].map(parseAge)).toEqual([0, 17, 9, null, null, null, null, null]);
  });

  it('keeps answers only for the questions the engine asks about the behaviour', () => {
    const written = toScenario(pack, filled({ facts: { 'not-mutual': 'yes', secrecy: 'no' } }), 'own-x')!;
    expect(written.facts).toEqual({ secrecy: 'no' });
  });

  it('lists what is missing, in the order of the form', () => {
    expect(draftProblems(pack, { ...emptyDraft(), variants: [{ change: '', criterionId: '', answer: 'yes' }, { change: 'x', criterionId: '', answer: 'yes' }] })).toEqual([
      'title',
      'age',
      'vignette',
      'discussion',
      'variant-0',
    ]);
    expect(draftProblems(pack, filled({ behaviourId: null }))).toEqual(['behaviour']);
    expect(draftProblems(pack, filled())).toEqual([]);
  });

  it('makes unique ids from the title, and ids for new topics', () => {
    const taken = new Set(['own-bus-stop-0000']);
    let calls = 0;
    const id = newScenarioId('Bus stop!', taken, () => (calls++ === 0 ? 0 : 0.5));
    expect(id).toMatch(/^own-bus-stop-[a-z0-9]{4}$/);
    expect(id).not.toBe('own-bus-stop-0000');
    expect(otherTopics(filled({ otherTopics: 'Bus travel, , Youth club ' }))).toEqual({ 'bus-travel': 'Bus travel', 'youth-club': 'Youth club' });
  });

  it('is a valid scenario for the pack schema, with discussion points by line', () => {
    const written = toScenario(pack, filled({ tags: ['early-years'], otherTopics: 'Water play' }), 'own-water-play-ab12')!;
    expect(scenarioProblems(pack, written)).toEqual([]);
    expect(written.discussion).toEqual(['What makes this healthy?', 'How would you respond?']);
    expect(written.tags).toEqual(['early-years', 'water-play']);
    expect(scenarioProblems(pack, { ...written, title: ' ' })).toEqual([expect.stringMatching(/title: must not be empty/)]);
  });
});

describe('storing written scenarios (with the trainer packs, in localStorage)', () => {
  const scenario = (id: string, title = 'Water play'): Scenario => toScenario(pack, filled({ title, otherTopics: 'Water play' }), id)!;
  const make = (first: Scenario) => newOwnPack(pack, texts, first, '2026-05-01', 'trainer-test');

  it('adds, replaces and deletes; the pack goes with its last scenario', () => {
    expect(saveOwnScenario(scenario('own-a'), { 'water-play': 'Water play' }, make)).toEqual({ ok: true });
    expect(saveOwnScenario(scenario('own-b'), {}, make)).toEqual({ ok: true });
    expect(saveOwnScenario(scenario('own-a', 'Renamed'), {}, make)).toEqual({ ok: true });
    const own = readOwnPack()!;
    expect(own.scenarios.map((s) => [s.id, s.title])).toEqual([
      ['own-a', 'Renamed'],
      ['own-b', 'Water play'],
    ]);
    expect(own.topics).toEqual({ 'water-play': 'Water play' });
    expect(readTrainerPacks().map((p) => p.id)).toEqual(['trainer-test']);
    deleteOwnScenario('own-a');
    expect(readOwnPack()!.scenarios.map((s) => s.id)).toEqual(['own-b']);
    deleteOwnScenario('own-b');
    expect(readOwnPack()).toBeNull();
    expect(readTrainerPacks()).toEqual([]);
  });

  it('keeps imported packs apart from the written one', () => {
    storeTrainerPack({ ...(scenariosJson as unknown as ScenarioPack), id: 'someone-elses' });
    saveOwnScenario(scenario('own-a'), {}, make);
    expect(readOwnPack()!.id).toBe('trainer-test');
    expect(readTrainerPacks().map((p) => p.id)).toEqual(['someone-elses', 'trainer-test']);
  });

  it('does not mix a scenario for one content pack into scenarios written for another', () => {
    saveOwnScenario(scenario('own-a'), {}, make);
    const other = (first: Scenario) => ({ ...make(first), forPack: 'brook-2020' });
    expect(saveOwnScenario(scenario('own-b'), {}, other)).toEqual({ ok: false, reason: 'otherPack' });
    expect(readOwnPack()!.scenarios.map((s) => s.id)).toEqual(['own-a']);
  });

  it('says so when the device is full, and stores nothing', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveOwnScenario(scenario('own-a'), {}, make)).toEqual({ ok: false, reason: 'quota' });
    spy.mockRestore();
    expect(readOwnPack()).toBeNull();
  });
});

describe('exporting the written scenarios as a pack', () => {
  it('is a valid scenario pack that "Import scenarios" accepts, saying the trainer wrote it', () => {
    const own = newOwnPack(pack, texts, toScenario(pack, filled(), 'own-water-play-ab12')!, '2026-05-01', 'trainer-test');
    const result = packForExport(pack, own, '2026-06-02');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.fileName).toBe('trainer-test-2026-06-02.json');
    const data = JSON.parse(result.pack.text);
    expect(validatePackData(data, 'x.json')).toMatchObject({ ok: true });
    expect(data).toMatchObject({ kind: 'training-scenarios', declaration: true, forPack: pack.id, version: '2026-06-02', provenance: { source: texts.source, date: '2026-06-02' } });
    const imported = parseScenarioPack(result.pack.text, result.pack.fileName, pack);
    expect(imported.ok && imported.pack.scenarios.map((s) => s.expectedLevel)).toEqual(['green']);
  });

  it('refuses a pack whose stated level is not the engine’s', () => {
    const s = toScenario(pack, filled(), 'own-water-play-ab12')!;
    const own = newOwnPack(pack, texts, { ...s, expectedLevel: 'red' }, '2026-05-01', 'trainer-test');
    const result = packForExport(pack, own, '2026-06-02');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/disagrees with the rules engine: own-water-play-ab12: states red, engine gives green/);
  });
});
