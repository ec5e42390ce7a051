/**
 * Behaviour search, pure and small (main bundle). Matches as you type: exact, prefix, stem, synonym and
 * typo matches, every query word must match (AND), ranked by score. The index is built once per pack.
 */
import type { Behaviour } from '../content/schema';
import { SYNONYM_GROUPS } from './synonyms';

export interface SearchHit {
  behaviour: Behaviour;
  score: number;
}

interface Entry {
  behaviour: Behaviour;
  /** token → field weight (text and aids weigh more than the key fact). */
  tokens: Map<string, number>;
  stems: Map<string, number>;
  /** The searchable words joined, for phrase matches. */
  joined: string;
}

export interface SearchIndex {
  entries: Entry[];
  synonyms: Map<string, Set<string>>;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'with', 'and', 'or', 'to', 'in', 'on', 'is', 'about', 'his', 'her', 'their', 'my', 'at', 'for', 'by', 'e', 'g', 'eg']);

/** Lower case, no accents, straight apostrophes dropped, so "children’s" = "childrens". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w && !STOP.has(w));
}

const SUFFIXES = ['ational', 'ation', 'ating', 'ingly', 'ings', 'ing', 'ies', 'ied', 'ual', 'ers', 'er', 'ed', 'es', 'ly', 'e', 's'];

/** A light English stemmer: enough for masturbating / masturbation / masturbate to meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Damerau–Levenshtein (optimal string alignment), stopping early once over the limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

const typoLimit = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

function addTokens(map: Map<string, number>, stems: Map<string, number>, text: string, weight: number) {
  for (const t of tokenize(text)) {
    map.set(t, Math.max(map.get(t) ?? 0, weight));
    const s = stem(t);
    stems.set(s, Math.max(stems.get(s) ?? 0, weight));
  }
}

export function buildSearchIndex(behaviours: readonly Behaviour[]): SearchIndex {
  const synonyms = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      const set = synonyms.get(word) ?? new Set<string>();
      group.forEach((w) => w !== word && set.add(w));
      synonyms.set(word, set);
    }
  }
  const entries = behaviours.map((behaviour) => {
    const tokens = new Map<string, number>();
    const stems = new Map<string, number>();
    addTokens(tokens, stems, behaviour.text, 3);
    behaviour.aids.forEach((aid) => addTokens(tokens, stems, aid, 3));
    if (behaviour.keyFact) addTokens(tokens, stems, behaviour.keyFact, 1);
    const joined = ` ${[behaviour.text, ...behaviour.aids].map(normalise).join(' | ')} `;
    return { behaviour, tokens, stems, joined };
  });
  return { entries, synonyms };
}

/** Best score for one query word against one entry; 0 means no match. */
function wordScore(entry: Entry, word: string, isLast: boolean, synonyms: Map<string, Set<string>>): number {
  const exact = entry.tokens.get(word);
  if (exact) return 10 * exact;
  let best = 0;
  const s = stem(word);
  const stemHit = entry.stems.get(s);
  if (stemHit) best = 8 * stemHit;
  if (isLast && word.length >= 2) {
    for (const [token, weight] of entry.tokens) if (token.startsWith(word)) best = Math.max(best, 7 * weight);
  }
  if (best) return best;
  const syns = synonyms.get(word) ?? synonyms.get(s);
  if (syns) for (const syn of syns) {
    const hit = entry.tokens.get(syn) ?? entry.stems.get(stem(syn));
    if (hit) best = Math.max(best, 5 * hit);
  }
  if (best) return best;
  const limit = typoLimit(word);
  if (limit) {
    for (const [token, weight] of entry.tokens) {
      if (token.length < 4) continue;
      const d = editDistance(word, token, limit);
      if (d <= limit) best = Math.max(best, (4 - d) * weight);
      else if (token.length > word.length && editDistance(word, token.slice(0, word.length), limit) <= limit && isLast) best = Math.max(best, 2 * weight);
    }
    if (!best) {
      // A typo of a synonym ("masterbation" → masturbation) still counts.
      for (const [syn, group] of synonyms) {
        if (Math.abs(syn.length - word.length) > limit || editDistance(word, syn, limit) > limit) continue;
        for (const w of [syn, ...group]) {
          const hit = entry.tokens.get(w) ?? entry.stems.get(stem(w));
          if (hit) best = Math.max(best, 3 * hit);
        }
      }
    }
  }
  return best;
}

export function searchBehaviours(
  index: SearchIndex,
  query: string,
  options: { bands?: readonly string[]; levels?: readonly string[]; limit?: number } = {},
): SearchHit[] {
  const words = tokenize(query);
  if (!words.length) return [];
  const phrase = normalise(query);
  const endsWithSpace = /\s$/.test(query);
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    const b = entry.behaviour;
    if (options.bands && !options.bands.includes(b.band)) continue;
    if (options.levels && !options.levels.includes(b.level)) continue;
    let score = 0;
    let all = true;
    for (let i = 0; i < words.length; i++) {
      const s = wordScore(entry, words[i]!, i === words.length - 1 && !endsWithSpace, index.synonyms);
      if (!s) {
        all = false;
        break;
      }
      score += s;
    }
    if (!all) continue;
    if (words.length > 1 && entry.joined.includes(` ${phrase}`)) score += 15;
    hits.push({ behaviour: b, score });
  }
  hits.sort((a, b) => b.score - a.score || a.behaviour.text.length - b.behaviour.text.length || a.behaviour.id.localeCompare(b.behaviour.id));
  return options.limit ? hits.slice(0, options.limit) : hits;
}
