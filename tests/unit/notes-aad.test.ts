// @vitest-environment node
/** Each record's additional data names its type (note:<id>, event:<id>); databases from before are re-encrypted on unlock. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open, seal, unwrapKey } from '../../src/lock/crypto';
import { LEGACY_AAD_KEY, NotesDb, type MetaRow } from '../../src/vault/db';
import type { StoredLifeEvent, StoredNote } from '../../src/records/model';
import { NotesRepository } from '../../src/vault/repository';
import { databasesForEachTest } from './helpers/old-database';

/** Made by the repository at commit 527899e (Dexie version 3), before record types were bound as additional data. */
const fixture = JSON.parse(readFileSync('tests/fixtures/notes/db-v3-id-aad.json', 'utf8')) as {
  passphrase: string;
  dexieVersion: number;
  meta: MetaRow[];
  notes: StoredNote[];
  events: StoredLifeEvent[];
};

const databases = databasesForEachTest('aad');
/** The database exactly as the old app left it. */
const oldDatabase = () => databases.old(fixture);

const repoOn = (name: string) => {
  return new NotesRepository(databases.track(new NotesDb(name)), 1_000);
};

describe('additional data binds the record type', () => {
  it('a note ciphertext moved into the life-event store (same id) cannot be read there', async () => {
    const name = databases.name();
    const repo = repoOn(name);
    await repo.setUp('a long passphrase');
    const note = await repo.create({ childRef: 'AB', fields: { whatHappened: 'note text' } });
    const event = await repo.saveEvent({ childRef: 'AB', date: '2026-01', description: 'event text' });
    const stored = (await repo.db.notes.get(note.id))!;
    await repo.db.events.put({ id: note.id, createdAt: stored.createdAt, updatedAt: stored.updatedAt, iv: stored.iv, ct: stored.ct });
    await expect(repo.listEvents()).rejects.toThrow();
    await repo.db.events.delete(note.id);
    const storedEvent = (await repo.db.events.get(event.id))!;
    await repo.db.notes.put({ ...stored, id: event.id, iv: storedEvent.iv, ct: storedEvent.ct });
    await expect(repo.get(event.id)).rejects.toThrow();
  });

  it('seals notes as note:<id> and life events as event:<id>', async () => {
    const name = databases.name();
    const repo = repoOn(name);
    await repo.setUp('a long passphrase');
    const note = await repo.create({ fields: { whatHappened: 'typed' } });
    const event = await repo.saveEvent({ childRef: 'AB', date: '2026', description: 'typed event' });
    const key = repo.currentKey!;
    const row = (await repo.db.notes.get(note.id))!;
    expect((await open<{ fields: { whatHappened: string } }>(key, `note:${note.id}`, row)).fields.whatHappened).toBe('typed');
    await expect(open(key, note.id, row)).rejects.toThrow();
    const eventRow = (await repo.db.events.get(event.id))!;
    expect(await open(key, `event:${event.id}`, eventRow)).toMatchObject({ description: 'typed event' });
    await expect(open(key, `note:${event.id}`, eventRow)).rejects.toThrow();
  });

  it('a new database never falls back to the bare id', async () => {
    const name = databases.name();
    const repo = repoOn(name);
    await repo.setUp('a long passphrase');
    const id = crypto.randomUUID();
    const old = await seal(repo.currentKey!, id, { templateId: 'incident', childRef: '', observedAt: '', writtenAt: '', fields: {}, classification: null });
    await repo.db.notes.put({ id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', levelId: null, status: 'draft', exportedAt: null, ...old });
    expect(await repo.db.meta.get(LEGACY_AAD_KEY)).toBeUndefined();
    await expect(repo.get(id)).rejects.toThrow();
  });
});

describe('upgrading a database written with the bare id as additional data', () => {
  it('reads every old note and life event, and re-encrypts them with typed additional data on unlock', async () => {
    expect(fixture.dexieVersion).toBe(3);
    const name = await oldDatabase();
    const repo = repoOn(name);
    await repo.unlock(fixture.passphrase);
    expect(repo.db.verno).toBe(4);
    expect((await repo.list()).map((x) => x.content.fields.whatHappened).sort()).toEqual(['Old-format note one', 'Old-format note two']);
    expect((await repo.listEvents()).map((e) => e.content.description)).toEqual(['Old-format life event']);
    const key = repo.currentKey!;
    for (const row of await repo.db.notes.toArray()) {
      expect(fixture.notes.find((f) => f.id === row.id)!.iv).not.toBe(row.iv);
      await expect(open(key, `note:${row.id}`, row)).resolves.toBeTruthy();
      await expect(open(key, row.id, row)).rejects.toThrow();
    }
    for (const row of await repo.db.events.toArray()) {
      await expect(open(key, `event:${row.id}`, row)).resolves.toBeTruthy();
      await expect(open(key, row.id, row)).rejects.toThrow();
    }
    expect(await repo.db.meta.get(LEGACY_AAD_KEY)).toBeUndefined();
  });

  it('reads old records before the migration has run, and a second unlock changes nothing (idempotent)', async () => {
    const name = await oldDatabase();
    const migrated = repoOn(name);
    await migrated.db.open();
    expect((await migrated.db.meta.get(LEGACY_AAD_KEY))?.value).toBe(true);
    // Another tab's key, adopted without an unlock here: nothing is migrated yet, and the old records still read.
    migrated.adoptKey(await unwrapKey((await migrated.db.keyRecord())!, fixture.passphrase), undefined);
    expect((await migrated.list()).map((x) => x.content.fields.whatHappened).sort()).toEqual(['Old-format note one', 'Old-format note two']);
    expect(await migrated.db.notes.toArray()).toEqual(fixture.notes);
    migrated.lock();
    await migrated.unlock(fixture.passphrase);
    const once = JSON.stringify([await migrated.db.notes.toArray(), await migrated.db.events.toArray()]);
    migrated.lock();
    await migrated.unlock(fixture.passphrase);
    expect(JSON.stringify([await migrated.db.notes.toArray(), await migrated.db.events.toArray()])).toBe(once);
  });

  it('keeps everything as it was when the re-encryption cannot be written, and still unlocks', async () => {
    const name = await oldDatabase();
    const db = databases.track(new NotesDb(name));
    db.use({
      stack: 'dbcore',
      name: 'notes-fail',
      create: (down) => ({
        ...down,
        table: (table) => {
          const t = down.table(table);
          return table !== 'notes' ? t : { ...t, mutate: () => Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })) };
        },
      }),
    });
    const repo = new NotesRepository(db, 1_000);
    await repo.unlock(fixture.passphrase);
    expect((await repo.list()).map((x) => x.content.fields.whatHappened).sort()).toEqual(['Old-format note one', 'Old-format note two']);
    expect(await db.notes.toArray()).toEqual(fixture.notes);
    expect(await db.events.toArray()).toEqual(fixture.events);
    expect((await db.meta.get(LEGACY_AAD_KEY))?.value).toBe(true);
  });
});
