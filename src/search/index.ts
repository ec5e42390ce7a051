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
  /** The searchable words joined, for phrase matches. */
  joined: string;
}

/**
 * word → the entries holding it, with the field weight (text and aids weigh more than the key fact):
 * each keystroke looks words up once, not once per entry.
 */
type Postings = Map<string, [entry: number, weight: number][]>;

export interface SearchIndex {
  entries: Entry[];
  synonyms: Map<string, Set<string>>;
  tokens: Postings;
  stems: Postings;
  /** Distinct tokens long enough for typo matching, scanned once per query word. */
  typoVocabulary: string[];
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

/** Three reused rows: the search runs this thousands of times per keystroke, so it allocates nothing. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Damerau–Levenshtein (optimal string alignment) of `a` against the first `bLength` letters of `b`, stopping once over the limit. */
export function editDistance(a: string, b: string, limit: number, bLength = b.length): number {
  const m = Math.min(bLength, b.length);
  if (Math.abs(a.length - m) > limit) return limit + 1;
  if (rows[0].length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
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
  const tokenPostings: Postings = new Map();
  const stemPostings: Postings = new Map();
  const entries = behaviours.map((behaviour, i) => {
    // Per entry, each word keeps its heaviest field weight before it joins the postings.
    const tokens = new Map<string, number>();
    const stems = new Map<string, number>();
    addTokens(tokens, stems, behaviour.text, 3);
    behaviour.aids.forEach((aid) => addTokens(tokens, stems, aid, 3));
    if (behaviour.keyFact) addTokens(tokens, stems, behaviour.keyFact, 1);
    for (const [token, weight] of tokens) push(tokenPostings, token, i, weight);
    for (const [s, weight] of stems) push(stemPostings, s, i, weight);
    return { behaviour, joined: ` ${[behaviour.text, ...behaviour.aids].map(normalise).join(' | ')} ` };
  });
  const typoVocabulary = [...tokenPostings.keys()].filter((t) => t.length >= 4);
  return { entries, synonyms, tokens: tokenPostings, stems: stemPostings, typoVocabulary };
}

function push(postings: Postings, key: string, entry: number, weight: number) {
  const list = postings.get(key);
  if (list) list.push([entry, weight]);
  else postings.set(key, [[entry, weight]]);
}

/** Per-entry scores for one tier of matching; an entry absent from the map scored 0 in that tier. */
type Tier = Map<number, number>;

function raise(tier: Tier, postings: readonly [number, number][] | undefined, factor: number) {
  if (postings) for (const [entry, weight] of postings) if (factor * weight > (tier.get(entry) ?? 0)) tier.set(entry, factor * weight);
}

/** A synonym counts as a token if the entry holds it, else as a stem. */
function raiseSynonym(index: SearchIndex, tier: Tier, word: string, factor: number) {
  const tokenHits = index.tokens.get(word) ?? [];
  const holders = new Set(tokenHits.map(([entry]) => entry));
  raise(tier, tokenHits, factor);
  raise(tier, index.stems.get(stem(word))?.filter(([entry]) => !holders.has(entry)), factor);
}

/**
 * Scores one query word against every entry at once, tier by tier: exact, then stem or prefix, then synonym,
 * then typo, then a typo of a synonym. An entry takes its score from the first tier it is in.
 */
function wordScores(index: SearchIndex, word: string, isLast: boolean): Tier[] {
  const exact: Tier = new Map();
  raise(exact, index.tokens.get(word), 10);
  const s = stem(word);
  const stemOrPrefix: Tier = new Map();
  raise(stemOrPrefix, index.stems.get(s), 8);
  if (isLast && word.length >= 2) for (const [token, postings] of index.tokens) if (token.startsWith(word)) raise(stemOrPrefix, postings, 7);
  const synonym: Tier = new Map();
  const syns = index.synonyms.get(word) ?? index.synonyms.get(s);
  if (syns) for (const syn of syns) raiseSynonym(index, synonym, syn, 5);
  const typo: Tier = new Map();
  const typoSynonym: Tier = new Map();
  const limit = typoLimit(word);
  if (limit) {
    for (const token of index.typoVocabulary) {
      const d = editDistance(word, token, limit);
      if (d <= limit) raise(typo, index.tokens.get(token), 4 - d);
      else if (isLast && token.length > word.length && editDistance(word, token, limit, word.length) <= limit) raise(typo, index.tokens.get(token), 2);
    }
    // A typo of a synonym ("masterbation" → masturbation) still counts.
    for (const [syn, group] of index.synonyms) {
      if (Math.abs(syn.length - word.length) > limit || editDistance(word, syn, limit) > limit) continue;
      for (const w of [syn, ...group]) raiseSynonym(index, typoSynonym, w, 3);
    }
  }
  return [exact, stemOrPrefix, synonym, typo, typoSynonym];
}

function scoreIn(tiers: readonly Tier[], entry: number): number {
  for (const tier of tiers) {
    const score = tier.get(entry);
    if (score) return score;
  }
  return 0;
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
  const perWord = words.map((word, i) => wordScores(index, word, i === words.length - 1 && !endsWithSpace));
  const hits: SearchHit[] = [];
  index.entries.forEach((entry, e) => {
    const b = entry.behaviour;
    if (options.bands && !options.bands.includes(b.band)) return;
    if (options.levels && !options.levels.includes(b.level)) return;
    let score = 0;
    for (const tiers of perWord) {
      const s = scoreIn(tiers, e);
      if (!s) return;
      score += s;
    }
    if (words.length > 1 && entry.joined.includes(` ${phrase}`)) score += 15;
    hits.push({ behaviour: b, score });
  });
  hits.sort((a, b) => b.score - a.score || a.behaviour.text.length - b.behaviour.text.length || a.behaviour.id.localeCompare(b.behaviour.id));
  return options.limit ? hits.slice(0, options.limit) : hits;
}
