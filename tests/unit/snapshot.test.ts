import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type HackettPack, type TrafficLightPack } from '../../src/content/schema';
import { i18n } from '../../src/i18n';
// The reasons are worded with the result's strings, which the result's chunk registers in the app.
import '../../src/triage/strings';
import { classify, type Answers } from '../../src/rules/classify';
import { initialJudgement } from '../../src/triage/judgement-state';
import { toSnapshot } from '../../src/records/from-result';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const hackett = hackettJson as unknown as HackettPack;

function snapshotFor(behaviourId: string, age: number, answers: Answers) {
  const behaviour = pack.behaviours.find((b) => b.id === behaviourId)!;
  const input = { chronologicalAge: age, bandIds: [behaviour.band], developmental: false, behaviour, answers };
  const result = classify(pack, input, hackett);
  return toSnapshot(pack, hackett, result, { ...input, nation: 'Scotland', ownWords: '', judgement: initialJudgement }, i18n.t.bind(i18n));
}

describe('the record a result leaves in a note', () => {
  it('lists every context answer, as Yes, No or Not known', () => {
    const s = snapshotFor('0-5-green-mummies-daddies-doctors', 4, { 'not-mutual': 'no', secrecy: 'yes' });
    const applicable = pack.criteria.filter((c) => c.appliesTo === 'all' || c.appliesTo === 'interpersonal');
    expect(s.answers.map((a) => a.label)).toEqual(applicable.map((c) => c.label));
    expect(s.answers.find((a) => a.label === 'Consent')?.answer).toBe('No');
    expect(s.answers.find((a) => a.label === 'Secrecy, compulsion or excess')?.answer).toBe('Yes');
    expect(s.answers.filter((a) => a.answer === 'Not known').length).toBe(applicable.length - 2);
  });

  it('words reasons as facts for a record, never as interface instructions', () => {
    const s = snapshotFor('0-5-green-mummies-daddies-doctors', 4, {});
    expect(s.reasons).toContain('Consent: not known at the time of recording.');
    expect(s.reasons).toContain('Coercion, threats or blackmail: not known at the time of recording.');
    for (const r of s.reasons) expect(r).not.toMatch(/until this is answered|Shown as|tap|click|below/i);
  });

  it('keeps answers that did not change the level among the reasons', () => {
    const s = snapshotFor('13-17-red-non-consensual-activity', 15, { 'other-adult': 'no', persisting: 'yes' });
    expect(s.reasons).toContain('The other person is an adult: no.');
    expect(s.reasons).toContain('Continued after adults intervened: yes.');
  });

  it('carries the Hackett reading, the pack version, the police trigger with its source, and the local procedure shown', () => {
    const s = snapshotFor('9-13-red-sexual-activity-oral-intercourse', 11, {});
    expect(s.hackett.length).toBeGreaterThan(0);
    expect(s.packVersion).toBe(pack.version);
    expect(s.police?.[0]).toMatch(/under 13.*Sexual Offences Act 2003/);
    expect(s.doNow?.[0]).toMatch(/^Tell the police now/);
    expect(s.localProcedure).toEqual({ area: null, packId: null, version: null, steps: [] });
  });
});
