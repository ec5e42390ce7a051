import { describe, expect, it } from 'vitest';
import {
  bandsForAge,
  classify,
  developmentalBandOptions,
  levelForRaise,
  sameConceptByBand,
  type Answers,
  type ClassifyInput,
} from '../../src/triage/classify';
import { miniPack } from './helpers/mini-pack';

const pack = miniPack();
const find = (id: string) => pack.behaviours.find((b) => b.id === id)!;
const run = (id: string | null, extra: Partial<ClassifyInput> = {}) =>
  classify(pack, {
    chronologicalAge: null,
    bandIds: [id ? find(id).band : '13-17'],
    developmental: false,
    behaviour: id ? find(id) : null,
    answers: {},
    ...extra,
  });
const noConsentDoubt: Answers = { 'not-mutual': 'no', 'power-difference': 'no' };

describe('bands', () => {
  it('finds one band inside a range and two at each boundary age', () => {
    expect(bandsForAge(pack, 3).map((b) => b.id)).toEqual(['0-5']);
    expect(bandsForAge(pack, 5).map((b) => b.id)).toEqual(['0-5', '5-9']);
    expect(bandsForAge(pack, 9).map((b) => b.id)).toEqual(['5-9', '9-13']);
    expect(bandsForAge(pack, 13).map((b) => b.id)).toEqual(['9-13', '13-17']);
    expect(bandsForAge(pack, 18)).toEqual([]);
  });

  it('offers only younger bands for developmental age', () => {
    const chrono = bandsForAge(pack, 15);
    expect(developmentalBandOptions(pack, chrono).map((b) => b.id)).toEqual(['0-5', '5-9', '9-13']);
    expect(developmentalBandOptions(pack, bandsForAge(pack, 3))).toEqual([]);
  });

  it('maps a raise to a level by rank, "top" to the highest', () => {
    expect(levelForRaise(pack, 'top').id).toBe('stop');
    expect(levelForRaise(pack, 2).id).toBe('wait');
  });
});

describe('classify: listed levels', () => {
  it('returns the listed level with a "listed" reason', () => {
    const r = run('own-body-older');
    expect(r.level.id).toBe('go');
    expect(r.provisional).toBe(false);
    expect(r.reasons).toEqual([{ type: 'listed', levelId: 'go', bandId: '5-9' }]);
  });

  it('at a boundary age uses the higher level of the two bands, and says so', () => {
    const r = run('slang-older', { chronologicalAge: 5, bandIds: ['0-5', '5-9'] });
    expect(r.level.id).toBe('wait');
    expect(r.reasons.map((x) => x.type)).toEqual(['listed', 'boundary']);
  });

  it('at a boundary age keeps the picked level when it is already the higher one', () => {
    const r = run('swearing-5-9', { chronologicalAge: 9, bandIds: ['5-9', '9-13'] });
    expect(r.level.id).toBe('wait');
    expect(r.reasons.map((x) => x.type)).toEqual(['listed']);
  });
});

describe('classify: context rules only ever raise', () => {
  it('coercion raises to the top level with its reason', () => {
    const r = run('games-young', { answers: { ...noConsentDoubt, coercion: 'yes' } });
    expect(r.level.id).toBe('stop');
    expect(r.reasons).toContainEqual(expect.objectContaining({ type: 'raised', levelId: 'stop', because: 'coercion was described' }));
  });

  it('the other child not agreeing raises to the top', () => {
    expect(run('games-young', { answers: { 'not-mutual': 'yes', 'power-difference': 'no' } }).level.id).toBe('stop');
  });

  it('a power difference raises to the top', () => {
    expect(run('games-young', { answers: { 'not-mutual': 'no', 'power-difference': 'yes' } }).level.id).toBe('stop');
  });

  it('secrecy raises even a solitary behaviour to the top', () => {
    expect(run('own-body-older', { answers: { secrecy: 'yes' } }).level.id).toBe('stop');
  });

  it("this child's distress raises to at least the second level and prompts about harm", () => {
    const r = run('own-body-older', { answers: { 'own-distress': 'yes' } });
    expect(r.level.id).toBe('wait');
    expect(r.prompts).toContain('Consider harm.');
  });

  it('persisting after intervention raises to at least the second level', () => {
    expect(run('own-body-older', { answers: { persisting: 'yes' } }).level.id).toBe('wait');
  });

  it('never lowers: a "no" or a second-level rule leaves a top-level behaviour at the top', () => {
    const r = run('forcing', { answers: { ...noConsentDoubt, persisting: 'yes', coercion: 'no' } });
    expect(r.level.id).toBe('stop');
  });

  it('"no" answers leave the listed level', () => {
    const r = run('games-young', { answers: { ...noConsentDoubt, coercion: 'no', secrecy: 'no' } });
    expect(r.level.id).toBe('go');
    expect(r.provisional).toBe(false);
  });
});

