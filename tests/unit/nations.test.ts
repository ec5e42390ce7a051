/**
 * The shipped nation packs: every fact cites a dated https source, no pack names another nation's guidance or law,
 * and the overlay gives each nation's law, guidance and lead in a real result from the unchanged rules engine.
 * Oracles are written by hand here (document names, expected strings, England's known differences), never read
 * from the packs under test.
 */
import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import englandJson from '../../content/en-GB/nations/england.json';
import walesJson from '../../content/en-GB/nations/wales.json';
import scotlandJson from '../../content/en-GB/nations/scotland.json';
import northernIrelandJson from '../../content/en-GB/nations/northern-ireland.json';
import { validateTrafficLightPack, validateWith } from '../../src/content/validate';
import type { TrafficLightPack } from '../../src/content/schema';
import { nationPackSchema, type NationPack } from '../../src/nations/schema';
import { applyNation } from '../../src/nations/overlay';
import { classify } from '../../src/rules/classify';

const parseTrafficLight = (data: unknown): TrafficLightPack => {
  const r = validateTrafficLightPack(data, 'traffic-light.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
};
const base = parseTrafficLight(tlJson);

const FILES: Record<string, unknown> = { england: englandJson, wales: walesJson, scotland: scotlandJson, 'northern-ireland': northernIrelandJson };
const nations: Record<string, NationPack> = Object.fromEntries(
  Object.entries(FILES).map(([id, json]) => {
    const r = validateWith(nationPackSchema, json, `nations/${id}.json`);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return [id, r.pack];
  }),
);

/** Names of each nation's own documents and laws, written out by hand. */
const ENGLAND_GUIDANCE = ['Keeping Children Safe in Education', 'KCSIE', 'Working Together to Safeguard Children', 'UKCIS', 'advice for education settings', 'Local Authority Designated Officer', 'LADO', 'Information sharing advice'];
const ENGLAND_AND_WALES_LAW = ['Sexual Offences Act 2003', 'Protection of Children Act 1978', 'Criminal Justice Act 1988', 'Children and Young Persons Act 1933', 'Online Safety Act 2023', 'Voyeurism (Offences) Act 2019', 'Modern Slavery Act 2015', 'Police, Crime, Sentencing and Courts Act 2022'];
const WALES_GUIDANCE = ['Wales Safeguarding Procedures', 'Keeping learners safe', 'All Wales Practice Guide', 'peer sexual abuse, exploitation and harmful sexual behaviour', 'Social Services and Well-being (Wales) Act', 'Welsh Government', 'Hwb'];
const SCOTLAND = ['National Guidance for Child Protection in Scotland', 'Sexual Offences (Scotland) Act', 'Civic Government (Scotland) Act', 'Abusive Behaviour and Sexual Harm (Scotland) Act', 'Age of Criminal Responsibility (Scotland) Act', 'Criminal Procedure (Scotland) Act', 'Human Trafficking and Exploitation (Scotland) Act', 'Children’s Hearings (Scotland) Act', 'inter-agency referral discussion', 'Children’s Reporter'];
const NORTHERN_IRELAND = ['Co-operating to Safeguard Children', 'Sexual Offences (Northern Ireland) Order', 'Protection of Children (Northern Ireland) Order', 'Criminal Justice (Children) (Northern Ireland) Order', 'Criminal Justice (Evidence, Etc.) (Northern Ireland) Order', 'Act (Northern Ireland)', 'SBNI', 'Safeguarding Board for Northern Ireland', 'Children’s Gateway'];
const FORBIDDEN: Record<string, string[]> = {
  england: [...WALES_GUIDANCE, ...SCOTLAND, ...NORTHERN_IRELAND],
  wales: [...ENGLAND_GUIDANCE, ...SCOTLAND, ...NORTHERN_IRELAND],
  scotland: [...ENGLAND_GUIDANCE, ...ENGLAND_AND_WALES_LAW, ...WALES_GUIDANCE, ...NORTHERN_IRELAND],
  'northern-ireland': [...ENGLAND_GUIDANCE, ...ENGLAND_AND_WALES_LAW, ...WALES_GUIDANCE, ...SCOTLAND],
};

/** What a result for each nation must say, written out by hand. */
const EXPECTED: Record<string, { law: string; guidance: string; lead: string; criminalAge: number; socialCare: string }> = {
  england: { law: 'Sexual Offences Act 2003', guidance: 'Keeping Children Safe in Education', lead: 'DSL', criminalAge: 10, socialCare: 'children’s social care' },
  wales: { law: 'Sexual Offences Act 2003', guidance: 'Wales Safeguarding Procedures', lead: 'designated safeguarding person', criminalAge: 10, socialCare: 'social services' },
  scotland: { law: 'Sexual Offences (Scotland) Act 2009', guidance: 'National Guidance for Child Protection in Scotland', lead: 'child protection co-ordinator', criminalAge: 12, socialCare: 'social work' },
  'northern-ireland': { law: 'Sexual Offences (Northern Ireland) Order 2008', guidance: 'Co-operating to Safeguard Children and Young People in Northern Ireland', lead: 'designated teacher', criminalAge: 10, socialCare: 'Children’s Gateway' },
};

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const named = (texts: string[], names: string[]) => names.filter((name) => texts.some((t) => t.toLowerCase().includes(name.toLowerCase())));

/** Every `cites` list, found by this test's own walk over the raw JSON. */
function citeLists(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citeLists(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'cites' ? [[path, v] as [string, unknown]] : citeLists(v, `${path}.${k}`)));
}

