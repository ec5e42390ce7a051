/**
 * Properties of the rules engine over the whole shipped pack (fast-check): every behaviour, every age in its band,
 * every mix of answers. Each property is stated from the tool's own promises, not from the engine's code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type Behaviour } from '../../src/content/schema';
import { applicableCriteria, bandsForAge, classify, type Answer, type Answers } from '../../src/rules/classify';

const pack = trafficLightPackSchema.parse(tlJson);
const topRank = Math.max(...pack.levels.map((l) => l.rank));
const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

/** A behaviour (or "none of these fits" with a chosen level), a real age for it, and answers to its questions. */
const situation = fc
  .record({
    behaviourIndex: fc.integer({ min: -1, max: pack.behaviours.length - 1 }),
    ageSeed: fc.nat(),
    chosenLevel: fc.constantFrom(...pack.levels.map((l) => l.id)),
    answerSeeds: fc.array(fc.constantFrom(...ANSWERS), { minLength: pack.criteria.length, maxLength: pack.criteria.length }),
    flip: fc.nat(),
  })
  .map(({ behaviourIndex, ageSeed, chosenLevel, answerSeeds, flip }) => {
    const behaviour: Behaviour | null = behaviourIndex >= 0 ? pack.behaviours[behaviourIndex]! : null;
    const band = behaviour ? pack.bands.find((b) => b.id === behaviour.band)! : pack.bands[ageSeed % pack.bands.length]!;
    const age = band.minAge + (ageSeed % (band.maxAge - band.minAge + 1));
    const criteria = applicableCriteria(pack, behaviour);
    const answers: Record<string, Answer> = {};
    criteria.forEach((c, i) => (answers[c.id] = answerSeeds[i]!));
    return { behaviour, age, chosenLevel, answers, criterion: criteria[flip % criteria.length]!.id };
  });

type Situation = { behaviour: Behaviour | null; age: number; chosenLevel: string; answers: Answers };
const run = (s: Situation, answers: Answers = s.answers) =>
  classify(pack, {
    chronologicalAge: s.age,
    bandIds: bandsForAge(pack, s.age).map((b) => b.id),
    developmental: false,
    behaviour: s.behaviour,
    chosenLevelId: s.behaviour ? undefined : s.chosenLevel,
    answers,
  });

const RUNS = { numRuns: 3000 };

describe('rules engine properties over the shipped pack', () => {
  it('answering Yes to any question never lowers the level', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const before = run(s);
        const after = run(s, { ...s.answers, [s.criterion]: 'yes' });
        expect(after.level.rank).toBeGreaterThanOrEqual(before.level.rank);
      }),
      RUNS,
    );
  });

  it('turning a Not known into No never raises the level', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const unknown = { ...s.answers, [s.criterion]: 'unknown' as const };
        const no = { ...s.answers, [s.criterion]: 'no' as const };
        expect(run(s, no).level.rank).toBeLessThanOrEqual(run(s, unknown).level.rank);
      }),
      RUNS,
    );
  });

  it('a result at the pack’s top level is never provisional, and says no condition keeps it there', () => {
    let topSeen = 0;
    fc.assert(
      fc.property(situation, (s) => {
        const r = run(s);
        if (r.level.rank !== topRank) return;
        topSeen++;
        expect(r.provisional).toBe(false);
        expect(r.unanswered).toEqual([]);
        expect(r.reasons.filter((x) => x.type === 'provisional')).toEqual([]);
      }),
      RUNS,
    );
    expect(topSeen).toBeGreaterThan(100);
  });

  it('a provisional result names the level it holds, and every condition keeping it there could still raise it', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const r = run(s);
        for (const reason of r.reasons) if (reason.type === 'provisional') expect(reason.levelId).toBe(r.level.id);
        for (const c of r.unanswered) expect(run(s, { ...s.answers, [c.id]: 'yes' }).level.rank).toBeGreaterThan(r.level.rank);
      }),
      RUNS,
    );
  });

  it('every behaviour tagged family, exploitation or position of trust gives the police step and an act-now prompt, at every age and answer', () => {
    const tagged = pack.behaviours.filter((b) => b.tags.some((t) => ['family', 'exploitation', 'position-of-trust'].includes(t)));
    expect(tagged.length).toBeGreaterThanOrEqual(4);
    fc.assert(
      fc.property(situation, fc.constantFrom(...tagged), (s, behaviour) => {
        const band = pack.bands.find((b) => b.id === behaviour.band)!;
        const age = Math.min(Math.max(s.age, band.minAge), band.maxAge);
        const r = run({ ...s, behaviour, age });
        expect(r.police.length).toBeGreaterThan(0);
        expect(r.doNow[0]).toBe(pack.nextSteps.police);
        expect(r.actNow.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('“the other person is 18 or over: Yes” gives the act-now prompt for an adult in every band, listed or not', () => {
    for (const band of pack.bands) {
      const interpersonal = pack.behaviours.filter((b) => b.band === band.id && b.tags.includes('interpersonal'));
      for (const behaviour of [...interpersonal, null]) {
        const r = run({ behaviour, age: band.minAge, chosenLevel: pack.levels[0]!.id, answers: { 'other-adult': 'yes' } });
        expect(r.actNow.map((a) => a.because), `${band.id} ${behaviour?.id ?? 'none fits'}`).toContain('adult');
        expect(r.level.rank).toBe(topRank);
      }
    }
  });
});
