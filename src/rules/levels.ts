/**
 * Levels and bands looked up from the pack: small, so the first screen can use them without the rules engine
 * (classify.ts), which loads with the result.
 */
import type { Band, Level, Raise, TrafficLightPack } from '../content/schema';

/** The legal line between a child and an adult; law, not pack content. */
export const ADULT_AGE = 18;

export const levelsByRank = (pack: TrafficLightPack): Level[] => [...pack.levels].sort((a, b) => a.rank - b.rank);

export function levelById(pack: TrafficLightPack, id: string): Level {
  const level = pack.levels.find((l) => l.id === id);
  if (!level) throw new Error(`Unknown level "${id}"`);
  return level;
}

export function bandById(pack: TrafficLightPack, id: string): Band | undefined {
  return pack.bands.find((b) => b.id === id);
}

/** Turns a rule's raise ("top" or a minimum rank) into a level. */
export function levelForRaise(pack: TrafficLightPack, raise: Raise): Level {
  const ordered = levelsByRank(pack);
  const top = ordered[ordered.length - 1]!;
  if (raise === 'top') return top;
  return ordered.find((l) => l.rank >= raise) ?? top;
}

/** Bands whose range contains the age; overlapping bands give two at a boundary. */
export function bandsForAge(pack: TrafficLightPack, age: number): Band[] {
  return pack.bands.filter((b) => age >= b.minAge && age <= b.maxAge);
}

/** Developmental age only moves to a younger band than the chronological ones. */
export function developmentalBandOptions(pack: TrafficLightPack, chronologicalBands: readonly Band[]): Band[] {
  if (!chronologicalBands.length) return [];
  const youngestMin = Math.min(...chronologicalBands.map((b) => b.minAge));
  return pack.bands.filter((b) => b.minAge < youngestMin);
}
