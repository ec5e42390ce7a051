// @vitest-environment node
import { describe, expect, it } from 'vitest';
import derbyJson from '../../content/en-GB/pathways/derby.json';
import gatesheadJson from '../../content/en-GB/pathways/gateshead.json';
import lancashireJson from '../../content/en-GB/pathways/lancashire.json';
import solihullJson from '../../content/en-GB/pathways/solihull.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type TrafficLightPack } from '../../src/content/schema';
import { validatePackData } from '../../src/build/validate-pack';
import { parsePathwayText } from '../../src/pathways/import';
import type { PathwayPack } from '../../src/pathways/schema';
import { applies, groupSteps, localSnapshot, type AgeRange } from '../../src/pathways/select';

/** As the app receives it: zod's parsed output, defaults applied. */
const tl: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const PACKS = { gateshead: gatesheadJson, derby: derbyJson, lancashire: lancashireJson, solihull: solihullJson } as unknown as Record<string, PathwayPack>;
const at = (age: number): AgeRange => ({ age, bands: [] });
const shown = (pack: PathwayPack, level: string, range: AgeRange) => pack.steps.filter((s) => applies(s, level, range));
const text = (pack: PathwayPack, level: string, range: AgeRange) => localSnapshot(pack, level, range, null).steps.join('\n');

describe('the four shipped pathway packs', () => {
  it.each(Object.entries(PACKS))('%s passes the schema, names only roles, and uses the traffic light pack’s levels', (name, pack) => {
    expect(validatePackData(pack, `${name}.json`)).toMatchObject({ ok: true });
    const levels = new Set(tl.levels.map((l) => l.id));
    for (const step of pack.steps) step.levels.forEach((l) => expect(levels.has(l), `${step.id} → ${l}`).toBe(true));
    expect(JSON.stringify(pack)).not.toMatch(/@|\b\d{7,}\b/);
  });

  it('a red behaviour at 14 shows each area’s signature step', () => {
    expect(text(PACKS.gateshead!, 'red', at(14))).toMatch(/Strategy meeting.*within 72 hours at most|within 72 hours at most.*Strategy meeting/);
    expect(text(PACKS.lancashire!, 'red', at(14))).toContain('HSB Hub');
    expect(text(PACKS.derby!, 'red', at(14))).toContain('VCM');
    expect(text(PACKS.solihull!, 'red', at(14))).toContain('MASH');
  });

  it('Gateshead: the two routes start at 10; the 72-hour strategy meeting is for red, not amber; under 10 points elsewhere', () => {
    const g = PACKS.gateshead!;
    expect(shown(g, 'amber', at(14)).map((s) => s.id)).toEqual(['refer-irt', 'irt-decides']);
    expect(shown(g, 'red', at(14)).map((s) => s.id)).toContain('strategy-meeting');
    expect(shown(g, 'red', at(9)).map((s) => s.id)).toEqual(['under-ten']);
    expect(shown(g, 'green', at(14))).toEqual([]);
    const groups = groupSteps(g, shown(g, 'red', at(14)), null);
    expect(groups.map((x) => x.route?.id ?? null)).toEqual([null, 'concern', 'criminal-justice']);
  });

  it('Derby: VCM for amber and red, prevention and diversion with the 15-day report for red, AIM 3 within 6 weeks', () => {
    const d = PACKS.derby!;
    expect(shown(d, 'amber', at(14)).map((s) => s.id)).toEqual(['school-dsl', 'vcm-referral', 'vcm-allocates']);
    const red = text(d, 'red', at(14));
    expect(red).toContain('Within 15 working days of allocation');
    expect(red).toContain('Within 6 weeks');
    expect(red).toContain('12 noon on Tuesday');
  });

  it('Lancashire: consultation from 8, pattern mapping and AIM from 10, nothing above 17', () => {
    const l = PACKS.lancashire!;
    const eight = shown(l, 'red', at(8)).map((s) => s.id);
    expect(eight).toContain('consultation');
    expect(eight).not.toContain('aim');
    expect(eight).not.toContain('pattern-mapping');
    expect(shown(l, 'red', at(10)).map((s) => s.id)).toEqual(expect.arrayContaining(['pattern-mapping', 'aim']));
    expect(text(l, 'red', at(14))).toContain('Within 45 working days of the first meeting with the child');
    expect(shown(l, 'red', at(7)).map((s) => s.id)).toEqual(['refer-csc']);
  });

  it('Solihull: the YOS offer from 12, a conference where the child is also a victim, and the dated sources named', () => {
    const s = PACKS.solihull!;
    expect(shown(s, 'red', at(11)).map((x) => x.id)).not.toContain('yos-assessment');
    expect(shown(s, 'red', at(11)).map((x) => x.id)).toContain('under-twelve');
    expect(shown(s, 'red', at(14)).map((x) => x.id)).toEqual(expect.arrayContaining(['conference', 'referral-form', 'yos-assessment']));
    expect(s.source.currency).toMatch(/AIM2.*LSCB|LSCB.*AIM2/);
    expect(s.source.currency).toContain('check the current version');
  });

  it('with no age, a step applies when any band in play overlaps its ages', () => {
    const g = PACKS.gateshead!;
    const band = (minAge: number, maxAge: number): AgeRange => ({ age: null, bands: [{ minAge, maxAge }] });
    expect(shown(g, 'red', band(5, 9)).map((s) => s.id)).toEqual(['under-ten']);
    expect(shown(g, 'red', band(9, 13)).map((s) => s.id)).toContain('strategy-meeting');
  });

  it('puts the reader’s own role first within each route', () => {
    const g = PACKS.gateshead!;
    const steps = shown(g, 'red', at(14));
    const withoutRole = groupSteps(g, steps, null).find((x) => x.route?.id === 'concern')!;
    const withRole = groupSteps(g, steps, 'social-worker').find((x) => x.route?.id === 'concern')!;
    expect(withoutRole.roles[0]!.role.id).not.toBe('social-worker');
    expect(withRole.roles[0]!.role.id).toBe('social-worker');
  });

  it('records the area, the pack version and the steps shown, by route and role', () => {
    const snap = localSnapshot(PACKS.gateshead!, 'red', at(14), null);
    expect(snap).toMatchObject({ area: 'Gateshead', packId: 'gateshead', version: '2026.1' });
    expect(snap.steps.some((s) => s.startsWith('Concern route: MASH or IRT'))).toBe(true);
    expect(localSnapshot(null, 'red', at(14), null)).toEqual({ area: null, packId: null, version: null, steps: [] });
  });
});

