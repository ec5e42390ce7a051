/** Loaded before every unit test: a real IndexedDB implementation for Dexie, and DOM cleanup between component tests. */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

// Waits are for a condition, never a fixed time; on a loaded 2-core CI machine, encrypting in jsdom can take
// longer than testing-library's one-second default before the awaited element appears.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom does not lay out, so it has no scrollIntoView; the app calls it when a result appears.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};
