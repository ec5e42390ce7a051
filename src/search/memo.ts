/**
 * What a query word scored (and which qualifiers it reaches), kept per index while someone types: each keystroke
 * re-reads the whole query, but only its last word changed, so the words before it are not matched again.
 */
import type { SearchIndex } from './types';

/** A few sentences' worth of words; past it the memo starts again rather than keep a history. */
const MAX_WORDS = 256;
const memos = new WeakMap<SearchIndex, Map<string, unknown>>();

export function remembered<T>(index: SearchIndex, key: string, compute: () => T): T {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new Map()));
  if (memo.has(key)) return memo.get(key) as T;
  if (memo.size >= MAX_WORDS) memo.clear();
  const value = compute();
  memo.set(key, value);
  return value;
}

/** A fresh start, as if the index had just been built: the bench times each typed query from here. */
export function forgetQueries(index: SearchIndex): void {
  memos.delete(index);
}
