// @vitest-environment node
/** Which bands apply: the one rule the classify screen and training share. Expected bands are written out by hand. */
import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema } from '../../src/content/schema';
import { bandsInPlay, parseAge } from '../../src/rules/bands';

const pack = trafficLightPackSchema.parse(tlJson);
const ids = (choice: Parameters<typeof bandsInPlay>[1]) => bandsInPlay(pack, choice).map((b) => b.id);

describe('bandsInPlay', () => {
  it('one band inside a range, both at a boundary age, one of them when picked', () => {
    expect(ids({ age: 7 })).toEqual(['5-9']);
    expect(ids({ age: 13 })).toEqual(['9-13', '13-17']);
    expect(ids({ age: 13, bandPick: '13-17' })).toEqual(['13-17']);
    expect(ids({ age: 7, bandPick: '13-17' })).toEqual(['5-9']);
  });
  it('a band picked without an age, and a developmental band over the age', () => {
    expect(ids({ age: null, bandPick: '0-5' })).toEqual(['0-5']);
    expect(ids({ age: null })).toEqual([]);
    expect(ids({ age: 15, developmentalBand: '5-9' })).toEqual(['5-9']);
  });
  it('ages are whole years as typed', () => {
    expect([parseAge('11'), parseAge(' 4 '), parseAge('2.5'), parseAge('-1'), parseAge('1e1'), parseAge('')]).toEqual([11, 4, null, null, null, null]);
  });
});
