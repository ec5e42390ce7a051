// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { votesAsCsv } from '../../src/scenarios/votes-csv';
import { levelsByRank } from '../../src/rules/levels';
import { miniPack } from './helpers/mini-pack';

const levels = levelsByRank(miniPack());
const labels = { scenario: 'Scenario', engineLevel: 'Rules engine level', level: 'Level voted', votes: 'Votes', secondVotes: 'Votes after the change' };

describe('votes as CSV', () => {
  it('writes a header, then one row per scenario per level with both rounds and the engine’s level, cells quoted where needed and formulas guarded', () => {
    const csv = votesAsCsv(
      [
        { id: 'a', title: 'Bus stop, "after school"', expectedLevel: 'wait', votes: { go: 2, wait: 5 }, secondVotes: { stop: 4 }, agreement: 5 / 7 },
        { id: 'b', title: '=Park', expectedLevel: 'go', votes: {}, secondVotes: {}, agreement: null },
      ],
      levels,
      labels,
    );
    expect(csv).toBe(
      [
        'Scenario,Rules engine level,Level voted,Votes,Votes after the change',
        '"Bus stop, ""after school""",Wait,Go,2,0',
        '"Bus stop, ""after school""",Wait,Wait,5,0',
        '"Bus stop, ""after school""",Wait,Stop,0,4',
        "'=Park,Go,Go,0,0",
        "'=Park,Go,Wait,0,0",
        "'=Park,Go,Stop,0,0",
        '',
      ].join('\r\n'),
    );
  });

  it('is only the header when no scenario was shown', () => {
    expect(votesAsCsv([], levels, labels)).toBe('Scenario,Rules engine level,Level voted,Votes,Votes after the change\r\n');
  });
});
