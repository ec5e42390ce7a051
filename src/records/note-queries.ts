/** Finding notes among those already decrypted: pure, so the list can filter and the retention reminder count without the store. */
import { fieldText, type Note } from './model';

/** Lower case without accents, so "Zoë" is found by "zoe"; the search's own normalise also drops punctuation. */
const foldCase = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Case- and accent-insensitive search over every text field of decrypted notes. */
export function searchNotes(notes: readonly Note[], query: string): Note[] {
  const q = foldCase(query.trim());
  if (!q) return [...notes];
  return notes.filter((n) => {
    const texts = [n.content.childRef, ...Object.values(n.content.fields).map((v) => fieldText(v)), n.content.classification?.behaviourText ?? ''];
    return texts.some((t) => foldCase(t).includes(q));
  });
}

export function olderThan<T extends { createdAt: string }>(notes: readonly T[], days: number, now = new Date()): T[] {
  const limit = now.getTime() - days * 86_400_000;
  return notes.filter((n) => new Date(n.createdAt).getTime() < limit);
}
