/**
 * What the behaviour step lists: ranked search hits, the closest entries when none is good, or every behaviour of
 * the browsed level. Pure, and a chunk of its own (with the search engine), fetched when idle or when the step shows.
 */
import type { Band, Behaviour, TrafficLightPack } from '../content/schema';
import { buildSearchIndex, matchesWell, searchBehaviours, type SearchIndex } from '.';
import { actNowCue, type ActNowCue } from './act-now';
import { closestByLetters } from './closest';
import { ageWords } from './stated-ages';
import { ADULT_AGE } from '../rules/levels';

const indexCache = new WeakMap<TrafficLightPack, SearchIndex>();
/** Built on first use (the first keystroke or focus), not at start-up. */
export function indexFor(pack: TrafficLightPack): SearchIndex {
  let index = indexCache.get(pack);
  if (!index) indexCache.set(pack, (index = buildSearchIndex(pack.behaviours, pack.vocabulary)));
  return index;
}

/** How many matches show at most, and how close to the best a match must come to be listed with it. */
const MAX_SHOWN = 8;
const NEAR_BEST = 0.3;
const CLOSEST = 5;

/** What the behaviour step asks for: the words typed, or a level to browse. */
export interface CandidateRequest {
  query: string;
  /** Level id to browse, or null for search only. */
  browseLevel: string | null;
}

export interface Candidates {
  list: Behaviour[];
  /** False when nothing matches well: the list then holds the closest entries for the band. */
  good: boolean;
  cue: ActNowCue | null;
}

/**
 * Candidates: ranked search hits, the closest entries when none is good, or every behaviour of the browsed level.
 * The child's age lets an age stated in the query ("with a 3 year old") count as the pack's word for it.
 */
export function candidates(pack: TrafficLightPack, bands: readonly Band[], state: CandidateRequest, childAge: number | null): Candidates {
  const bandIds = bands.map((b) => b.id);
  const levels = state.browseLevel ? [state.browseLevel] : undefined;
  if (state.query.trim()) {
    const index = indexFor(pack);
    const extraWords = ageWords(pack.vocabulary, state.query, childAge, ADULT_AGE);
    const hits = searchBehaviours(index, state.query, { bands: bandIds, levels, extraWords });
    const cue = actNowCue(pack.vocabulary, state.query, ADULT_AGE);
    if (matchesWell(index, hits)) {
      const best = hits[0]!.score;
      return { list: hits.filter((h) => h.score >= NEAR_BEST * best).slice(0, MAX_SHOWN).map((h) => h.behaviour), good: true, cue };
    }
    const inPlay = pack.behaviours.filter((b) => bandIds.includes(b.band) && (!levels || levels.includes(b.level)));
    const closest = hits.length ? hits.slice(0, CLOSEST).map((h) => h.behaviour) : closestByLetters(inPlay, state.query, CLOSEST);
    return { list: closest, good: false, cue };
  }
  if (state.browseLevel) return { list: pack.behaviours.filter((b) => bandIds.includes(b.band) && b.level === state.browseLevel), good: true, cue: null };
  return { list: [], good: true, cue: null };
}

