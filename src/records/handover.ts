/**
 * Hands a result to /notes/new in memory only: nothing of a classification is ever written to web storage.
 * Tiny and Dexie-free so the result can import it; cleared when taken, on lock, on erase and on page hide.
 */
import type { ClassificationSnapshot } from './model';

/** "Save as draft note" marks the URL with from=result (nothing about the child), so /notes/new can say so when the result is gone. */
export const cameFromResult = (query: Readonly<Record<string, string | undefined>>): boolean => query.from === 'result';

let pending: ClassificationSnapshot | null = null;
let clearsOnPageHide = false;

/** Holds the result and returns where to go: /notes/new, marked as coming from a result. */
export function stashSnapshot(snapshot: ClassificationSnapshot): string {
  pending = snapshot;
  if (!clearsOnPageHide && typeof window !== 'undefined') {
    window.addEventListener('pagehide', clearSnapshot);
    clearsOnPageHide = true;
  }
  return '/notes/new?from=result';
}

/** The result handed over, once: a second take finds nothing. */
export function takeSnapshot(): ClassificationSnapshot | null {
  const snapshot = pending;
  pending = null;
  return snapshot;
}

export function clearSnapshot(): void {
  pending = null;
}
