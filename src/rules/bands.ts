/**
 * Which bands apply to a child: one rule for the classify screen and for training. Small and pure, and on the first
 * screen (the age step), so it loads without the rules engine.
 */
import type { Band, TrafficLightPack } from '../content/schema';
import { bandsForAge } from './levels';

export interface BandChoice {
  /** Whole years, or null when a band was picked without an age. */
  age: number | null;
  /** One of the two bands at a boundary age, or the band picked without an age. */
  bandPick?: string | null;
  /** A younger band chosen for developmental age: it replaces the chronological bands. */
  developmentalBand?: string | null;
}

/** Whole years only: "2.5", "-1" or "1e1" are not an age. */
export function parseAge(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  return Number(text);
}

/** The bands in play: the developmental band when used, else the age's bands (one, or two at a boundary), or the band picked. */
export function bandsInPlay(pack: TrafficLightPack, { age, bandPick = null, developmentalBand = null }: BandChoice): Band[] {
  if (developmentalBand) return pack.bands.filter((b) => b.id === developmentalBand);
  if (age === null) return pack.bands.filter((b) => b.id === bandPick);
  const bands = bandsForAge(pack, age);
  return bandPick && bands.some((b) => b.id === bandPick) ? bands.filter((b) => b.id === bandPick) : bands;
}
