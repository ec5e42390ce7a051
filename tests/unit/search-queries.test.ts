import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import type { TrafficLightPack } from '../../src/content/schema';
import { buildSearchIndex, searchBehaviours } from '../../src/search';

const pack = tlJson as unknown as TrafficLightPack;
const index = buildSearchIndex(pack.behaviours);

/** Everyday queries practitioners type, with the entry that must be in the top 3 for the band. */
const QUERIES: [band: string, query: string, expected: string][] = [
  ['0-5', 'playing with his willy', '0-5-green-own-genitals'],
  ['0-5', 'playing doctors', '0-5-green-mummies-daddies-doctors'],
  ['0-5', 'running around naked', '0-5-green-enjoying-nakedness'],
  ['0-5', 'touching mums boobs', '0-5-green-curious-adults-bodies'],
  ['0-5', 'pulling pants down', '0-5-amber-pulling-pants-down'],
  ['0-5', 'follows into toilet', '0-5-amber-following-into-toilets'],
  ['0-5', 'humping', '0-5-red-simulating-sex-play'],
  ['0-5', 'saw sex on tv', '0-5-amber-talking-sex-tv-online'],
  ['0-5', 'fanny', '0-5-green-own-genitals'],
  ['0-5', 'forcing other children', '0-5-red-forcing-sexual-play'],
  ['5-9', 'wanking in front of others', '5-9-red-masturbation-in-front'],
  ['5-9', 'where do babies come from', '5-9-green-curious-sex-relationships'],
  ['5-9', 'rude words for privates', '5-9-green-swear-slang-body-parts'],
  ['5-9', 'porn', '5-9-red-sourcing-porn'],
  ['5-9', 'pornografy', '5-9-red-sourcing-porn'],
  ['5-9', 'touching each other', '5-9-amber-mutual-masturbation'],
  ['5-9', 'rude texts', '5-9-amber-sexual-bullying'],
  ['5-9', 'drawing willies', '5-9-amber-persistent-sexual-images-talk'],
  ['5-9', 'with a younger child', '5-9-red-younger-less-able'],
  ['5-9', 'privacy', '5-9-green-sense-of-privacy'],
  ['5-9', 'dry humping', '5-9-red-simulating-oral-penetrative'],
  ['9-13', 'sending nudes', '9-13-red-distributing-images'],
  ['9-13', 'sexting', '9-13-red-distributing-images'],
  ['9-13', 'dick pic', '9-13-red-distributing-images'],
  ['9-13', 'masterbation', '9-13-green-solitary-masturbation'],
  ['9-13', 'flashing', '9-13-amber-exhibitionism'],
  ['9-13', 'mooning', '9-13-amber-exhibitionism'],
  ['9-13', 'snogging', '9-13-green-consensual-kissing-peer'],
  ['9-13', 'watching porn', '9-13-amber-viewing-porn'],
  ['9-13', 'older boyfriend', '9-13-amber-uncharacteristic-risk-behaviour'],
  ['9-13', 'meeting someone from online', '9-13-red-meeting-online-secret'],
  ['9-13', 'STD', '9-13-red-sti'],
  ['9-13', 'pregnant', '9-13-red-pregnancy'],
  ['9-13', 'homophobic bullying', '9-13-amber-lgbt-bullying'],
  ['9-13', 'having sex', '9-13-red-sexual-activity-oral-intercourse'],
  ['9-13', 'groping', '9-13-red-sexual-harassment'],
  ['13-17', 'sending nudes', '13-17-amber-making-sending-images'],
  ['13-17', 'violent porn', '13-17-amber-exploitative-violent-porn'],
  ['13-17', 'rape', '13-17-red-non-consensual-activity'],
  ['13-17', 'upskirting', '13-17-red-sexual-harassment'],
  ['13-17', 'controlling boyfriend', '13-17-red-power-control'],
  ['13-17', 'tinder', '13-17-amber-adult-social-sites'],
  ['13-17', 'wanking', '13-17-green-solitary-masturbation'],
  ['13-17', 'blowjob', '13-17-green-consenting-oral-penetrative'],
  ['13-17', 'body image', '13-17-amber-body-image'],
  ['13-17', 'sextortion', '13-17-red-forcing-expose-genitals'],
  ['13-17', 'humiliating', '13-17-red-degradation-humiliation'],
  ['13-17', 'exposing himself in public', '13-17-red-exposing-in-public'],
  ['13-17', 'much older partner', '13-17-red-big-age-ability-difference'],
];

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
