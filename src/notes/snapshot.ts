/** Hands a result to /notes/new through sessionStorage, so "Save as draft note" never loads Dexie on the first screen. */
import type { ClassificationSnapshot } from './model';

const KEY = 'tl.pendingSnapshot';

export function stashSnapshot(snapshot: ClassificationSnapshot): void {
  sessionStorage.setItem(KEY, JSON.stringify(snapshot));
}

export function takeSnapshot(): ClassificationSnapshot | null {
  const raw = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  try {
    return raw ? (JSON.parse(raw) as ClassificationSnapshot) : null;
  } catch {
    return null;
  }
}
