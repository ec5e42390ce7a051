/** Loaded before every unit test: a real IndexedDB implementation for Dexie, and DOM cleanup between component tests. */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom does not lay out, so it has no scrollIntoView; the app calls it when a result appears.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};
