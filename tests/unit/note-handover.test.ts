/** "Save as draft note" hands the result over in memory: never in web storage, taken once, and gone on lock, erase and page hide. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassificationSnapshot } from '../../src/records/model';
import { eraseEverything, lockNow, setUpWith } from '../../src/vault/session';
import { cameFromResult, clearSnapshot, stashSnapshot, takeSnapshot } from '../../src/records/handover';

const snapshot = { behaviourText: 'HANDOVER-MARKER behaviour', levelLabel: 'Marker level', chronologicalAge: 11 } as unknown as ClassificationSnapshot;

const everythingInWebStorage = () =>
  [sessionStorage, localStorage].flatMap((s) => Array.from({ length: s.length }, (_, i) => s.key(i)!).flatMap((k) => [k, s.getItem(k) ?? ''])).join('\n');

afterEach(() => clearSnapshot());

describe('the in-memory hand-over from a result to a new note', () => {
  it('writes nothing to sessionStorage or localStorage, and is taken once', () => {
    const to = stashSnapshot(snapshot);
    expect(everythingInWebStorage()).not.toContain('HANDOVER-MARKER');
    expect(everythingInWebStorage()).not.toContain('Marker level');
    expect(cameFromResult(Object.fromEntries(new URL(to, 'http://x').searchParams))).toBe(true);
    expect(takeSnapshot()).toEqual(snapshot);
    expect(takeSnapshot()).toBeNull();
  });

  it('a plain new note is not mistaken for one from a result', () => {
    expect(cameFromResult({})).toBe(false);
    expect(cameFromResult({ template: 'hsb-screening' })).toBe(false);
  });

  it('is cleared on page hide', () => {
    stashSnapshot(snapshot);
    window.dispatchEvent(new Event('pagehide'));
    expect(takeSnapshot()).toBeNull();
  });

  it('is cleared when the notes lock, and when everything is erased', async () => {
    await setUpWith('a long handover passphrase');
    stashSnapshot(snapshot);
    await lockNow(false);
    expect(takeSnapshot()).toBeNull();
    stashSnapshot(snapshot);
    await eraseEverything();
    expect(takeSnapshot()).toBeNull();
  });
});
