import { describe, expect, it } from 'vitest';
import { classifyScenario, disagreements } from '../../src/scenarios/engine';
import type { Scenario } from '../../src/scenarios/schema';
import { answer, current, isFinished, matches, next, previous, reveal, score, shuffled, startSession, summary, vote } from '../../src/scenarios/session';
import { miniPack } from './helpers/mini-pack';

const pack = miniPack();
const scenario = (over: Partial<Scenario>): Scenario => ({
  id: 's1',
  title: 'Playground game',
  age: 4,
  vignette: 'Fictional.',
  behaviour: 'games-young',
  facts: { 'not-mutual': 'no', 'power-difference': 'no' },
  expectedLevel: 'go',
  hackett: ['normal'],
  discussion: ['Why?'],
  legalPoints: [],
  tags: ['play'],
  variants: [{ change: 'One child was pushed into it', facts: { coercion: 'yes' }, expectedLevel: 'stop' }],
  ...over,
});

describe('training uses the rules engine', () => {
  it('classifies a scenario and its variant through classify()', () => {
    const s = scenario({});
    expect(classifyScenario(pack, s).level.id).toBe('go');
    expect(classifyScenario(pack, s, s.variants[0]).level.id).toBe('stop');
    expect(disagreements(pack, [s])).toEqual([]);
  });

  it('reports a stated level that disagrees with the engine, and a variant that does', () => {
    const s = scenario({ expectedLevel: 'wait', variants: [{ change: 'x', facts: {}, expectedLevel: 'stop' }] });
    expect(disagreements(pack, [s])).toEqual(['s1: states wait, engine gives go', 's1 variant 1: states stop, engine gives go']);
  });

  it('an unlisted scenario uses its chosen base level', () => {
    const s = scenario({ behaviour: undefined, unlisted: { description: 'x', baseLevel: 'wait' }, expectedLevel: 'wait', variants: [{ change: 'x', facts: {}, expectedLevel: 'wait' }] });
    expect(disagreements(pack, [s])).toEqual([]);
  });
});

describe('session', () => {
  const scenarios = [scenario({ id: 'a' }), scenario({ id: 'b', age: 15, behaviour: 'forcing', expectedLevel: 'stop', tags: ['force'] })];

  it('filters by band, level and tag', () => {
    expect(scenarios.filter((s) => matches(pack, s, { bands: ['13-17'], levels: [], tags: [] })).map((s) => s.id)).toEqual(['b']);
    expect(scenarios.filter((s) => matches(pack, s, { bands: [], levels: ['go'], tags: [] })).map((s) => s.id)).toEqual(['a']);
    expect(scenarios.filter((s) => matches(pack, s, { bands: [], levels: [], tags: ['force'] })).map((s) => s.id)).toEqual(['b']);
  });

  it('moves next and previous within bounds and finishes after the last', () => {
    let s = startSession(['a', 'b']);
    s = previous(s);
    expect(current(s)).toBe('a');
    s = next(s);
    expect(current(s)).toBe('b');
    s = next(s);
    expect(isFinished(s)).toBe(true);
  });

  it('tallies votes per level, never below zero, with a separate second round', () => {
    let s = startSession(['a']);
    s = vote(vote(vote(s, 'go'), 'go'), 'stop');
    s = vote(s, 'wait', -1);
    s = reveal(s);
    s = vote(s, 'stop', 1, 'second');
    expect(s.votes.a).toEqual({ go: 2, stop: 1, wait: 0 });
    expect(s.secondVotes.a).toEqual({ stop: 1 });
    expect(summary(s, scenarios)[0]).toMatchObject({ id: 'a', expectedLevel: 'go', agreement: 2 / 3 });
  });

  it('scores self-practice answers against the expected level', () => {
    let s = startSession(['a', 'b']);
    s = next(answer(s, 'go'));
    s = answer(s, 'wait');
    expect(score(s, scenarios)).toEqual({ correct: 1, answered: 2, total: 2 });
  });

  it('shuffles deterministically with a given random source and keeps every item', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const out = shuffled([1, 2, 3, 4, 5], random);
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5]);
    seed = 1;
    expect(shuffled([1, 2, 3, 4, 5], random)).toEqual(out);
  });
});
