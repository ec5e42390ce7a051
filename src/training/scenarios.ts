/** Loads the shipped scenario pack and any trainer packs (kept in localStorage, never in notes storage). */
import { useEffect, useState } from 'preact/hooks';
import { fetchContent } from '../app/packs';
import type { ScenarioPack } from './schema';

const KEY = 'tl.trainerPacks';

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

/** A pack with the same id replaces the earlier one; others stay. */
export function storeTrainerPack(pack: ScenarioPack): void {
  const packs = readTrainerPacks().filter((p) => p.id !== pack.id);
  localStorage.setItem(KEY, JSON.stringify([...packs, pack]));
}

export function removeTrainerPack(id: string): void {
  localStorage.setItem(KEY, JSON.stringify(readTrainerPacks().filter((p) => p.id !== id)));
}

export function useScenarioPacks(): [ScenarioPack[] | null, () => void] {
  const [packs, setPacks] = useState<ScenarioPack[] | null>(null);
  const reload = () => {
    loadShippedScenarios().then((shipped) => setPacks([shipped, ...readTrainerPacks()]));
  };
  useEffect(reload, []);
  return [packs, reload];
}