describe('classify: three answers, not two', () => {
  it('an interpersonal behaviour is provisional and at least the second level while consent or power is not known', () => {
    const r = run('games-young');
    expect(r.provisional).toBe(true);
    expect(r.level.id).toBe('wait');
    expect(r.reasons.filter((x) => x.type === 'provisional')).toHaveLength(2);
  });

  it('stays provisional while one of the two is still not known', () => {
    expect(run('games-young', { answers: { 'not-mutual': 'no' } }).provisional).toBe(true);
  });

  it('consent questions do not apply to solitary behaviour', () => {
    const r = run('own-body-older');
    expect(r.applicableCriteria.map((c) => c.id)).toEqual(['own-distress', 'secrecy', 'persisting']);
    expect(r.provisional).toBe(false);
  });
});

describe('classify: legal floor and harm to this child', () => {
  it('sexual activity involving a child under 13 goes to the top level, by chronological age', () => {
    const r = run('sex-13-17', { chronologicalAge: 12, bandIds: ['13-17'], developmental: false, answers: noConsentDoubt });
    expect(r.level.id).toBe('stop');
    expect(r.reasons).toContainEqual(expect.objectContaining({ type: 'raised', ruleId: 'under-13' }));
    expect(r.legalNoteIds).toContain('under-13');
  });

  it('developmental age does not change the legal floor: a 15-year-old in a younger band is judged by real age', () => {
    const r = run('sex-13-17', { chronologicalAge: 15, bandIds: ['13-17'], answers: noConsentDoubt });
    expect(r.level.id).toBe('go');
    expect(r.legalNoteIds).not.toContain('under-13');
  });

  it('records developmental age in the reasons', () => {
    const r = run('own-body-young', { chronologicalAge: 12, bandIds: ['0-5'], developmental: true });
    expect(r.reasons).toContainEqual({ type: 'developmental', bandId: '0-5' });
  });

  it('harm-to-child behaviours prompt child protection and are never read as abusive', () => {
    const r = run('sti', { chronologicalAge: 15, bandIds: ['13-17'] });
    expect(r.prompts).toContain('Child protection.');
    expect(r.hackett).not.toContain('abusive');
    expect(r.hackett).not.toContain('violent');
  });
});

describe('classify: Hackett reading comes from the reasons', () => {
  it('a listed first-level behaviour reads as normal', () => {
    expect(run('own-body-older').hackett).toEqual(['normal']);
  });

  it('secrecy alone reads as problematic, not abusive', () => {
    expect(run('own-body-older', { answers: { secrecy: 'yes' } }).hackett).toEqual(['problematic']);
  });

  it('solitary behaviour is never abusive, whatever is ticked', () => {
    const r = run('own-body-older', { answers: { secrecy: 'yes', coercion: 'yes' } });
    expect(r.hackett).not.toContain('abusive');
  });

  it('coercion reads as abusive', () => {
    expect(run('games-young', { answers: { ...noConsentDoubt, coercion: 'yes' } }).hackett).toEqual(['abusive']);
  });

  it('a behaviour that itself implies abuse keeps that reading', () => {
    expect(run('forcing', { answers: noConsentDoubt }).hackett).toEqual(['abusive']);
  });
});

describe('classify: none of these fits', () => {
  it('uses the chosen level and says it was chosen', () => {
    const r = run(null, { chosenLevelId: 'wait', answers: noConsentDoubt });
    expect(r.level.id).toBe('wait');
    expect(r.reasons[0]).toEqual({ type: 'chosen', levelId: 'wait' });
  });

  it('asks every criterion, including consent, and raises on them', () => {
    const r = run(null, { chosenLevelId: 'go', answers: { ...noConsentDoubt, coercion: 'yes' } });
    expect(r.applicableCriteria.map((c) => c.id)).toContain('not-mutual');
    expect(r.level.id).toBe('stop');
  });

  it('is provisional while consent is not known', () => {
    expect(run(null, { chosenLevelId: 'go' }).provisional).toBe(true);
  });
});

describe('same behaviour in other bands', () => {
  it('lists every band with the same concept or null', () => {
    const rows = sameConceptByBand(pack, find('own-body-young'));
    expect(rows.map((r) => [r.band.id, r.behaviour?.id ?? null])).toEqual([
      ['0-5', 'own-body-young'],
      ['5-9', 'own-body-older'],
      ['9-13', null],
      ['13-17', null],
    ]);
  });
});
