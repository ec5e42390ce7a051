/**
 * Broken nation packs are refused with file, path and problem, at import (schema), against the traffic light pack
 * (coverage) and at build (the content gate). Also: the overlay changes neither input, and pathway packs map to a
 * nation by their jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import englandJson from '../../content/en-GB/nations/england.json';
import scotlandJson from '../../content/en-GB/nations/scotland.json';
import derby from '../../content/en-GB/pathways/derby.json';
import gateshead from '../../content/en-GB/pathways/gateshead.json';
import lancashire from '../../content/en-GB/pathways/lancashire.json';
import solihull from '../../content/en-GB/pathways/solihull.json';
import { contentPacksPlugin, validateContentDir } from '../../src/build/content-packs';
import { validatePackData } from '../../src/build/validate-pack';
import { validateTrafficLightPack, validateWith } from '../../src/content/validate';
import type { TrafficLightPack } from '../../src/content/schema';
import { nationPackSchema, type NationPack } from '../../src/nations/schema';
import { checkNationCoverage } from '../../src/nations/coverage';
import { applyNation, nationIdForPathway, pathwaysForNation } from '../../src/nations/overlay';

const FILE = 'content/en-GB/nations/england.json';
type Raw = Record<string, unknown> & {
  sources: Record<string, unknown>[];
  lead: Record<string, unknown>;
  legalNotes: Record<string, unknown>[];
  legalNotesLeftOut: Record<string, unknown>[];
  policeTriggers: Record<string, unknown>;
  tagRules: Record<string, unknown>;
};
const clone = () => structuredClone(englandJson) as unknown as Raw;
const parsed = (data: unknown): NationPack => {
  const r = validateWith(nationPackSchema, data, FILE);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
};
const trafficLight = (() => {
  const r = validateTrafficLightPack(tlJson, 'traffic-light.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
})();

/** How to break a pack, and the path and problem the message must name. */
const BROKEN: [name: string, breakIt: (p: Raw) => unknown, message: RegExp][] = [
  ['a source served over http', (p) => { p.sources[0]!.url = 'http://www.gov.uk/x'; return p; }, /sources\[0\]\.url: must be an https:\/\/ web address/],
  ['a source with no date', (p) => { delete p.sources[0]!.date; return p; }, /sources\[0\]\.date: /],
  ['a check date not written YYYY-MM-DD', (p) => { p.sources[0]!.checked = '2 December 2026'; return p; }, /sources\[0\]\.checked: must be a date written YYYY-MM-DD/],
  ['a fact citing a source the pack does not list', (p) => { p.lead.cites = ['no-such-source']; return p; }, /lead\.cites\[0\]: unknown source "no-such-source"/],
  ['a source nothing cites', (p) => { p.sources.push({ ...p.sources[0]!, id: 'spare' }); return p; }, /sources\[\d+\]\.id: source "spare" is never cited/],
  ['two sources with one id', (p) => { p.sources[1]!.id = p.sources[0]!.id; return p; }, /sources\[1\]\.id: duplicate id/],
  ['a legal note with no source', (p) => { p.legalNotes[0]!.cites = []; return p; }, /legalNotes\[0\]\.cites: must cite at least one source/],
  ['a police trigger with no source', (p) => { delete (p.policeTriggers.family as Record<string, unknown>).cites; return p; }, /policeTriggers\.family\.cites: /],
  ['a note both given and left out', (p) => { p.legalNotesLeftOut.push({ id: 'animals', reason: 'test' }); return p; }, /legalNotesLeftOut\[1\]\.id: "animals" is both given and left out/],
  ['a tag-rule change with neither reason nor prompt', (p) => { p.tagRules.family = {}; return p; }, /tagRules\.family: must give a reason, a prompt or both/],
  ['an unknown field (a misspelt key is not silently dropped)', (p) => ({ ...p, policeTrigger: {} }), /policeTrigger/],
  ['a criminal-responsibility age that is not a whole number', (p) => { p.criminalResponsibilityAge = { age: 10.5, cites: ['cypa-1933-s50'] }; return p; }, /criminalResponsibilityAge\.age: /],
];

describe('broken nation packs are refused with file, path and problem', () => {
  it('the shipped England pack passes, through the same dispatcher the build and the importer use', () => {
    expect(validatePackData(englandJson, FILE).ok).toBe(true);
  });

  it.each(BROKEN)('%s', (_name, breakIt, message) => {
    const result = validatePackData(breakIt(clone()), FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith(`${FILE}: `) && message.test(e)), result.errors.join('\n')).toBe(true);
  });
});