const top = Math.max(...base.levels.map((l) => l.rank));
const sexualActivity12 = base.behaviours.find((b) => b.band === '9-13' && b.tags.includes('sexual-activity') && b.tags.includes('interpersonal'))!;
const resultFor = (pack: TrafficLightPack, behaviourId: string, age: number, bandIds: string[]) =>
  classify(pack, { chronologicalAge: age, bandIds, developmental: false, behaviour: pack.behaviours.find((b) => b.id === behaviourId)!, answers: {} });

describe.each(Object.keys(FILES))('the %s pack', (id) => {
  const raw = FILES[id] as Record<string, unknown> & { sources: Record<string, unknown>[] };
  const nation = nations[id]!;

  it('passes the schema, with the right kind and id', () => {
    expect([nation.kind, nation.id]).toEqual(['nation', id]);
  });

  it('cites, for every fact, sources that exist and carry a title, publisher, date, https address and check date', () => {
    const sources = new Map(raw.sources.map((s) => [s.id, s]));
    const lists = citeLists(raw);
    expect(lists.length).toBeGreaterThan(10);
    for (const [path, ids] of lists) {
      expect(Array.isArray(ids), path).toBe(true);
      for (const sourceId of ids as string[]) {
        const s = sources.get(sourceId);
        expect(s, `${path} cites ${sourceId}`).toBeDefined();
        expect(String(s!.title).trim(), sourceId).not.toBe('');
        expect(String(s!.publisher).trim(), sourceId).not.toBe('');
        expect(String(s!.date).trim(), sourceId).not.toBe('');
        expect(String(s!.url), sourceId).toMatch(/^https:\/\/[^/\s]+\.[^/\s]+/);
        expect(String(s!.checked), sourceId).toMatch(/^20\d\d-[01]\d-[0-3]\d$/);
      }
    }
    const cited = new Set(lists.flatMap(([, ids]) => ids as string[]));
    expect(raw.sources.map((s) => s.id).filter((s) => !cited.has(s as string))).toEqual([]);
  });

  it('cites a source for each fact-bearing part: lead, age, guidance, routes, national, legal notes and police triggers', () => {
    const facts = [
      nation.lead.cites,
      nation.criminalResponsibilityAge.cites,
      nation.national.cites,
      ...Object.values(nation.guidance).map((g) => g!.cites),
      ...Object.values(nation.routes).map((r) => r.cites),
      ...nation.legalNotes.map((n) => n.cites),
      ...Object.values(nation.policeTriggers).map((t) => t.cites),
      ...nation.extraPoliceTriggers.map((t) => t.cites),
    ];
    for (const cites of facts) expect(cites.length).toBeGreaterThan(0);
  });

  it('names no other nation’s guidance or law anywhere in the pack', () => {
    expect(named(strings(raw), FORBIDDEN[id]!)).toEqual([]);
  });

  it('gives the age of criminal responsibility, and its legal note states it', () => {
    expect(nation.criminalResponsibilityAge.age).toBe(EXPECTED[id]!.criminalAge);
    const note = nation.legalNotes.find((n) => n.id === 'criminal-responsibility')!;
    expect(note.text).toContain(`is ${EXPECTED[id]!.criminalAge}`);
  });

  describe('laid over the traffic light pack', () => {
    const pack = applyNation(base, nation);

    it('leaves no placeholder and no other nation’s guidance or law in any text of the pack', () => {
      const texts = strings(pack);
      expect(texts.filter((t) => t.includes('{{'))).toEqual([]);
      expect(named(texts, FORBIDDEN[id]!)).toEqual([]);
    });

    it('names this nation’s service for referrals wherever the pack sends the reader to it, and England’s term only in England', () => {
      const texts = strings(pack);
      expect(texts.filter((t) => t.includes(EXPECTED[id]!.socialCare)).length).toBeGreaterThanOrEqual(10);
      if (id !== 'england') expect(texts.filter((t) => /children’s social care/i.test(t))).toEqual([]);
    });

    it('a 12-year-old’s sexual activity is the top level, with police triggers in this nation’s law and “Do now” naming its lead', () => {
      const r = resultFor(pack, sexualActivity12.id, 12, ['9-13']);
      expect(r.level.rank).toBe(top);
      const under13 = r.police.find((p) => p.id === 'under-13-sexual-activity');
      expect(under13?.source).toContain(EXPECTED[id]!.law);
      expect(r.doNow.join(' ')).toContain(EXPECTED[id]!.lead);
      expect(r.doNow[0]).toBe(nation.police.text.replaceAll('{{socialCare}}', nation.socialCare.name));
      const shown = [
        ...r.police.flatMap((p) => [p.text, p.source]),
        ...r.doNow,
        ...r.reasons.flatMap((x) => ('because' in x ? [x.because] : [])),
        ...pack.legalNotes.filter((n) => r.legalNoteIds.includes(n.id)).flatMap((n) => [n.text, n.source, n.jurisdiction]),
        ...strings(pack.nextSteps),
      ];
      expect(shown.join(' ')).toContain(EXPECTED[id]!.guidance);
      expect(r.legalNoteIds).toContain('under-13');
      expect(named(shown, FORBIDDEN[id]!)).toEqual([]);
      // The under-13 tag rule's reason (shown when it raises a lower listing) names this nation's law too.
      expect(pack.tagRules.find((t) => t.id === 'under-13-sexual-activity')?.reason).toContain(EXPECTED[id]!.law.replace(/ \d{4}$/, ''));
    });
  });
});

