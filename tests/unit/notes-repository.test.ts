// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesDb, StorageFullError } from '../../src/vault/db';
import { emptyContent } from '../../src/records/model';
import { olderThan, searchNotes } from '../../src/records/note-queries';
import { NotesRepository } from '../../src/vault/repository';
import { seal } from '../../src/lock/crypto';

let n = 0;
const dbs: NotesDb[] = [];
const fresh = () => {
  const db = new NotesDb(`test-${++n}`);
  dbs.push(db);
  return new NotesRepository(db, 1_000);
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('NotesRepository', () => {
  it('sets up, creates, saves, reads, and lists newest first', async () => {
    const repo = fresh();
    expect(await repo.isSetUp()).toBe(false);
    await repo.setUp('a long passphrase');
    expect(await repo.isSetUp()).toBe(true);
    const a = await repo.create({ fields: { whatHappened: 'first' } }, new Date('2026-01-01T10:00:00Z'));
    const b = await repo.create({ fields: { whatHappened: 'second' } }, new Date('2026-01-02T10:00:00Z'));
    await repo.save(a.id, { ...a.content, fields: { whatHappened: 'first, edited' } }, new Date('2026-01-03T10:00:00Z'));
    const list = await repo.list();
    expect(list.map((x) => x.content.fields.whatHappened)).toEqual(['first, edited', 'second']);
    expect((await repo.get(b.id))!.content.fields.whatHappened).toBe('second');
  });

  it('stores no note text in the clear: the raw rows hold only metadata and ciphertext', async () => {
    const repo = fresh();
    await repo.setUp('a long passphrase');
    await repo.create({ fields: { whatHappened: 'UNIQUE-MARKER-42' }, childRef: 'AB' });
    const raw = JSON.stringify(await repo.db.notes.toArray()) + JSON.stringify(await repo.db.meta.toArray());
    expect(raw).not.toContain('UNIQUE-MARKER-42');
    expect(raw).not.toContain('a long passphrase');
  });

  it('reads metadata while locked, but not content; a new unlock restores access', async () => {
    const repo = fresh();
    await repo.setUp('a long passphrase');
    await repo.create({ fields: { whatHappened: 'x' } });
    repo.lock();
    expect(await repo.listMeta()).toHaveLength(1);
    await expect(repo.list()).rejects.toThrow('locked');
    await expect(repo.unlock('wrong passphrase')).rejects.toThrow('wrong-passphrase');
    await repo.unlock('a long passphrase');
    expect((await repo.list())[0]!.content.fields.whatHappened).toBe('x');
  });

  it('keeps notes readable after a passphrase change', async () => {
    const repo = fresh();
    await repo.setUp('old passphrase');
    await repo.create({ fields: { whatHappened: 'kept' } });
    await repo.changePassphrase('old passphrase', 'new passphrase');
    repo.lock();
    await expect(repo.unlock('old passphrase')).rejects.toThrow();
    await repo.unlock('new passphrase');
    expect((await repo.list())[0]!.content.fields.whatHappened).toBe('kept');
  });

  it('marks exported, deletes, erases everything', async () => {
    const repo = fresh();
    await repo.setUp('a long passphrase');
    const a = await repo.create({});
    const b = await repo.create({});
    await repo.markExported([a.id], new Date('2026-02-01T00:00:00Z'));
    expect((await repo.get(a.id))!).toMatchObject({ status: 'exported', exportedAt: '2026-02-01T00:00:00.000Z' });
    await repo.delete([b.id]);
    expect(await repo.listMeta()).toHaveLength(1);
    await repo.eraseAll();
    expect(await repo.isSetUp()).toBe(false);
    expect(await repo.listMeta()).toEqual([]);
  });

  it('turns a quota failure into StorageFullError and stores nothing', async () => {
    const repo = fresh();
    await repo.setUp('a long passphrase');
    // Middleware applies from the next open, as a fault injected into a real device's storage would.
    repo.db.close();
    repo.db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return name !== 'notes' ? t : { ...t, mutate: () => Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })) };
        },
      }),
    });
    await repo.db.open();
    await expect(repo.create({ fields: { whatHappened: 'x' } })).rejects.toBeInstanceOf(StorageFullError);
    expect(await repo.db.notes.count()).toBe(0);
  });

  it('searches decrypted text ignoring case and accents, and finds old notes', async () => {
    const repo = fresh();
    await repo.setUp('a long passphrase');
    await repo.create({ fields: { whatHappened: 'Seen in the CAFÉ' } }, new Date('2026-01-01T00:00:00Z'));
    await repo.create({ fields: { childsWords: 'it was a game' } }, new Date('2026-03-01T00:00:00Z'));
    const notes = await repo.list();
    expect(searchNotes(notes, 'cafe')).toHaveLength(1);
    expect(searchNotes(notes, 'GAME')).toHaveLength(1);
    expect(searchNotes(notes, '')).toHaveLength(2);
    expect(olderThan(await repo.listMeta(), 30, new Date('2026-03-05T00:00:00Z'))).toHaveLength(1);
  });

  it('upgrades a version-1 database and reads its notes, written before templates, as incident notes', async () => {
    const name = `test-upgrade-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ notes: 'id, updatedAt, levelId, status', meta: 'key' });
    await v1.open();
    const seedDb = new NotesDb(`${name}-seed`);
    dbs.push(seedDb);
    const seedRepo = new NotesRepository(seedDb, 1_000);
    await seedRepo.setUp('a long passphrase');
    // The shape notes had before templates: the incident fields at the top level.
    const legacy = { childRef: 'AB', observedAt: '2025-01-01T10:00', writtenAt: '2025-01-01T10:05:00.000Z', setting: 'Hall', otherChildren: '', otherChildDetails: '', whatHappened: 'from v1', childsWords: 'it was a game', professionalJudgement: '', actionTaken: '', safetySteps: '', whoInformed: '', nextSteps: '', classification: null };
    const sealed = await seal(seedRepo.currentKey!, 'legacy-1', legacy);
    await v1.table('meta').bulkPut(await seedDb.meta.toArray());
    await v1.table('notes').put({ id: 'legacy-1', createdAt: '2025-01-01T10:05:00.000Z', updatedAt: '2025-01-01T10:05:00.000Z', levelId: null, status: 'draft', exportedAt: null, ...sealed });
    v1.close();
    const upgraded = new NotesDb(name);
    dbs.push(upgraded);
    const repo = new NotesRepository(upgraded, 1_000);
    await repo.unlock('a long passphrase');
    expect(upgraded.verno).toBe(4);
    const note = (await repo.list())[0]!;
    expect(note.content).toMatchObject({ templateId: 'incident', childRef: 'AB', fields: { whatHappened: 'from v1', childsWords: 'it was a game', setting: 'Hall' } });
    expect(await upgraded.notes.orderBy('createdAt').count()).toBe(1);
    expect(await upgraded.events.count()).toBe(0);
  });

  it('keeps life events encrypted: no description or child reference in the clear', async () => {
    const repo = fresh();
    await repo.setUp('a long passphrase');
    // Markers long enough that random base64 ciphertext never holds them by chance ("ZQ" alone sometimes did).
    const e = await repo.saveEvent({ childRef: 'CHILD-REF-MARKER', date: '2026-02', description: 'EVENT-MARKER moved house' });
    const raw = JSON.stringify(await repo.db.events.toArray());
    expect(raw).not.toContain('EVENT-MARKER');
    expect(raw).not.toContain('CHILD-REF-MARKER');
    expect((await repo.listEvents())[0]).toMatchObject({ id: e.id, content: { date: '2026-02', description: 'EVENT-MARKER moved house' } });
    await repo.saveEvent({ ...e.content, description: 'edited' }, e.id);
    expect((await repo.listEvents()).map((x) => x.content.description)).toEqual(['edited']);
    await repo.deleteEvents([e.id]);
    expect(await repo.listEvents()).toEqual([]);
  });

  it('erases life events with the notes and the key', async () => {
    const repo = fresh();
    await repo.setUp('a long passphrase');
    await repo.saveEvent({ childRef: 'ZQ', date: '2026', description: 'x' });
    await repo.eraseAll();
    expect(await repo.db.events.count()).toBe(0);
  });

  it('starts "When it was observed" empty: the app never invents the time of an observation', () => {
    const content = emptyContent(new Date('2026-05-01T09:30:00Z'));
    expect(content.observedAt).toBe('');
    expect(content.writtenAt).toBe('2026-05-01T09:30:00.000Z');
  });
});
