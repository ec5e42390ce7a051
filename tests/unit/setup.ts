/** Loaded before every unit test: a real IndexedDB implementation for Dexie, and DOM cleanup between component tests. */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});
