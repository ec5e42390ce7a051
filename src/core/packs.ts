/**
 * Loads the content packs: the shipped ones (validated at build) or an imported traffic-light pack
 * (validated at import, kept in localStorage so the first screen never needs Dexie or zod).
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { HackettPack, TrafficLightPack } from '../content/schema';

export interface Packs {
  trafficLight: TrafficLightPack;
  hackett: HackettPack;
  source: 'shipped' | 'imported';
}

const IMPORTED_KEY = 'tl.importedPack';
const SOURCE_KEY = 'tl.packSource';

/**
 * Packs are data served beside the app, not JavaScript: zod's parsed output written at build (defaults applied),
 * precached by the service worker, so the app reads them as they are.
 */
export async function fetchContent<T>(path: string): Promise<T> {
  const response = await fetch(`/content/${path}`);
  if (!response.ok) throw new Error(`Could not load content ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export async function loadShippedPacks(): Promise<{ trafficLight: TrafficLightPack; hackett: HackettPack }> {
  const [tl, hackett] = await Promise.all([fetchContent<TrafficLightPack>('en-GB/traffic-light.json'), fetchContent<HackettPack>('en-GB/hackett.json')]);
  return { trafficLight: tl, hackett };
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

export function activeSource(): 'shipped' | 'imported' {
  return localStorage.getItem(SOURCE_KEY) === 'imported' && readImportedPack() ? 'imported' : 'shipped';
}

/** Stores an already-validated pack and makes it the one in use. */
export function storeImportedPack(pack: TrafficLightPack): void {
  localStorage.setItem(IMPORTED_KEY, JSON.stringify(pack));
  localStorage.setItem(SOURCE_KEY, 'imported');
  invalidate();
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

export function loadPacks(): Promise<Packs> {
  cached ??= loadShippedPacks().then((shipped) => {
    const imported = activeSource() === 'imported' ? readImportedPack() : null;
    const packs: Packs = imported ? { trafficLight: imported, hackett: shipped.hackett, source: 'imported' } : { ...shipped, source: 'shipped' };
    current.value = packs;
    return packs;
  });
  return cached;
}

/** The packs in use, or null until they have loaded; reading the signal in render subscribes the component. */
export function usePacks(): Packs | null {
  useEffect(() => void loadPacks().catch(() => undefined), []);
  return current.value;
}
