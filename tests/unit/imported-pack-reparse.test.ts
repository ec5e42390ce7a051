/**
 * A traffic light pack imported under an earlier pack schema (kept in localStorage) is parsed again by this build's
 * schema once, at start: fields added since get their defaults, so no reader needs a guard; one that no longer passes
 * is set aside for the shipped pack, with the reasons kept for Settings.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shippedPackJson } from '../../src/build/content-packs';
import { actNowCue } from '../../src/search/act-now';
import { serveContentPacks } from './helpers/notes-page';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a pack as stored JSON, edited field by field
const shipped = (): Json => JSON.parse(shippedPackJson('content/en-GB/traffic-light.json')) as Json;
/** Without the lists added to the schema since the first imports. */
function storedLongAgo(): Json {
  const pack = shipped();
  delete pack.vocabulary.actNow.devices;
  delete pack.vocabulary.actNow.seen;
  delete pack.vocabulary.actNow.pretend;
  for (const q of pack.vocabulary.qualifiers) delete q.denials;
  return pack;
}
function store(pack: Json, schema?: string) {
  localStorage.setItem('tl.importedPack', JSON.stringify(pack));
  localStorage.setItem('tl.packSource', 'imported');
  if (schema) localStorage.setItem('tl.importedPackSchema', schema);
}
/** The packs module as a fresh start of the app finds it. */
async function start() {
  vi.resetModules();
  return import('../../src/core/packs');
}

describe('an imported pack kept from an earlier version', () => {
  beforeEach(() => {
    localStorage.clear();
    serveContentPacks();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is parsed again by this schema and kept: the lists added since are there, empty', async () => {
    store(storedLongAgo());
    const packs = await (await start()).loadPacks();
    expect(packs.source).toBe('imported');
    const { actNow, qualifiers } = packs.trafficLight.vocabulary!;
    expect([actNow.devices, actNow.seen, actNow.pretend]).toEqual([[], [], []]);
    expect(qualifiers.map((q) => q.denials)).toEqual(qualifiers.map(() => []));
    expect(() => actNowCue(packs.trafficLight.vocabulary, 'her stepdad was seen touching her', 18)).not.toThrow();
    const kept = JSON.parse(localStorage.getItem('tl.importedPack')!) as Json;
    expect(kept.vocabulary.actNow.pretend).toEqual([]);
    expect(localStorage.getItem('tl.importedPackSchema')).toBe(__PACK_SCHEMA__);
  });

  it('a pack imported now is marked as parsed by this schema, so the next start reads it as stored', async () => {
    const { storeImportedPack } = await start();
    const { validateTrafficLightPack } = await import('../../src/content/validate');
    const checked = validateTrafficLightPack(shipped(), 'pack.json');
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    storeImportedPack(checked.pack);
    expect(localStorage.getItem('tl.importedPackSchema')).toBe(__PACK_SCHEMA__);
    expect((await (await start()).loadPacks()).source).toBe('imported');
  });

  it('is parsed once: a pack already parsed by this schema is read as stored', async () => {
    store(storedLongAgo(), __PACK_SCHEMA__);
    const packs = await (await start()).loadPacks();
    expect(packs.trafficLight.vocabulary!.actNow.seen).toBeUndefined();
  });

  it('that no longer passes is set aside: the shipped pack is used, and the reasons are kept for Settings', async () => {
    const broken = storedLongAgo();
    broken.behaviours[0].level = 'no-such-level';
    store(broken);
    const module = await start();
    const packs = await module.loadPacks();
    expect(packs.source).toBe('shipped');
    expect(localStorage.getItem('tl.packSource')).toBe('shipped');
    expect(module.useImportedPackSetAside()?.some((line) => line.startsWith('imported pack: behaviours[0]'))).toBe(true);
    // Kept for a later visit to Settings, until dismissed.
    expect((await start()).useImportedPackSetAside()?.length).toBeGreaterThan(0);
    module.dismissSetAside();
    expect((await start()).useImportedPackSetAside()).toBeNull();
  });
});