describe('a nation pack must answer for the traffic light pack’s legal notes and police triggers', () => {
  it('the shipped packs do', () => {
    expect(checkNationCoverage(parsed(englandJson), trafficLight, FILE)).toEqual([]);
    expect(checkNationCoverage(parsed(scotlandJson), trafficLight, 'scotland.json')).toEqual([]);
  });

  const COVERAGE: [name: string, breakIt: (p: Raw) => unknown, message: RegExp][] = [
    ['a police trigger with no text for this nation', (p) => { delete p.policeTriggers.family; return p; }, /: policeTriggers: no text for the police trigger "family"/],
    ['a legal note neither given nor left out', (p) => { p.legalNotes = p.legalNotes.filter((n) => n.id !== 'under-13'); return p; }, /: legalNotes: no note for "under-13"/],
    ['a legal note the traffic light pack does not have', (p) => { p.legalNotes[0]!.id = 'sea-law'; return p; }, /: legalNotes\[0\]\.id: "sea-law" is not a legal note/],
    ['a police trigger the traffic light pack does not have', (p) => { p.policeTriggers.piracy = p.policeTriggers.family; return p; }, /: policeTriggers\.piracy: "piracy" is not a police trigger/],
    ['a tag rule the traffic light pack does not have', (p) => { p.tagRules['no-rule'] = { reason: 'x' }; return p; }, /: tagRules\.no-rule: "no-rule" is not a tag rule/],
    [
      'an extra trigger naming a level the traffic light pack does not have',
      (p) => ({ ...p, extraPoliceTriggers: [{ id: 'extra', when: [{ levels: ['purple'] }], text: 't', source: 's', date: 'd', cites: ['cypa-1933-s50'] }] }),
      /: extraPoliceTriggers\[0\]\.when\[0\]\.levels: unknown level "purple"/,
    ],
  ];
  it.each(COVERAGE)('%s', (_name, breakIt, message) => {
    const problems = checkNationCoverage(parsed(breakIt(clone())), trafficLight, FILE);
    expect(problems.some((m) => m.startsWith(`${FILE}: `) && message.test(m)), problems.join('\n')).toBe(true);
  });

  it('the build gate names the file, path and problem, and stops the build', () => {
    const errors = validateContentDir('tests/fixtures/broken-nations').join('\n');
    expect(errors).toContain('tests/fixtures/broken-nations/en-GB/nations/uncovered.json: policeTriggers: no text for the police trigger "under-13"');
    expect(errors).toContain('tests/fixtures/broken-nations/en-GB/nations/uncovered.json: extraPoliceTriggers[0].when[0].bands: unknown band "9-13"');
    const plugin = contentPacksPlugin('tests/fixtures/broken-nations');
    const context = { error: (m: string): never => { throw new Error(m); } };
    expect(() => (plugin.buildStart as unknown as (this: typeof context) => void).call(context)).toThrow(/Invalid content pack:[\s\S]*uncovered\.json: policeTriggers/);
  });

  it('the shipped content passes the build gate, nation packs included', () => {
    expect(validateContentDir('content')).toEqual([]);
  });
});

describe('the overlay', () => {
  it('changes neither the traffic light pack nor the nation pack it is given', () => {
    const pack = structuredClone(trafficLight);
    const nation = parsed(scotlandJson);
    const nationBefore = structuredClone(nation);
    const out = applyNation(pack, nation);
    expect(pack).toEqual(trafficLight);
    expect(nation).toEqual(nationBefore);
    expect(out).not.toBe(pack);
  });

  it('fills {{lead}} with the title and {{leadShort}} with the short name', () => {
    const nation = parsed(scotlandJson);
    const pack: TrafficLightPack = { ...trafficLight, levels: trafficLight.levels.map((l, i) => (i === 0 ? { ...l, whatCanYouDo: 'Ask the {{lead}} ({{leadShort}}).' } : l)) };
    expect(applyNation(pack, { ...nation, lead: { ...nation.lead, title: 'long title', short: 'LT' } }).levels[0]!.whatCanYouDo).toBe('Ask the long title (LT).');
  });
});

describe('pathway packs map to a nation by their jurisdiction', () => {
  const nations = [parsed(englandJson), parsed(scotlandJson)];
  const shipped = [derby, gateshead, lancashire, solihull];

  it('the shipped pathway packs are all England’s', () => {
    expect(shipped.map((p) => nationIdForPathway(p, nations))).toEqual(['england', 'england', 'england', 'england']);
    expect(pathwaysForNation(shipped, 'england', nations)).toHaveLength(4);
    expect(pathwaysForNation(shipped, 'scotland', nations)).toEqual([]);
  });

  it('matching ignores case and spacing, and an unknown jurisdiction belongs to no nation', () => {
    expect(nationIdForPathway({ jurisdiction: '  scotland ' }, nations)).toBe('scotland');
    expect(nationIdForPathway({ jurisdiction: 'Isle of Man' }, nations)).toBeNull();
  });
});
