/** When no word of a query is known, the closest entries by shared letter triples: a fallback so the list is never empty. */
import type { Behaviour } from '../content/schema';
import { normalise } from './text';

function trigrams(text: string): Set<string> {
  const padded = `  ${normalise(text)} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Entries ranked by the best overlap between the query and their wording or any aid. */
export function closestByLetters(behaviours: readonly Behaviour[], query: string, limit: number): Behaviour[] {
  const q = trigrams(query);
  const similarity = (text: string) => {
    const t = trigrams(text);
    let shared = 0;
    for (const g of q) if (t.has(g)) shared++;
    return shared / (q.size + t.size - shared || 1);
  };
  return behaviours
    .map((b) => ({ b, s: Math.max(similarity(b.text), ...b.aids.map(similarity)) }))
    .sort((x, y) => y.s - x.s || x.b.id.localeCompare(y.b.id))
    .slice(0, limit)
    .map((x) => x.b);
}
