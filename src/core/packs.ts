/**
 * Loads the content packs: the shipped ones (validated at build) or an imported traffic-light pack
 * (validated at import, kept in localStorage so the first screen never needs Dexie or zod), with the chosen
 * nation's guidance, law and lead laid over it (nations/overlay.ts), so a result names that nation's only.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { HackettPack, TrafficLightPack } from '../content/schema';
import { applyNation } from '../nations/overlay';
import type { NationPack } from '../nations/schema';

export interface Packs {
  /** The traffic light pack with the chosen nation laid over it. */
  trafficLight: TrafficLightPack;
  hackett: HackettPack;
  source: 'shipped' | 'imported';
  nation: NationPack;
}

const IMPORTED_KEY = 'tl.importedPack';
/** The pack schema an imported pack was last parsed by (__PACK_SCHEMA__). */
const CHECKED_KEY = 'tl.importedPackSchema';
const SOURCE_KEY = 'tl.packSource';
const NATION_KEY = 'tl.nation';
export const DEFAULT_NATION = 'england';
const LOCALE = 'en-GB';

/** The nation chosen in Settings (England until one is chosen): its guidance, law and lead apply to every result. */
const nationId = signal(typeof localStorage === 'undefined' ? DEFAULT_NATION : (localStorage.getItem(NATION_KEY) ?? DEFAULT_NATION));
/** Reading the signal in render subscribes the component: Settings' area list follows the nation. */
export const useChosenNation = (): string => nationId.value;

export function chooseNation(id: string): void {
  localStorage.setItem(NATION_KEY, id);
  nationId.value = id;
  invalidate();
}

/** The nations shipped, for Settings: id, name and the jurisdictions their local areas name. */
export interface NationIndexEntry {
  id: string;
  name: string;
  jurisdictions: string[];
}
export const loadNationIndex = (): Promise<NationIndexEntry[]> => fetchContent<NationIndexEntry[]>(`${LOCALE}/nations/index.json`);

export const loadNationPack = (id: string): Promise<NationPack> => fetchContent<NationPack>(`${LOCALE}/nations/${id}.json`);

/** The chosen nation's pack; an unknown id (a nation since removed) falls back to the default. */
async function loadNation(): Promise<NationPack> {
  const id = nationId.peek();
  try {
    return await loadNationPack(id);
  } catch (e) {
    if (id === DEFAULT_NATION) throw e;
    return loadNationPack(DEFAULT_NATION);
  }
}

/**
 * Packs are data served beside the app, not JavaScript: zod's parsed output written at build (defaults applied),
 * precached by the service worker, so the app reads them as they are.
 */
export async function fetchContent<T>(path: string): Promise<T> {
  const response = await fetch(`/content/${path}`);
  if (!response.ok) throw new Error(`Could not load content ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export async function loadShippedPacks(): Promise<{ trafficLight: TrafficLightPack; hackett: HackettPack; nation: NationPack }> {
  const [trafficLight, hackett, nation] = await Promise.all([fetchContent<TrafficLightPack>(`${LOCALE}/traffic-light.json`), fetchContent<HackettPack>(`${LOCALE}/hackett.json`), loadNation()]);
  return { trafficLight, hackett, nation };
}

export function readImportedPack(): TrafficLightPack | null {
  try {
    const text = localStorage.getItem(IMPORTED_KEY);
    // Stored as zod's parsed output at import (settings), like the shipped packs.
    return text ? (JSON.parse(text) as TrafficLightPack) : null;
  } catch {
    return null;
  }
}

/** Why a stored imported pack was set aside at start (it no longer passes this version's checks): kept until read, for Settings to say. */
const SET_ASIDE_KEY = 'tl.importedPackSetAside';
const setAside = signal<string[] | null>(readSetAside());
export const useImportedPackSetAside = (): string[] | null => setAside.value;

function readSetAside(): string[] | null {
  try {
    return typeof localStorage === 'undefined' ? null : (JSON.parse(localStorage.getItem(SET_ASIDE_KEY) ?? 'null') as string[] | null);
  } catch {
    return null;
  }
}

function keepSetAside(errors: string[] | null): void {
  if (errors) localStorage.setItem(SET_ASIDE_KEY, JSON.stringify(errors));
  else localStorage.removeItem(SET_ASIDE_KEY);
  setAside.value = errors;
}

/** Settings has shown why; the notice goes. */
export const dismissSetAside = (): void => keepSetAside(null);

/** Stores an already-validated pack and makes it the one in use. */
export function storeImportedPack(pack: TrafficLightPack): void {
  localStorage.setItem(IMPORTED_KEY, JSON.stringify(pack));
  localStorage.setItem(CHECKED_KEY, __PACK_SCHEMA__);
  localStorage.setItem(SOURCE_KEY, 'imported');
  keepSetAside(null);
  invalidate();
}

/**
 * A pack imported under another pack schema is parsed again by this one, once (zod loads only then): fields added
 * since get their defaults, so no reader needs a guard for a field a stored pack lacks. One that no longer passes is
 * set aside, and the shipped pack is used.
 */
async function importedPackForThisSchema(): Promise<TrafficLightPack | null> {
  const pack = readImportedPack();
  if (!pack || localStorage.getItem(CHECKED_KEY) === __PACK_SCHEMA__) return pack;
  const { validateTrafficLightPack } = await import('../content/validate');
  const result = validateTrafficLightPack(pack, 'imported pack');
  if (!result.ok) {
    keepSetAside(result.errors.slice(0, 8));
    localStorage.setItem(SOURCE_KEY, 'shipped');
    return null;
  }
  try {
    localStorage.setItem(IMPORTED_KEY, JSON.stringify(result.pack));
    localStorage.setItem(CHECKED_KEY, __PACK_SCHEMA__);
  } catch {
    // Storage full: the parsed pack is used now and parsed again at the next start.
  }
  return result.pack;
}

export function switchToShippedPack(): void {
  localStorage.setItem(SOURCE_KEY, 'shipped');
  invalidate();
}

let cached: Promise<Packs> | null = null;
/** The packs in use, once loaded; a switch of pack keeps the old ones on screen until the new ones are in. */
const current = signal<Packs | null>(null);

function invalidate() {
  cached = null;
  void loadPacks().catch(() => undefined);
}

/** A new task: the pack's JSON is parsed in one, and the screen that reads it renders in the next, so neither is a long task on a slow phone and a keystroke can come between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

export function loadPacks(): Promise<Packs> {
  cached ??= loadShippedPacks().then(async (shipped) => {
    // The stored pack is read and parsed once, here; null (the shipped pack) when none is stored or it no longer passes.
    const imported = localStorage.getItem(SOURCE_KEY) === 'imported' ? await importedPackForThisSchema() : null;
    const trafficLight = applyNation(imported ?? shipped.trafficLight, shipped.nation);
    const packs: Packs = { trafficLight, hackett: shipped.hackett, nation: shipped.nation, source: imported ? 'imported' : 'shipped' };
    await nextTask();
    current.value = packs;
    return packs;
  });
  return cached;
}

/** The packs in use, or null until they have loaded (the first call starts the fetch, after the first paint); reading the signal in render subscribes the component. */
export function usePacks(): Packs | null {
  useEffect(() => void loadPacks().catch(() => undefined), []);
  return current.value;
}
