// @vitest-environment node
/**
 * Races between the repository's awaits and lock(): each is made deterministic by holding one WebCrypto call
 * open (a deferred released after the lock), so the lock lands exactly while the work is in flight.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesDb } from '../../src/vault/db';
import { LockedError, NotesRepository } from '../../src/vault/repository';

const PASS = 'a long race passphrase';
let n = 0;
const dbs: NotesDb[] = [];
const fresh = async () => {
  const db = new NotesDb(`race-${++n}`);
  dbs.push(db);
  const repo = new NotesRepository(db, 1_000);
  await repo.setUp(PASS);
  return repo;
};
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Holds the next call to crypto.subtle[method] open after it has done its work, until release(). */
function holdNext(method: 'encrypt' | 'decrypt') {
  const started = deferred();
  const released = deferred();
  const subtle = globalThis.crypto.subtle;
  const real = subtle[method].bind(subtle) as (...args: unknown[]) => Promise<ArrayBuffer>;
  vi.spyOn(subtle, method).mockImplementationOnce((async (...args: unknown[]) => {
    const out = await real(...args);
    started.resolve();
    await released.promise;
    return out;
  }) as SubtleCrypto['decrypt']);
  return { started: started.promise, release: released.resolve };
}

describe('lock() while the repository is mid-way', () => {
  it('a decrypt that finishes after lock() neither reaches the caller nor the cache', async () => {
    const repo = await fresh();
    const note = await repo.create({ fields: { whatHappened: 'RACE-MARKER' } });
    const held = holdNext('decrypt');
    const reading = repo.get(note.id);
    await held.started;
    repo.lock();
    held.release();
    await expect(reading).rejects.toBeInstanceOf(LockedError);
    // Before the fix, the late plaintext sat in the cache and a locked repository handed it out.
    await expect(repo.get(note.id)).rejects.toBeInstanceOf(LockedError);
    await expect(repo.list()).rejects.toBeInstanceOf(LockedError);
    await repo.unlock(PASS);
    expect((await repo.get(note.id))!.content.fields.whatHappened).toBe('RACE-MARKER');
  });

  it('life events decrypting when lock() runs are not returned', async () => {
    const repo = await fresh();
    await repo.saveEvent({ childRef: 'RX', date: '2026-02', description: 'EVENT-MARKER' });
    const held = holdNext('decrypt');
    const listing = repo.listEvents();
    await held.started;
    repo.lock();
    held.release();
    await expect(listing).rejects.toBeInstanceOf(LockedError);
  });

  it('a save sealing when everything is erased does not write the note back afterwards', async () => {
    const repo = await fresh();
    const note = await repo.create({ fields: { whatHappened: 'before erase' } });
    const held = holdNext('encrypt');
    const saving = repo.save(note.id, { ...note.content, fields: { whatHappened: 'ERASED-MARKER' } });
    await held.started;
    await repo.eraseAll();
    held.release();
    await expect(saving).rejects.toBeInstanceOf(LockedError);
    expect(await repo.db.notes.count()).toBe(0);
  });
});
