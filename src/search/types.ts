/** The search index and its hits: types of their own, shared by the engine (index.ts) and its ranking (qualifiers.ts). */
import type { Behaviour } from '../content/schema';

export interface SearchHit {
  behaviour: Behaviour;
  score: number;
  /** Share of the query's meaning this entry holds (0–1): each word counts by the most any entry gets from it. */
  coverage: number;
  /** Matched by a word of the tool's own wording or of a word family, not only by the setting words of an aid. */
  topical: boolean;
}

/** word → [entry, BM25 weight of the word in that entry]: each keystroke looks a word up once, not once per entry. */
export type Postings = Map<string, [entry: number, weight: number][]>;

export interface SearchIndex {
  behaviours: readonly Behaviour[];
  ignore: ReadonlySet<string>;
  /** Word or two-word phrase → the other members of its families. */
  families: Map<string, Set<string>>;
  tokens: Postings;
  stems: Postings;
  /** The same from the practitioners' own descriptions (behaviour.examples), scored below the tool's wording. */
  exampleTokens: Postings;
  exampleStems: Postings;
  /** Family members of more than one word ("blow job", "phone credit") → the entries holding them. */
  phrases: Postings;
  familyPhrases: string[];
  /** The same phrases as stems, in the same order. */
  familyPhraseStems: string[];
  /** Stem pairs that sit next to each other in an entry's text or an aid, per entry. */
  pairs: Set<string>[];
  /** Distinct tokens long enough for typo matching, by length: a typo pass reads only the lengths within its limit. */
  typoVocabulary: string[][];
  /** The highest weight any single word can reach: the yardstick for "matches well". */
  strongWord: number;
  /** Stems of the tool's own wording and of every word-family member: what the behaviours are about. */
  topicStems: Set<string>;
  /** Per qualifier (vocabulary.qualifiers): the query words that satisfy it, as stemmed phrases. */
  qualifierWords: string[][];
  /** Per qualifier: the query phrases that deny it ("only once"), as stemmed phrases; a denial outweighs its words. */
  qualifierDenials: string[][];
  /** Per entry: the qualifiers its own wording carries. */
  entryQualifiers: number[][];
  /** Per qualified entry: the plain entries of its band that say the same thing without the qualifier. */
  plainTwins: number[][];
}
