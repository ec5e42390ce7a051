/**
 * Re-encrypting stored records, for the additional-data migration and the re-key. WebCrypto cannot run inside an
 * IndexedDB transaction (it would commit early), so records are re-sealed first, a batch at a time, and the caller
 * writes them in one transaction, checking each against the IV it was read with.
 */
import type { Table } from 'dexie';
import { open, seal, type KeyRecord, type Sealed } from '../lock/crypto';
import { LEGACY_AAD_KEY, write, type NotesDb } from './db';

/** Additional data names the record's type and id, so a note's ciphertext cannot pass as a life event's or another note's. */
export const noteAad = (id: string): string => `note:${id}`;
export const eventAad = (id: string): string => `event:${id}`;

/** Records re-sealed at a time: bounds the WebCrypto calls and results in flight for thousands of notes. */
export const SEAL_BATCH = 200;

export interface StoredRecord {
  id: string;
  iv: string;
  ct: string;
}

/** A re-sealed row and the IV of the row it replaces. */
export interface Resealed<R> {
  row: R;
  was: string;
}

/** Runs `reseal` over every row, a batch at a time; a row it returns null for is left as it is. */
export async function resealRows<R extends StoredRecord>(rows: readonly R[], reseal: (row: R) => Promise<Sealed | null>): Promise<Resealed<R>[]> {
  const out: Resealed<R>[] = [];
  for (let i = 0; i < rows.length; i += SEAL_BATCH) {
    const batch = await Promise.all(
      rows.slice(i, i + SEAL_BATCH).map(async (row) => {
        const sealed = await reseal(row);
        return sealed ? { row: { ...row, ...sealed }, was: row.iv } : null;
      }),
    );
    out.push(...batch.filter((x): x is Resealed<R> => x !== null));
  }
  return out;
}

/** Inside the caller's transaction: the re-sealed rows whose stored row still has the IV it was read with. */
export async function stillUnchanged<R extends StoredRecord>(table: Table<R, string>, items: readonly Resealed<R>[]): Promise<R[]> {
  const current = await table.bulkGet(items.map((x) => x.row.id));
  return items.filter((x, i) => current[i]?.iv === x.was).map((x) => x.row);
}

/** Whether a sealed value opens with this additional data. */
const opens = (key: CryptoKey, aad: string, sealed: Sealed): Promise<boolean> =>
  open<unknown>(key, aad, sealed).then(
    () => true,
    () => false,
  );

/** True while records written before Dexie version 4 may remain; read at need, so every tab sees another's migration. */
export async function mayHoldLegacyAad(db: NotesDb): Promise<boolean> {
  return (await db.meta.get(LEGACY_AAD_KEY))?.value === true;
}

/** Opens a record with its typed additional data, or, in a database upgraded from before version 4, its bare id. */
export async function openRecord<T>(db: NotesDb, key: CryptoKey, aad: string, id: string, sealed: Sealed): Promise<T> {
  try {
    return await open<T>(key, aad, sealed);
  } catch (e) {
    if (!(await mayHoldLegacyAad(db))) throw e;
    return open<T>(key, id, sealed);
  }
}

/**
 * Re-encrypts every record still bound by its bare id (written before Dexie version 4) with its typed additional data,
 * then clears the flag, in one transaction: all or nothing, and idempotent (a record that already opens typed is left
 * alone; so is one written since it was read, which has a new IV and typed data). One that opens with neither is
 * unreadable either way and stays as it is.
 */
export async function migrateLegacyAad(db: NotesDb, key: CryptoKey): Promise<void> {
  const retype = (aadOf: (id: string) => string) => async (row: StoredRecord) => {
    if (await opens(key, aadOf(row.id), row)) return null;
    const value = await open<unknown>(key, row.id, row).catch(() => undefined);
    return value === undefined ? null : seal(key, aadOf(row.id), value);
  };
  const notes = await resealRows(await db.notes.toArray(), retype(noteAad));
  const events = await resealRows(await db.events.toArray(), retype(eventAad));
  await write(() =>
    db.transaction('rw', db.notes, db.events, db.meta, async () => {
      await db.notes.bulkPut(await stillUnchanged(db.notes, notes));
      await db.events.bulkPut(await stillUnchanged(db.events, events));
      await db.meta.delete(LEGACY_AAD_KEY);
    }),
  );
}

/** Each row's id and IV: equal maps mean no record was written, added or deleted in between. */
const ivs = (rows: readonly StoredRecord[]) => new Map(rows.map((r) => [r.id, r.iv]));
const sameIvs = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([id, iv]) => b.get(id) === iv);

/**
 * Re-key: every readable note and life event re-sealed under the new key, and the new key record stored, in one
 * transaction. Returns false, changing nothing, when a record was written meanwhile (it would still be under the old
 * key) or the key record is no longer the one re-keyed from. A record the old key cannot open stays as it is.
 */
export async function resealUnderNewKey(db: NotesDb, from: KeyRecord, oldKey: CryptoKey, newKey: CryptoKey, next: KeyRecord): Promise<boolean> {
  const underNewKey = (aadOf: (id: string) => string) => async (row: StoredRecord) => {
    const value = await openRecord<unknown>(db, oldKey, aadOf(row.id), row.id, row).catch(() => undefined);
    return value === undefined ? null : seal(newKey, aadOf(row.id), value);
  };
  const noteRows = await db.notes.toArray();
  const eventRows = await db.events.toArray();
  const notes = await resealRows(noteRows, underNewKey(noteAad));
  const events = await resealRows(eventRows, underNewKey(eventAad));
  return write(() =>
    db.transaction('rw', db.notes, db.events, db.meta, async () => {
      if ((await db.keyRecord())?.wrappedKey !== from.wrappedKey) return false;
      if (!sameIvs(ivs(await db.notes.toArray()), ivs(noteRows)) || !sameIvs(ivs(await db.events.toArray()), ivs(eventRows))) return false;
      await db.notes.bulkPut(notes.map((x) => x.row));
      await db.events.bulkPut(events.map((x) => x.row));
      await db.meta.put({ key: 'keyRecord', value: next });
      // Every readable record is now typed.
      await db.meta.delete(LEGACY_AAD_KEY);
      return true;
    }),
  );
}
