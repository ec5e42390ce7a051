/** Text handling for search: normalising, words, a light stemmer and a bounded edit distance. Pure, no allocation in the hot loop. */

/** Lower case, no accents, apostrophes dropped, so "children’s" = "childrens". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a text; which of them carry no meaning is pack data (vocabulary.ignore), not decided here. */
export function tokenize(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean);
}

const SUFFIXES = ['ational', 'ation', 'ating', 'ingly', 'ings', 'ing', 'ies', 'ied', 'ual', 'ers', 'er', 'ed', 'es', 'ly', 'e', 's'];

/** A light English stemmer: enough for masturbating / masturbation / masturbate to meet. */
export function stem(word: string): string {
  // Short plurals meet their singular ("jobs", "pics", "bums"), but not "this", "less" or "plus".
  if (word.length === 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  if (word.length <= 4) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** A text as its stems, so a phrase is found whatever the endings ("blow jobs" holds "blow job"). */
export const stemmed = (text: string): string => tokenize(text).map(stem).join(' ');

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