describe('Scotland: older children (13 to 15)', () => {
  const scotland = applyNation(base, nations.scotland!);
  const england = applyNation(base, nations.england!);
  const red = '13-17-red-non-consensual-activity';

  it('a top-level result for a 14-year-old’s sexual activity names the older-child offences as a police trigger', () => {
    const r = resultFor(scotland, red, 14, ['13-17']);
    expect(r.level.rank).toBe(top);
    expect(r.police.find((p) => p.id === 'older-child')?.source).toContain('Sexual Offences (Scotland) Act 2009, Part 4');
  });

  it('not for a 12-year-old (the young-child offences apply), a 16-year-old, or in England', () => {
    expect(resultFor(scotland, sexualActivity12.id, 12, ['9-13']).police.map((p) => p.id)).not.toContain('older-child');
    expect(resultFor(scotland, red, 16, ['13-17']).police.map((p) => p.id)).not.toContain('older-child');
    expect(resultFor(england, red, 14, ['13-17']).police.map((p) => p.id)).not.toContain('older-child');
  });
});

describe('England reproduces the texts the app shipped before nation packs', () => {
  // The shipped texts said "DSL" where the pack now has the placeholder; the oracle puts it back by plain text replacement.
  const before = parseTrafficLight(JSON.parse(JSON.stringify(tlJson).replaceAll('{{leadShort}}', 'DSL').replaceAll('{{socialCare}}', 'children’s social care')));
  const after = applyNation(base, nations.england!);
  /** Changed on purpose: a fact in the old text could not be confirmed from a primary source (see the pack's sources). */
  const CHANGED_NOTES = ['age-of-consent', 'indecent-images', 'criminal-responsibility'];
  const LEFT_OUT_NOTES = ['consent-definition'];
  const CHANGED_TRIGGER_SOURCES = ['under-13-sexual-activity', 'coercion', 'adult'];

  it('levels, behaviours, act-now prompts and tag rules are exactly as before', () => {
    expect(after.levels).toEqual(before.levels);
    expect(after.behaviours).toEqual(before.behaviours);
    expect(after.actNow).toEqual(before.actNow);
    expect(after.tagRules).toEqual(before.tagRules);
    expect(after.nextSteps.police).toBe(before.nextSteps.police);
  });

  it('legal notes are as before, except the three whose unconfirmed detail was dropped and the one left out', () => {
    const byId = new Map(after.legalNotes.map((n) => [n.id, n]));
    for (const note of before.legalNotes) {
      if (LEFT_OUT_NOTES.includes(note.id)) expect(byId.has(note.id)).toBe(false);
      else if (CHANGED_NOTES.includes(note.id)) expect([byId.get(note.id)?.title, byId.get(note.id)?.text === note.text]).toEqual([note.title, false]);
      else expect(byId.get(note.id)).toEqual(note);
    }
    expect(after.legalNotes.map((n) => n.id)).toEqual(before.legalNotes.map((n) => n.id).filter((i) => !LEFT_OUT_NOTES.includes(i)));
  });

  it('police triggers keep their text and conditions; three cite a confirmed source instead of the unconfirmed one', () => {
    expect(after.policeTriggers.map(({ id, when, text }) => ({ id, when, text }))).toEqual(before.policeTriggers.map(({ id, when, text }) => ({ id, when, text })));
    for (const t of before.policeTriggers) {
      const now = after.policeTriggers.find((x) => x.id === t.id)!;
      if (CHANGED_TRIGGER_SOURCES.includes(t.id)) expect(now.source).not.toBe(t.source);
      else expect(now).toEqual(t);
    }
  });

  it('national guidance keeps its title and first four options; the police option, jurisdiction, source and the consent line drop the unconfirmed details', () => {
    expect(after.nextSteps.national.title).toBe(before.nextSteps.national.title);
    expect(after.nextSteps.national.options.slice(0, 4)).toEqual(before.nextSteps.national.options.slice(0, 4));
    expect(after.nextSteps.national.options[4]).not.toBe(before.nextSteps.national.options[4]);
    expect(after.nextSteps.everyResult.slice(0, 2)).toEqual(before.nextSteps.everyResult.slice(0, 2));
    const national = strings(after.nextSteps).join(' ');
    expect(national).not.toMatch(/KCSIE 2025|2025|under 10/);
    expect(national).toContain('Keeping Children Safe in Education (Part five) and Working Together to Safeguard Children 2023');
  });
});
