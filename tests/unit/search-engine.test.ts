import { describe, expect, it } from 'vitest';
import { buildSearchIndex, editDistance, normalise, searchBehaviours, stem, tokenize } from '../../src/search';
import { miniPack } from './helpers/mini-pack';

const behaviours = miniPack().behaviours.map((b) => ({ ...b }));
behaviours[0]!.text = 'holding or playing with own genitals';
behaviours[0]!.aids = ['willy', 'touching himself'];
behaviours[11]!.text = 'making and sending naked images';
behaviours[11]!.aids = ['nudes', 'sexting'];
const index = buildSearchIndex(behaviours);
const ids = (q: string, opts = {}) => searchBehaviours(index, q, opts).map((h) => h.behaviour.id);

describe('text handling', () => {
  it('normalises case, accents and curly apostrophes', () => {
    expect(normalise('Children’s  CAFÉ')).toBe('childrens cafe');
  });
  it('drops stop words', () => {
    expect(tokenize('the child with his willy')).toEqual(['child', 'willy']);
  });
  it('stems word forms together', () => {
    expect(stem('masturbating')).toBe(stem('masturbation'));
    expect(stem('touching')).toBe('touch');
  });
  it('measures transpositions as one edit', () => {
    expect(editDistance('porn', 'pron', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('searchBehaviours', () => {
  it('returns nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });
  it('matches the partly typed last word as a prefix', () => {
    expect(ids('geni')).toContain('own-body-young');
  });
  it('matches aids and synonyms', () => {
    expect(ids('willy')[0]).toBe('own-body-young');
    expect(ids('penis')).toContain('own-body-young');
    expect(ids('nudes')[0]).toBe('images');
    expect(ids('pics')).toContain('images');
  });
  it('tolerates typos in longer words but not in short ones', () => {
    expect(ids('genitls')).toContain('own-body-young');
    expect(ids('wily')).toContain('own-body-young');
    expect(ids('xyz')).toEqual([]);
  });
  it('requires every word to match', () => {
    expect(ids('naked willy')).toEqual([]);
    expect(ids('sending naked')[0]).toBe('images');
  });
  it('filters by band and level', () => {
    expect(ids('willy', { bands: ['5-9'] })).toEqual([]);
    expect(ids('sending', { levels: ['go'] })).toEqual([]);
  });
  it('is deterministic', () => {
    expect(ids('s')).toEqual(ids('s'));
  });
});
