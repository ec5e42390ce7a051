/** The notes database (Dexie). Writes run in explicit transactions so a quota failure surfaces instead of hanging (Dexie #840). */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { KeyRecord } from '../lock/crypto';
import type { StoredLifeEvent, StoredNote } from '../records/model';

export interface MetaRow {
  key: string;
  value: unknown;
}

export class StorageFullError extends Error {
  constructor() {
    super('storage-full');
    this.name = 'StorageFullError';
  }
}

export class WriteFailedError extends Error {
  constructor(cause: unknown) {
    super('write-failed');
    this.name = 'WriteFailedError';
    this.cause = cause;
  }
}

export const DB_NAME = 'tl-notes';
/** Set in meta while records written before version 4 (the bare id as additional data) may remain. */
export const LEGACY_AAD_KEY = 'legacyAad';

export class NotesDb extends Dexie {
  notes!: Table<StoredNote, string>;
  meta!: Table<MetaRow, string>;
  events!: Table<StoredLifeEvent, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ notes: 'id, updatedAt, levelId, status', meta: 'key' });
    // v2 adds an index for retention ("older than") without touching the encrypted content.
    this.version(2).stores({ notes: 'id, updatedAt, createdAt, levelId, status' });
    // v3 adds life events for the pattern map: only id and times in the clear, like notes.
    this.version(3).stores({ events: 'id, updatedAt, createdAt' });
    // v4 binds each record's type in its additional data (note:<id>, event:<id>). Records written before bound only the
    // id: the flag says some may remain, until the next unlock re-encrypts them (repository.ts). A new database has none.
    this.version(4).stores({}).upgrade((tx) => tx.table('meta').put({ key: LEGACY_AAD_KEY, value: true }));
  }

  async keyRecord(): Promise<KeyRecord | undefined> {
    return (await this.meta.get('keyRecord'))?.value as KeyRecord | undefined;
  }
}

/** Chrome reports a full disk as an AbortError whose `inner` is a QuotaExceededError; Dexie may wrap it again. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  const err = e as { name?: string; inner?: unknown; cause?: unknown } | null;
  if (!err || depth > 5) return false;
  return err.name === 'QuotaExceededError' || isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1);
}

export async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError();
    throw new WriteFailedError(e);
  }
}
