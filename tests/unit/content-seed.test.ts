import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import type { TrafficLightPack } from '../../src/content/schema';
import { SEED_BEHAVIOURS, SEED_COUNTS } from '../fixtures/seed-behaviours';

const pack = tlJson as unknown as TrafficLightPack;
/** Seed wording is kept; only capitalisation and spacing may differ. */
const same = (a: string) => a.toLowerCase().replace(/\s+/g, ' ').trim();

describe('the traffic light pack holds every seed behaviour', () => {
  it('holds 89 behaviours, with the hand-counted number per band and level', () => {
    expect(pack.behaviours).toHaveLength(89);
    expect(SEED_BEHAVIOURS).toHaveLength(89);
    for (const [band, counts] of Object.entries(SEED_COUNTS)) {
      ['green', 'amber', 'red'].forEach((level, i) => {
        expect(pack.behaviours.filter((b) => b.band === band && b.level === level).length, `pack ${band} ${level}`).toBe(counts[i]);
        expect(SEED_BEHAVIOURS.filter(([b, l]) => b === band && l === level).length, `fixture ${band} ${level}`).toBe(counts[i]);
      });
    }
  });

  it('holds the five most serious 13–17 red behaviours, with the tags that route them to act now', () => {
    const tagged = (text: string) => pack.behaviours.find((b) => b.band === '13-17' && b.text === text);
    expect(tagged('sexual activity with someone in authority and in a position of trust')).toMatchObject({ level: 'red', tags: expect.arrayContaining(['position-of-trust']) });
    expect(tagged('sexual activity with family members')).toMatchObject({ level: 'red', tags: expect.arrayContaining(['family']) });
    expect(tagged('involvement in sexual exploitation and/or trafficking')).toMatchObject({ level: 'red', tags: expect.arrayContaining(['exploitation']) });
    expect(tagged('receipt of gifts or money in exchange for sex')).toMatchObject({ level: 'red', tags: expect.arrayContaining(['exploitation']) });
    expect(tagged('sexual contact with animals')).toMatchObject({ level: 'red', legal: ['animals'] });
  });

  it('has exactly the seed’s behaviours, band by band and level by level', () => {
    expect(pack.behaviours).toHaveLength(SEED_BEHAVIOURS.length);
    for (const band of pack.bands) {
      for (const level of pack.levels) {
        const fromSeed = SEED_BEHAVIOURS.filter(([b, l]) => b === band.id && l === level.id).map(([, , t]) => same(t)).sort();
        const inPack = pack.behaviours.filter((b) => b.band === band.id && b.level === level.id).map((b) => same(b.text)).sort();
        expect(inPack, `${band.id} ${level.id}`).toEqual(fromSeed);
      }
    }
  });

  it.each(SEED_BEHAVIOURS)('%s %s: %s', (band, level, text) => {
    const found = pack.behaviours.find((b) => b.band === band && same(b.text) === same(text));
    expect(found?.level).toBe(level);
  });

  it('gives every behaviour a stable unique id, search aids, and resolvable legal notes', () => {
    expect(new Set(pack.behaviours.map((b) => b.id)).size).toBe(pack.behaviours.length);
    const legal = new Set(pack.legalNotes.map((n) => n.id));
    for (const b of pack.behaviours) {
      expect(b.id).toBe(`${b.band}-${b.level}-${b.id.slice(`${b.band}-${b.level}-`.length)}`);
      expect(b.aids.length, b.id).toBeGreaterThanOrEqual(10);
      b.legal.forEach((l) => expect(legal.has(l), `${b.id} → ${l}`).toBe(true));
    }
  });

  it('tags the behaviours that point to harm to this child', () => {
    const harm = pack.behaviours.filter((b) => b.tags.includes('harm-to-child')).map((b) => b.id);
    for (const id of ['9-13-red-sti', '9-13-red-pregnancy', '9-13-red-genital-injury', '13-17-red-genital-injury', '0-5-red-penetration-objects']) expect(harm).toContain(id);
    for (const b of pack.behaviours.filter((x) => x.tags.includes('harm-to-child') || x.tags.includes('solitary'))) {
      expect(b.hackett ?? [], b.id).not.toContain('abusive');
    }
  });

  it('never says "perpetrator" or "red child"', () => {
    expect(JSON.stringify(tlJson)).not.toMatch(/\bperpetrator\b|\bred child\b/i);
  });

  it('labels bands with an en dash and ids with a hyphen', () => {
    for (const band of pack.bands) {
      expect(band.label).toBe(`${band.minAge}–${band.maxAge}`);
      expect(band.id).toBe(`${band.minAge}-${band.maxAge}`);
    }
  });
});
