// @vitest-environment node
/** Passphrase change with a re-key (a new data key, every record re-encrypted), and PBKDF2 iterations raised to today's count. */
import { describe, expect, it } from 'vitest';
import { createKeyRecord, DEFAULT_ITERATIONS, open, unlockKeyRecord, unwrapKey, WrongPassphraseError } from '../../src/lock/crypto';
import { NotesDb, WriteFailedError } from '../../src/vault/db';
import { KeyChangedError, NotesRepository } from '../../src/vault/repository';
import { databasesForEachTest } from './helpers/old-database';

const databases = databasesForEachTest('rekey');
/** A repository on a fresh database, or on one opened before (same name) as another tab would. */
const fresh = (iterations = 1_000, name = databases.name()) => new NotesRepository(databases.track(new NotesDb(name)), iterations);

async function withRecords() {
  const repo = fresh();
  await repo.setUp('old passphrase');
  const note = await repo.create({ childRef: 'AB', fields: { whatHappened: 'kept through the re-key' } });
  const event = await repo.saveEvent({ childRef: 'AB', date: '2026-02', description: 'moved school' });
  return { repo, note, event };
}

describe('re-key on passphrase change', () => {
  it('after a re-key the old data key decrypts no stored record; the new passphrase reads them all', async () => {
    const { repo, note, event } = await withRecords();
    const oldKey = repo.currentKey!;
    const before = (await repo.db.keyRecord())!;
    await repo.changePassphrase('old passphrase', 'new passphrase', true);
    const after = (await repo.db.keyRecord())!;
    expect(after.keyId).toBeTruthy();
    expect(after.keyId).not.toBe(before.keyId);
    const noteRow = (await repo.db.notes.get(note.id))!;
    const eventRow = (await repo.db.events.get(event.id))!;
    await expect(open(oldKey, `note:${note.id}`, noteRow)).rejects.toThrow();
    await expect(open(oldKey, `event:${event.id}`, eventRow)).rejects.toThrow();
    // Whatever passphrase wraps it, the old key is not the stored one any more.
    await expect(open(await unwrapKey(after, 'new passphrase'), `note:${note.id}`, noteRow)).resolves.toMatchObject({ fields: { whatHappened: 'kept through the re-key' } });
    repo.lock();
    await expect(repo.unlock('old passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await repo.unlock('new passphrase');
    expect((await repo.get(note.id))!.content.fields.whatHappened).toBe('kept through the re-key');
    expect((await repo.listEvents()).map((e) => e.content.description)).toEqual(['moved school']);
  });

  it('the tab that re-keyed keeps writing; a tab still holding the old key is refused and overwrites nothing', async () => {
    const { repo, note } = await withRecords();
    const other = fresh(1_000, (repo.db as NotesDb).name);
    await other.unlock('old passphrase');
    await repo.changePassphrase('old passphrase', 'new passphrase', true);
    await repo.save(note.id, { ...(await repo.get(note.id))!.content, fields: { whatHappened: 'written after the re-key' } });
    const stale = await other.save(note.id, { ...(await repo.get(note.id))!.content, fields: { whatHappened: 'stale tab' } }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(WriteFailedError);
    expect((stale as WriteFailedError).cause).toBeInstanceOf(KeyChangedError);
    await expect(other.saveEvent({ childRef: 'AB', date: '2026', description: 'stale' })).rejects.toBeInstanceOf(WriteFailedError);
    expect((await repo.get(note.id))!.content.fields.whatHappened).toBe('written after the re-key');
    expect(await repo.db.events.count()).toBe(1);
  });

  it('a note written by another tab while records are re-encrypted is re-encrypted too (the re-key starts over)', async () => {
    const { repo, note } = await withRecords();
    const oldKey = repo.currentKey!;
    const other = fresh(1_000, (repo.db as NotesDb).name);
    await other.unlock('old passphrase');
    const table = repo.db.notes;
    const toArray = table.toArray.bind(table);
    let reads = 0;
    // The other tab saves right after the re-key first reads the notes, before its transaction.
    table.toArray = (async () => {
      const rows = await toArray();
      if (++reads === 1) await other.save(note.id, { ...(await other.get(note.id))!.content, fields: { whatHappened: 'typed in the other tab meanwhile' } });
      return rows;
    }) as typeof table.toArray;
    await repo.changePassphrase('old passphrase', 'new passphrase', true);
    expect(reads).toBe(4);
    const row = (await repo.db.notes.get(note.id))!;
    await expect(open(oldKey, `note:${note.id}`, row)).rejects.toThrow();
    expect((await repo.get(note.id))!.content.fields.whatHappened).toBe('typed in the other tab meanwhile');
  });

  it('a wrong current passphrase changes nothing', async () => {
    const { repo } = await withRecords();
    const rows = JSON.stringify([await repo.db.notes.toArray(), await repo.db.events.toArray(), await repo.db.meta.toArray()]);
    await expect(repo.changePassphrase('not the passphrase', 'new passphrase', true)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(JSON.stringify([await repo.db.notes.toArray(), await repo.db.events.toArray(), await repo.db.meta.toArray()])).toBe(rows);
  });

  it('without a re-key the data key (and its id) stays: records are not re-encrypted', async () => {
    const { repo, note } = await withRecords();
    const oldKey = repo.currentKey!;
    const before = (await repo.db.keyRecord())!;
    const row = (await repo.db.notes.get(note.id))!;
    await repo.changePassphrase('old passphrase', 'new passphrase');
    expect((await repo.db.notes.get(note.id))!).toEqual(row);
    expect((await repo.db.keyRecord())!.keyId).toBe(before.keyId);
    await expect(open(oldKey, `note:${note.id}`, row)).resolves.toBeTruthy();
  });
});

describe('PBKDF2 iterations are raised to today’s count', () => {
  it('on unlock, a key wrapped with fewer iterations is re-wrapped with more, and the same key', async () => {
    const low = fresh(1_000);
    await low.setUp('a long passphrase');
    const note = await low.create({ fields: { whatHappened: 'same key' } });
    expect((await low.db.keyRecord())!.iterations).toBe(1_000);
    const higher = fresh(2_000, (low.db as NotesDb).name);
    await higher.unlock('a long passphrase');
    expect((await higher.db.keyRecord())!.iterations).toBe(2_000);
    higher.lock();
    await higher.unlock('a long passphrase');
    expect((await higher.get(note.id))!.content.fields.whatHappened).toBe('same key');
  });

  it(`on unlock with the app's default, the stored count becomes ${DEFAULT_ITERATIONS.toLocaleString('en-GB')}`, async () => {
    const repo = fresh(100_000);
    await repo.setUp('a long passphrase');
    const app = fresh(DEFAULT_ITERATIONS, (repo.db as NotesDb).name);
    await app.unlock('a long passphrase');
    expect((await app.db.keyRecord())!.iterations).toBe(600_000);
  }, 30_000);

  it('on change, with or without a re-key, the new wrap has at least today’s count; a higher count is never lowered', async () => {
    const repo = fresh(1_000);
    await repo.setUp('one passphrase');
    const higher = fresh(2_000, (repo.db as NotesDb).name);
    higher.adoptKey(repo.currentKey!, (await repo.db.keyRecord())!.keyId);
    await higher.changePassphrase('one passphrase', 'two passphrase');
    expect((await higher.db.keyRecord())!.iterations).toBe(2_000);
    await repo.changePassphrase('two passphrase', 'three passphrase', true);
    expect((await repo.db.keyRecord())!.iterations).toBe(2_000);
    const { record } = await createKeyRecord('x passphrase', 1_000);
    expect((await unlockKeyRecord(record, 'x passphrase', 3_000)).rewrapped!.iterations).toBe(3_000);
    expect((await unlockKeyRecord(record, 'x passphrase', 500)).rewrapped).toBeNull();
  });
});
