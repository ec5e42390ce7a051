/** Test databases: the version-3 notes database as the November app left it, and clean-up of every database made. */
import Dexie from 'dexie';
import { afterEach } from 'vitest';

interface OldRows {
  meta: unknown[];
  notes: unknown[];
  events: unknown[];
}

/** Names and open handles of this file's databases, closed and deleted after each test. */
export function databasesForEachTest(prefix: string) {
  const names: string[] = [];
  const dbs: Dexie[] = [];
  let n = 0;
  afterEach(async () => {
    for (const db of dbs.splice(0)) db.close();
    for (const name of names.splice(0)) await Dexie.delete(name);
  });
  return {
    /** A fresh database name, deleted after the test. */
    name: () => {
      const name = `${prefix}-${++n}`;
      names.push(name);
      return name;
    },
    /** Keeps a handle to close after the test. */
    track: <D extends Dexie>(db: D): D => (dbs.push(db), db),
    /** The old app's version-3 schema and rows, written with a plain Dexie; returns the database name. */
    async old(rows: OldRows): Promise<string> {
      const name = this.name();
      const v3 = new Dexie(name);
      v3.version(1).stores({ notes: 'id, updatedAt, levelId, status', meta: 'key' });
      v3.version(2).stores({ notes: 'id, updatedAt, createdAt, levelId, status' });
      v3.version(3).stores({ events: 'id, updatedAt, createdAt' });
      await v3.open();
      await v3.table('meta').bulkPut(rows.meta);
      await v3.table('notes').bulkPut(rows.notes);
      await v3.table('events').bulkPut(rows.events);
      v3.close();
      return name;
    },
  };
}
