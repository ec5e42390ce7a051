import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type TrafficLightPack } from '../../src/content/schema';
import { buildSearchIndex, searchBehaviours } from '../../src/search';
import queries from '../fixtures/search-queries.json';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const index = buildSearchIndex(pack.behaviours);

/** Everyday queries practitioners type, with the entry that must be in the top 3 for the band (shared with `npm run bench`). */
const QUERIES = queries as [band: string, query: string, expected: string][];

describe('search finds what practitioners type', () => {
  it('has at least 40 queries across all four bands', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const band of pack.bands) expect(QUERIES.filter((q) => q[0] === band.id).length).toBeGreaterThanOrEqual(8);
  });

  it.each(QUERIES)('%s: "%s" → %s in the top 3', (band, query, expected) => {
    const top = searchBehaviours(index, query, { bands: [band], limit: 3 }).map((h) => h.behaviour.id);
    expect(top).toContain(expected);
  });
});
