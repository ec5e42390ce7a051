import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../src/content/schema';
import { ageWords, statedAges, statesAdultAge } from '../../src/search/stated-ages';

const vocabulary: Vocabulary = {
  ignore: [],
  groups: [],
  actNow: { adult: [], disclosure: [], relations: [], relationFillers: [], reportedBy: [], reportedTo: [], reportedToFillers: [], acts: [], joiners: [], things: [], devices: [], seen: [], pretend: [] },
  qualifiers: [],
  statedAges: { gap: 3, younger: ['younger'], older: ['older'], adult: ['adult', 'grown'], schoolYearOffset: 5 },
};

describe('ages stated in a description', () => {
  it('reads the ways people write an age', () => {
    expect(statedAges('touching a 3 year old’s privates')).toEqual([3]);
    expect(statedAges('saying sexual stuff to 6 year olds')).toEqual([6]);
    expect(statedAges('15-year-old going out with a 24yo')).toEqual([15, 24]);
    expect(statedAges('her boyfriend is 21, she was 14')).toEqual([21, 14]);
    expect(statedAges('a lad aged 19')).toEqual([19]);
    expect(statedAges('a bloke in his 30s')).toEqual([30]);
    expect(statedAges('a man in his late 30s, or her early 20s')).toEqual([30, 20]);
    expect(statedAges('said he was 16, turns out hes 27')).toEqual([16, 27]);
    expect(statedAges('her cousin whos 23 and a guy of 21')).toEqual([23, 21]);
    expect(statedAges('a nineteen year old, a twenty one year old and a man in his forties')).toEqual([19, 21, 40]);
    expect(statedAges('turned out to be 35, not pretending to be 18')).toEqual([35]);
    expect(statedAges('a guy at the car wash, hes about 30, and she is nearly 15')).toEqual([30, 15]);
    expect(statedAges('the person says they are 33, theyre around 40')).toEqual([33, 40]);
    expect(statedAges('her boyfriend is mid-thirties, his mate late 20s')).toEqual([30, 20]);
    expect(statedAges('some 30-odd bloke off facebook')).toEqual([30]);
    expect(statedAges('lad from the barbers, abt 25, said')).toEqual([25]);
    expect(statedAges('older lads, like 18 and 20, give her lifts')).toEqual([18]);
    expect(statedAges('twenty-something lad off the estate, someone 18+ on snap')).toEqual([20, 18]);
    expect(statedAges('hes about 30')).toEqual([30]);
    // Counts and ratings are not ages.
    expect(statedAges('sent about 20 nudes, like 10 of them, maybe 15 times, around 18 months ago, about 30 quid')).toEqual([]);
    expect(statedAges('made an account on an 18+ website')).toEqual([]);
    expect(statedAges('there are 20 boys in the group')).toEqual([]);
    expect(statedAges('two boys, one of them twelve')).toEqual([]);
    expect(statedAges('nothing stated here, not even 7')).toEqual([]);
  });
  it('reads school years only where the pack gives their offset', () => {
    expect(statedAges('sleeping with a year 8 girl', 5)).toEqual([13]);
    expect(statedAges('two Y10s', 5)).toEqual([15]);
    expect(statedAges('sleeping with a year 8 girl')).toEqual([]);
  });
  it('an adult age is one at or over the adult age, never a school year', () => {
    expect(statesAdultAge('a 25 year old man', 18)).toBe(true);
    expect(statesAdultAge('a 17 year old', 18)).toBe(false);
    expect(statesAdultAge('a year 13 boy', 18)).toBe(false);
  });
  it('turns them into the pack’s words beside the child’s age', () => {
    expect(ageWords(vocabulary, 'touching a 3 year old', 8, 18)).toEqual(['younger']);
    expect(ageWords(vocabulary, 'with a 6 year old', 8, 18)).toEqual([]);
    expect(ageWords(vocabulary, 'sex with a year 8 girl', 17, 18)).toEqual(['younger']);
    expect(ageWords(vocabulary, 'going out with a 17 year old', 13, 18)).toEqual(['older']);
    expect(ageWords(vocabulary, 'going out with a 24 year old', 15, 18)).toEqual(['adult', 'grown']);
  });
  it('adds nothing without the child’s age or the pack’s rule', () => {
    expect(ageWords(vocabulary, 'touching a 3 year old', null, 18)).toEqual([]);
    expect(ageWords({ ...vocabulary, statedAges: undefined }, 'touching a 3 year old', 8, 18)).toEqual([]);
  });
});
