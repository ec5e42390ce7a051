/**
 * The reader's area and role (on this device only), the shipped areas' index, imported pathway packs, and loading
 * the chosen pack. Kept in localStorage, like an imported content pack: the first screen never needs Dexie or zod.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { fetchContent } from '../core/packs';
import type { PathwayPack } from './schema';

const AREA_KEY = 'tl.area';
const ROLE_KEY = 'tl.role';
const IMPORTED_KEY = 'tl.pathwayPacks';
const LOCALE = 'en-GB';

export interface PathwayIndexEntry {
  id: string;
  area: string;
  partnership: string;
  /** The nation's name as the pack gives it ("England"): Settings lists only the chosen nation's areas. */
  jurisdiction: string;
  version: string;
  source: { title: string; version: string; date: string; lastChecked: string };
  imported?: boolean;
}

export const chosenArea = (): string | null => localStorage.getItem(AREA_KEY);
export const ownRole = (): string | null => localStorage.getItem(ROLE_KEY);

/** Bumped on every change of area, role or imported packs: the views that read it follow. */
const revision = signal(0);
const changed = () => void revision.value++;

export function chooseArea(id: string | null): void {
  if (id) localStorage.setItem(AREA_KEY, id);
  else localStorage.removeItem(AREA_KEY);
  changed();
}

export function chooseRole(id: string | null): void {
  if (id) localStorage.setItem(ROLE_KEY, id);
  else localStorage.removeItem(ROLE_KEY);
  changed();
}

export function importedPathways(): PathwayPack[] {
  try {
    return JSON.parse(localStorage.getItem(IMPORTED_KEY) ?? '[]') as PathwayPack[];
  } catch {
    return [];
  }
}

/** An already-validated pack; one with the same id replaces the earlier import. */
export function storeImportedPathway(pack: PathwayPack): void {
  localStorage.setItem(IMPORTED_KEY, JSON.stringify([...importedPathways().filter((p) => p.id !== pack.id), pack]));
  changed();
}

export function removeImportedPathway(id: string): void {
  localStorage.setItem(IMPORTED_KEY, JSON.stringify(importedPathways().filter((p) => p.id !== id)));
  if (chosenArea() === id) chooseArea(null);
  changed();
}

/** The shipped areas and any imported ones; an import with a shipped id replaces it. */
export async function loadPathwayIndex(): Promise<PathwayIndexEntry[]> {
  const shipped = await fetchContent<PathwayIndexEntry[]>(`${LOCALE}/pathways/index.json`);
  const imported = importedPathways().map(({ id, area, partnership, jurisdiction, version, source }) => ({ id, area, partnership, jurisdiction, version, source, imported: true }));
  return [...shipped.filter((s) => !imported.some((i) => i.id === s.id)), ...imported];
}

export async function loadPathway(id: string): Promise<PathwayPack | null> {
  const imported = importedPathways().find((p) => p.id === id);
  if (imported) return imported;
  try {
    return await fetchContent<PathwayPack>(`${LOCALE}/pathways/${id}.json`);
  } catch {
    return null;
  }
}

/** The chosen area's pack (null when none is chosen or it cannot load) and the reader's role; follows changes. */
export function useChosenPathway(): { pack: PathwayPack | null; role: string | null; loading: boolean } {
  const [state, setState] = useState<{ pack: PathwayPack | null; role: string | null; loading: boolean }>({ pack: null, role: ownRole(), loading: chosenArea() !== null });
  const seen = revision.value;
  useEffect(() => {
    let live = true;
    const area = chosenArea();
    if (!area) setState({ pack: null, role: ownRole(), loading: false });
    else void loadPathway(area).then((pack) => live && setState({ pack, role: ownRole(), loading: false }));
    return () => void (live = false);
  }, [seen]);
  return state;
}
