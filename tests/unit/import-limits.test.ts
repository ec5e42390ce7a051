/** Limits on what an import reads and stores: file sizes before reading, record counts in a backup, all-or-nothing writes, and a full localStorage. */
import { afterEach, describe, expect, it } from 'vitest';
import { importBackup, ImportError, makeBackup, MAX_BACKUP_EVENTS, MAX_BACKUP_NOTES, readBackup } from '../../src/transfer/backup';
import { NotesDb } from '../../src/vault/db';
import type { LifeEvent, Note } from '../../src/records/model';
import { NotesRepository } from '../../src/vault/repository';
import { FileTooLargeError, isQuotaExceeded, megabytes, readFileWithin } from '../../src/ui/import-file';

const FAST = 100_000;
const at = '2026-03-02T10:15:00.000Z';
const note = (i: number, text = `note ${i}`): Note => ({
  id: crypto.randomUUID(),
  createdAt: at,
  updatedAt: at,
  levelId: null,
  status: 'draft',
  exportedAt: null,
  content: { templateId: 'incident', childRef: 'AB', observedAt: '', writtenAt: at, fields: { whatHappened: text }, classification: null },
});
const event = (i: number): LifeEvent => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, content: { childRef: 'AB', date: '2026-02', description: `event ${i}` } });
const plain = (notes: Note[], events: LifeEvent[] = []) => JSON.stringify({ format: 'tl-notes-backup', version: 2, exportedAt: at, encrypted: false, notes, events });

const dbs: NotesDb[] = [];
let n = 0;
const emptyRepo = async () => {
  const db = new NotesDb(`limits-${++n}`);
  dbs.push(db);
  const repo = new NotesRepository(db, 1_000);
  await repo.setUp('a long passphrase');
  return repo;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('a file is refused by its size before it is read', () => {
  it('never reads a file over the limit, and names its size and the limit', async () => {
    let read = false;
    const huge = { size: 60 * 1024 * 1024, text: () => ((read = true), Promise.resolve('')) } as unknown as Blob;
    const error = await readFileWithin(huge, 50 * 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ size: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 });
    expect(read).toBe(false);
    expect([megabytes((error as FileTooLargeError).size), megabytes((error as FileTooLargeError).limit)]).toEqual([60, 50]);
  });

  it('reads a file at the limit', async () => {
    expect(await readFileWithin(new Blob(['0123456789']), 10)).toBe('0123456789');
  });
});

describe('a backup holds a bounded number of records', () => {
  it(`refuses more than ${MAX_BACKUP_NOTES} notes by count, before validating or storing any`, async () => {
    const repo = await emptyRepo();
    const notes = Array.from({ length: MAX_BACKUP_NOTES + 1 }, (_, i) => note(i));
    const error = await importBackup(repo, plain(notes), null).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'too-many-notes', detail: String(MAX_BACKUP_NOTES + 1) });
    expect(await repo.db.notes.count()).toBe(0);
  });

  it(`refuses more than ${MAX_BACKUP_EVENTS} life events, and counts inside an encrypted backup too`, async () => {
    const events = Array.from({ length: MAX_BACKUP_EVENTS + 1 }, (_, i) => event(i));
    await expect(readBackup(plain([note(0)], events), null)).rejects.toMatchObject({ problem: 'too-many-events' });
    const sealed = await makeBackup([note(0)], events, 'backup passphrase', FAST);
    await expect(readBackup(sealed, 'backup passphrase')).rejects.toMatchObject({ problem: 'too-many-events' });
  });

  it('stores a record that appears twice in one backup once', async () => {
    const repo = await emptyRepo();
    const twice = note(1);
    expect(await importBackup(repo, plain([twice, note(2), twice]), null)).toEqual({ added: 2, skipped: 1 });
    expect(await repo.db.notes.count()).toBe(2);
  });
});

describe('an import is all or nothing, though it is encrypted in batches', () => {
  it('stores no note when the life events cannot be written', async () => {
    const repo = await emptyRepo();
    repo.db.close();
    repo.db.use({
      stack: 'dbcore',
      name: 'events-fail',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return name !== 'events' ? t : { ...t, mutate: () => Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })) };
        },
      }),
    });
    await repo.db.open();
    await repo.unlock('a long passphrase');
    const notes = Array.from({ length: 450 }, (_, i) => note(i));
    const error = await importBackup(repo, plain(notes, [event(1)]), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe('storage');
    expect(await repo.db.notes.count()).toBe(0);
  });
});

describe('a full localStorage is recognised', () => {
  it('tells the quota error jsdom throws when localStorage is full from other failures', () => {
    let quota: unknown = null;
    try {
      for (let i = 0; i < 1_000; i++) localStorage.setItem(`filler-${i}`, 'x'.repeat(100_000));
    } catch (e) {
      quota = e;
    }
    expect(quota).not.toBeNull();
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});
