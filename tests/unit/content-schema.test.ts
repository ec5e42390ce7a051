import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import fiveBand from '../fixtures/packs/five-band-orange.json';
import { contentPacksPlugin, validateContentDir } from '../../src/build/content-packs';
import type { TrafficLightPack } from '../../src/content/schema';
import { parsePackText, validateHackettPack, validateTrafficLightPack } from '../../src/content/validate';
import { bandsForAge, classify } from '../../src/rules/classify';

const FILE = 'content/en-GB/traffic-light.json';
type Mutable = Record<string, unknown> & TrafficLightPack;
const clone = () => structuredClone(tlJson) as unknown as Mutable;

describe('valid packs', () => {
  it('the shipped traffic light and Hackett packs pass', () => {
    expect(validateTrafficLightPack(tlJson, FILE).ok).toBe(true);
    expect(validateHackettPack(hackettJson, 'hackett.json').ok).toBe(true);
    expect(validateContentDir('content')).toEqual([]);
  });

  it('a five-band green/orange/red pack loads and classifies with no code change', () => {
    const result = validateTrafficLightPack(fiveBand, 'five-band-orange.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pack = result.pack;
    expect(pack.bands).toHaveLength(5);
    expect(pack.levels.map((l) => l.id)).toContain('orange');
    expect(bandsForAge(pack, 9).map((b) => b.id)).toEqual(['8-10']);
    const behaviour = pack.behaviours.find((b) => b.id === '8-10-orange-placeholder')!;
    const r = classify(pack, { chronologicalAge: 9, bandIds: ['8-10'], developmental: false, behaviour, answers: { coercion: 'yes' } });
    expect(r.listedLevel.label).toBe('Orange');
    expect(r.level.label).toBe('Red');
  });
});

/** Each broken pack: how to break it, and the path + problem the message must name. */
const BROKEN: [name: string, breakIt: (p: Mutable) => unknown, message: RegExp][] = [
  ['no levels', (p) => ({ ...p, levels: [] }), /levels: needs at least two levels/],
  ['duplicate behaviour id', (p) => { p.behaviours[1]!.id = p.behaviours[0]!.id; return p; }, /behaviours\[1\]\.id: duplicate id/],
  ['behaviour in an unknown band', (p) => { p.behaviours[0]!.band = '3-4'; return p; }, /behaviours\[0\]\.band: unknown band "3-4"/],
  ['behaviour at an unknown level', (p) => { p.behaviours[2]!.level = 'purple'; return p; }, /behaviours\[2\]\.level: unknown level "purple"/],
  ['two levels with one rank', (p) => { p.levels[1]!.rank = 1; return p; }, /levels\[1\]\.rank: duplicate rank 1/],
  ['a rule raising to a rank no level has', (p) => { p.criteria[0]!.onYes.raise = 7; return p; }, /criteria\[0\]\.onYes\.raise: raises to rank 7/],
  ['a band whose minimum is above its maximum', (p) => { p.bands[0]!.minAge = 9; return p; }, /bands\[0\]\.maxAge: maxAge is below minAge/],
  ['a colour that is not #rrggbb', (p) => { p.levels[0]!.colour = 'green'; return p; }, /levels\[0\]\.colour: must be a #rrggbb colour/],
  ['empty behaviour text', (p) => { p.behaviours[0]!.text = '  '; return p; }, /behaviours\[0\]\.text: must not be empty/],
  ['the wrong kind', (p) => ({ ...p, kind: 'recipes' }), /kind: /],
  ['an unknown legal note', (p) => { p.behaviours[0]!.legal = ['no-such-law']; return p; }, /behaviours\[0\]\.legal\[0\]: unknown legal note "no-such-law"/],
  ['an id with spaces', (p) => { p.bands[0]!.id = 'Under Five'; return p; }, /bands\[0\]\.id: must be a lower-case id/],
  ['a Hackett mapping for a missing rank', (p) => { p.hackettMapping!.byRank['9'] = ['normal']; return p; }, /hackettMapping\.byRank\.9: no level has rank 9/],
  ['no provenance credits', (p) => { p.provenance.credits = []; return p; }, /provenance\.credits: must credit at least one source/],
  ['missing next steps', (p) => { delete (p as Partial<Mutable>).nextSteps; return p; }, /nextSteps: /],
];

describe('broken packs are refused with file, path and problem', () => {
  it.each(BROKEN)('%s', (_name, breakIt, message) => {
    const result = validateTrafficLightPack(breakIt(clone()), FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith(`${FILE}: `) && message.test(e))).toBe(true);
  });

  it('text that is not JSON, naming the file', () => {
    const result = parsePackText('{"kind": "traffic-light", ', 'mine.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^mine\.json: \(top level\): not valid JSON/);
  });

  it('the build gate reports a broken file by name', () => {
    const errors = validateContentDir('tests/fixtures/broken-content');
    expect(errors.join('\n')).toMatch(/tests\/fixtures\/broken-content\/bad\.json: behaviours\[0\]\.level: unknown level "amber-ish"/);
  });
});

describe('the vite build fails on an invalid pack', () => {
  it('the plugin stops the build with every problem', () => {
    const plugin = contentPacksPlugin('tests/fixtures/broken-content');
    const context = { error: (message: string): never => { throw new Error(message); } };
    const buildStart = plugin.buildStart as unknown as (this: typeof context) => void;
    expect(() => buildStart.call(context)).toThrow(/Invalid content pack:\n {2}tests\/fixtures\/broken-content\/bad\.json: behaviours\[0\]\.level/);
    expect(() => (contentPacksPlugin('content').buildStart as unknown as (this: typeof context) => void).call(context)).not.toThrow();
  });
});
