/**
 * Loads the shipped scenario pack and any trainer packs (kept in localStorage, never in notes storage). The scenarios
 * a trainer writes here are one more trainer pack, whose id is remembered so they can be edited and exported.
 */
import { useEffect, useState } from 'preact/hooks';
import { fetchContent } from '../core/packs';
import type { Scenario, ScenarioPack } from './schema';
import { isQuotaExceeded } from '../ui/import-file';

const KEY = 'tl.trainerPacks';
const OWN_KEY = 'tl.ownScenarioPack';
const DRAFT_KEY = 'tl.scenarioDraft';

export function loadShippedScenarios(): Promise<ScenarioPack> {
  return fetchContent<ScenarioPack>('en-GB/scenarios.json');
}

export function readTrainerPacks(): ScenarioPack[] {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as ScenarioPack[]) : [];
  } catch {
    return [];
  }
}

/** Why a write failed: the device is full, or storage is blocked (private mode, policy). */
export type StoreResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

function write(key: string, value: string): StoreResult {
  try {
    localStorage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaExceeded(error) ? 'quota' : 'unavailable' };
  }
}

/** A pack with the same id replaces the earlier one; others stay. */
export function storeTrainerPack(pack: ScenarioPack): StoreResult {
  const packs = readTrainerPacks().filter((p) => p.id !== pack.id);
  return write(KEY, JSON.stringify([...packs, pack]));
}

export function removeTrainerPack(id: string): StoreResult {
  return write(KEY, JSON.stringify(readTrainerPacks().filter((p) => p.id !== id)));
}

/** The pack of scenarios written on this device, if any. */
export function readOwnPack(): ScenarioPack | null {
  const id = localStorage.getItem(OWN_KEY);
  return (id && readTrainerPacks().find((p) => p.id === id)) || null;
}

/**
 * Adds or replaces one written scenario. `newPack` makes the pack the first time; topic labels are kept only for
 * the topics the written scenarios use.
 */
export function saveOwnScenario(scenario: Scenario, topics: Readonly<Record<string, string>>, newPack: (first: Scenario) => ScenarioPack): StoreResult | { ok: false; reason: 'otherPack' } {
  const own = readOwnPack();
  // Levels were worked out against one content pack: scenarios for another (imported in Settings) are not mixed in.
  if (own && own.forPack !== newPack(scenario).forPack) return { ok: false, reason: 'otherPack' };
  const scenarios = own ? (own.scenarios.some((s) => s.id === scenario.id) ? own.scenarios.map((s) => (s.id === scenario.id ? scenario : s)) : [...own.scenarios, scenario]) : [scenario];
  const base = own ?? newPack(scenario);
  const used = new Set(scenarios.flatMap((s) => s.tags));
  const labels = Object.fromEntries(Object.entries({ ...base.topics, ...topics }).filter(([id]) => used.has(id)));
  const stored = storeTrainerPack({ ...base, topics: labels, scenarios });
  if (stored.ok && !own) return write(OWN_KEY, base.id);
  return stored;
}

/** The pack goes when its last scenario does: a pack needs at least one. */
export function deleteOwnScenario(id: string): StoreResult {
  const own = readOwnPack();
  if (!own) return { ok: true };
  const scenarios = own.scenarios.filter((s) => s.id !== id);
  if (scenarios.length) return storeTrainerPack({ ...own, scenarios });
  const removed = removeTrainerPack(own.id);
  if (removed.ok) localStorage.removeItem(OWN_KEY);
  return removed;
}

/** The form as typed, kept while it is open so a reload or a closed tab loses nothing; best effort. */
export function readDraft<T>(): T | null {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export const storeDraft = (draft: unknown): StoreResult => write(DRAFT_KEY, JSON.stringify(draft));
export const clearDraft = (): void => localStorage.removeItem(DRAFT_KEY);

export function useScenarioPacks(): [ScenarioPack[] | null, () => void] {
  const [packs, setPacks] = useState<ScenarioPack[] | null>(null);
  const reload = () => {
    loadShippedScenarios().then((shipped) => setPacks([shipped, ...readTrainerPacks()]));
  };
  useEffect(reload, []);
  return [packs, reload];
}
