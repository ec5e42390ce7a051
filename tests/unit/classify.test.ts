import { describe, expect, it } from 'vitest';
import {
  bandsForAge,
  classify,
  developmentalBandOptions,
  levelForRaise,
  sameConceptByBand,
  type Answers,
  type ClassifyInput,
} from '../../src/rules/classify';
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
const decisive = (r: ReturnType<typeof run>) => r.reasons.filter((x) => x.type !== 'answered' && x.type !== 'provisional');

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
    expect(decisive(r)).toEqual([{ type: 'listed', levelId: 'go', bandId: '5-9' }]);
  });

  it('at a boundary age uses the higher level of the two bands, and says so', () => {
    const r = run('slang-older', { chronologicalAge: 5, bandIds: ['0-5', '5-9'] });
    expect(r.level.id).toBe('wait');
    expect(decisive(r).map((x) => x.type)).toEqual(['listed', 'boundary']);
  });

  it('at a boundary age keeps the picked level when it is already the higher one', () => {
    const r = run('swearing-5-9', { chronologicalAge: 9, bandIds: ['5-9', '9-13'] });
    expect(r.level.id).toBe('wait');
    expect(decisive(r).map((x) => x.type)).toEqual(['listed']);
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
  it('an interpersonal behaviour keeps its listed level, marked provisional, while consent or power is not known', () => {
    const r = run('games-young');
    expect(r.provisional).toBe(true);
    expect(r.level.id).toBe('go');
    expect(r.unanswered.map((c) => c.id)).toEqual(['not-mutual', 'power-difference']);
    expect(r.reasons.filter((x) => x.type === 'provisional')).toHaveLength(2);
  });

  it('answering "no" to both removes the marker; "yes" raises with the reason', () => {
    expect(run('games-young', { answers: noConsentDoubt })).toMatchObject({ provisional: false, unanswered: [], level: { id: 'go' } });
    const raised = run('games-young', { answers: { 'not-mutual': 'yes' } });
    expect(raised.level.id).toBe('stop');
    expect(raised.reasons).toContainEqual(expect.objectContaining({ type: 'raised', because: 'the other child did not agree' }));
  });

  it('records every applicable answer, including those that did not change the level', () => {
    const r = run('games-young', { answers: { ...noConsentDoubt, secrecy: 'no' } });
    const answered = r.reasons.filter((x) => x.type === 'answered');
    expect(answered).toContainEqual({ type: 'answered', criterionId: 'secrecy', answer: 'no' });
    expect(answered).toContainEqual({ type: 'answered', criterionId: 'coercion', answer: 'unknown' });
    expect(answered.length + r.reasons.filter((x) => x.type === 'raised' || x.type === 'provisional').length).toBe(r.applicableCriteria.length);
  });

  it('stays provisional while one of the two is still not known', () => {
    expect(run('games-young', { answers: { 'not-mutual': 'no' } }).provisional).toBe(true);
  });

  it('a "yes" that does not change the level is still in the reasons', () => {
    const r = run('forcing', { answers: { ...noConsentDoubt, persisting: 'yes' } });
    expect(r.reasons).toContainEqual({ type: 'answered', criterionId: 'persisting', answer: 'yes' });
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

describe('classify: act now and the police', () => {
  it('an adult involved gives the act-now prompt, the police as the first step, and caps Hackett (this child may be the one harmed)', () => {
    const r = run('images', { chronologicalAge: 15, answers: { ...noConsentDoubt, 'other-adult': 'yes' } });
    expect(r.level.id).toBe('stop');
    expect(r.actNow).toEqual([{ id: 'adult', text: 'Act now: the police.', because: 'adult' }]);
    expect(r.hackett).not.toContain('abusive');
  });

  it('a position-of-trust listing acts now with no answer needed', () => {
    expect(run('trust', { chronologicalAge: 15 }).actNow.map((a) => a.id)).toEqual(['adult']);
  });

  it('an adult answered "no" or not known gives no act-now prompt', () => {
    expect(run('images', { chronologicalAge: 15, answers: { 'other-adult': 'no' } }).actNow).toEqual([]);
    expect(run('images', { chronologicalAge: 15 }).actNow).toEqual([]);
  });

  it('names the police first, with source and date, for sexual activity under 13', () => {
    const r = run('sex-9-13', { chronologicalAge: 11, bandIds: ['9-13'], answers: noConsentDoubt });
    expect(r.police).toEqual([{ id: 'under-13', text: 'Police: under 13.', source: 'SOA', date: '2003' }]);
    expect(r.doNow[0]).toBe('Police: under 13.');
    expect(r.doNow).toHaveLength(3);
  });

  it('names the police for coercion, and for images of a child under 13, but not for images at 15 alone', () => {
    expect(run('images', { chronologicalAge: 15, answers: { ...noConsentDoubt, coercion: 'yes' } }).police.map((p) => p.id)).toEqual(['coercion']);
    expect(run('images-young', { chronologicalAge: 12, bandIds: ['9-13'], answers: noConsentDoubt }).police.map((p) => p.id)).toEqual(['images']);
    expect(run('images', { chronologicalAge: 15, answers: noConsentDoubt }).police).toEqual([]);
  });

  it('sextortion (images with coercion) is an act-now case', () => {
    expect(run('images', { chronologicalAge: 15, answers: { coercion: 'yes' } }).actNow.map((a) => a.id)).toEqual(['sextortion']);
  });
});

describe('classify: do now and cautions follow the context', () => {
  it('gives one to three actions, the lines for this context only', () => {
    expect(run('slang-young', { chronologicalAge: 3, bandIds: ['0-5'] }).doNow).toEqual(['Tell the lead.', 'Talk to parents.', 'Gather facts.']);
    expect(run('swearing-5-9', { chronologicalAge: 7, bandIds: ['5-9'] }).doNow).toEqual(['Tell the lead.', 'Gather facts.']);
  });

  it('falls back to what the level says when a pack gives no actions', () => {
    expect(run('own-body-older').doNow).toEqual(['praise']);
  });

  it('the caution about families depends on the band and on whether another child was harmed', () => {
    expect(run('pulling-young', { chronologicalAge: 3, bandIds: ['0-5'], answers: noConsentDoubt }).caution).toBe('Families wait.');
    expect(run('slang-young', { chronologicalAge: 3, bandIds: ['0-5'] }).caution).toBe('Parents can be told.');
    expect(run('swearing-5-9', { chronologicalAge: 7, bandIds: ['5-9'] }).caution).toBe('Ask the lead first.');
    expect(run('own-body-older').caution).toBeNull();
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