describe('importing a pathway pack', () => {
  const valid = () => structuredClone(gatesheadJson) as unknown as PathwayPack & Record<string, unknown>;
  const refused = (pack: unknown) => {
    const result = parsePathwayText(JSON.stringify(pack), 'mine.json');
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.errors.join('\n');
  };

  it('accepts a valid pack', () => {
    expect(parsePathwayText(JSON.stringify(valid()), 'mine.json').ok).toBe(true);
  });

  it('refuses an e-mail address or a phone number anywhere, naming where', () => {
    const withEmail = valid();
    withEmail.steps[0]!.action = 'E-mail duty.team@example.org';
    expect(refused(withEmail)).toMatch(/mine\.json: steps\[0\]\.action: must not contain an e-mail address/);
    const withPhone = valid();
    withPhone.summary = 'Call 0191 433 1234 for advice.';
    expect(refused(withPhone)).toMatch(/summary: must not contain a phone number/);
    const withMobile = valid();
    withMobile.steps[1]!.note = 'Out of hours: +44 7700 900123';
    expect(refused(withMobile)).toMatch(/steps\[1\]\.note: must not contain a phone number/);
  });

  it('refuses an unknown role or route, and a file that is not JSON', () => {
    const broken = valid();
    broken.steps[0]!.role = 'chief-constable';
    broken.steps[1]!.route = 'nowhere';
    expect(refused(broken)).toMatch(/steps\[0\]\.role: unknown role "chief-constable"[\s\S]*steps\[1\]\.route: unknown route "nowhere"/);
    const result = parsePathwayText('{"kind": "pathway"', 'mine.json');
    expect(result.ok).toBe(false);
  });
});
