/** Notes repository: the only place notes are encrypted, stored, read and deleted. Holds the data key only while unlocked. */
import type { Table } from 'dexie';
import { changePassphrase, createKeyRecord, DEFAULT_ITERATIONS, rekeyRecord, seal, unlockKeyRecord, type KeyRecord } from '../lock/crypto';
import { LEGACY_AAD_KEY, NotesDb, write } from './db';
import { KeyChangedError, LockedError } from './errors';
import { eventAad, mayHoldLegacyAad, migrateLegacyAad, noteAad, openRecord, resealUnderNewKey, SEAL_BATCH } from './reseal';
import { emptyContent, upgradeContent, type LifeEvent, type LifeEventContent, type Note, type NoteContent, type NoteMeta, type StoredLifeEvent, type StoredNote } from '../records/model';

export { KeyChangedError, LockedError } from './errors';

/** Records kept changing under a re-key: it was tried this many times, then refused with nothing changed. */
const REKEY_ATTEMPTS = 3;

export class NotesRepository {
  private key: CryptoKey | null = null;
  /** The id of the key record `key` came from: writes check it is still the stored one. */
  private keyId: string | undefined;
  /** Decrypted contents by id and IV (every write has a fresh IV), so a re-list decrypts only what changed; emptied on lock. */
  private opened = new Map<string, { iv: string; content: Readonly<NoteContent> }>();

  constructor(
    readonly db: NotesDb = new NotesDb(),
    private readonly iterations = DEFAULT_ITERATIONS,
  ) {}

  get unlocked(): boolean {
    return this.key !== null;
  }

  async isSetUp(): Promise<boolean> {
    return Boolean(await this.db.keyRecord());
  }

  async setUp(passphrase: string): Promise<void> {
    const { record, key } = await createKeyRecord(passphrase, this.iterations);
    // A new vault holds no record with the old additional data.
    await write(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        await this.db.meta.put({ key: 'keyRecord', value: record });
        await this.db.meta.delete(LEGACY_AAD_KEY);
      }),
    );
    this.key = key;
    this.keyId = record.keyId;
  }

  /**
   * Throws WrongPassphraseError when the unwrap fails. A vault set up before passphrases were NFKC-normalised unlocks
   * with the raw form; it, and one wrapped with fewer PBKDF2 iterations than today's, is re-wrapped (NFKC, today's
   * count). Then re-encrypts any record still bound by its bare id.
   */
  async unlock(passphrase: string): Promise<void> {
    const record = await this.db.keyRecord();
    if (!record) throw new Error('not-set-up');
    const { key, rewrapped } = await unlockKeyRecord(record, passphrase, this.iterations);
    this.key = key;
    this.keyId = record.keyId;
    if (rewrapped) await this.replaceKeyRecord(record, rewrapped).catch(() => undefined); // Still unlocks; re-wrapped next time.
    try {
      if (await mayHoldLegacyAad(this.db)) await migrateLegacyAad(this.db, this.key);
    } catch {
      // Old records stay readable through the fallback; the next unlock tries again.
    }
  }

  /** Stores a re-wrapped key record, unless another tab replaced the one it was made from meanwhile (then false). */
  private async replaceKeyRecord(was: KeyRecord, next: KeyRecord): Promise<boolean> {
    return write(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        if ((await this.db.keyRecord())?.wrappedKey !== was.wrappedKey) return false;
        await this.db.meta.put({ key: 'keyRecord', value: next });
        return true;
      }),
    );
  }

  /** Writes records sealed with this tab's key in one transaction, refused (KeyChangedError) if it is no longer the stored key. */
  private writeSealed(tables: Table[], run: () => Promise<unknown>): Promise<unknown> {
    return write(() =>
      this.db.transaction('rw', [...tables, this.db.meta], async () => {
        const record = await this.db.keyRecord();
        if (!record || record.keyId !== this.keyId) throw new KeyChangedError();
        await run();
      }),
    );
  }

  /** Used when another tab unlocked or re-keyed and shared its (non-extractable) key and the key record's id. */
  adoptKey(key: CryptoKey, keyId: string | undefined): void {
    this.key = key;
    this.keyId = keyId;
  }

  get currentKey(): CryptoKey | null {
    return this.key;
  }

  get currentKeyId(): string | undefined {
    return this.keyId;
  }

  lock(): void {
    this.key = null;
    this.keyId = undefined;
    this.opened.clear();
  }

  /**
   * Re-wraps the data key under the new passphrase (raising the PBKDF2 iterations to today's count if lower). With
   * `rekey`, makes a new data key instead and re-encrypts every note and life event under it in one transaction, so
   * the old key (and the old passphrase with a copy of the old storage) opens nothing written here any more.
   */
  async changePassphrase(current: string, next: string, rekey = false): Promise<void> {
    for (let attempt = 0; attempt < REKEY_ATTEMPTS; attempt++) {
      const record = await this.db.keyRecord();
      if (!record) throw new Error('not-set-up');
      if (!rekey) {
        if (await this.replaceKeyRecord(record, await changePassphrase(record, current, next, this.iterations))) return;
        continue;
      }
      const { oldKey, key, record: nextRecord } = await rekeyRecord(record, current, next, this.iterations);
      if (await resealUnderNewKey(this.db, record, oldKey, key, nextRecord)) {
        this.key = key;
        this.keyId = nextRecord.keyId;
        this.opened.clear();
        return;
      }
    }
    throw new KeyChangedError();
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new LockedError();
    return this.key;
  }

  /** After every await: a lock (or an erase and a new key) meanwhile means this work must not land. */
  private stillHolding(key: CryptoKey): void {
    if (this.key !== key) throw new LockedError();
  }

  async create(content: Partial<NoteContent> = {}, now = new Date()): Promise<Note> {
    const id = crypto.randomUUID();
    const full = { ...emptyContent(now, content.templateId), ...content };
    const meta: NoteMeta = { id, createdAt: now.toISOString(), updatedAt: now.toISOString(), levelId: full.classification?.levelId ?? null, status: 'draft', exportedAt: null };
    await this.put(meta, full);
    return { ...meta, content: full };
  }

  async save(id: string, content: NoteContent, now = new Date()): Promise<NoteMeta> {
    const existing = await this.db.notes.get(id);
    const meta: NoteMeta = existing
      ? { id, createdAt: existing.createdAt, updatedAt: now.toISOString(), levelId: content.classification?.levelId ?? existing.levelId, status: existing.status, exportedAt: existing.exportedAt }
      : { id, createdAt: now.toISOString(), updatedAt: now.toISOString(), levelId: content.classification?.levelId ?? null, status: 'draft', exportedAt: null };
    await this.put(meta, content);
    return meta;
  }

  private async put(meta: NoteMeta, content: NoteContent): Promise<void> {
    const key = this.requireKey();
    const sealed = await seal(key, noteAad(meta.id), content);
    this.stillHolding(key);
    const row: StoredNote = { ...meta, ...sealed };
    await this.writeSealed([this.db.notes], () => this.db.notes.put(row));
  }

  /** Metadata only: works while locked, for counts and the retention banner. */
  async listMeta(): Promise<NoteMeta[]> {
    const rows = await this.db.notes.orderBy('updatedAt').reverse().toArray();
    return rows.map(({ iv: _iv, ct: _ct, ...meta }) => meta);
  }

  async get(id: string): Promise<Note | null> {
    const row = await this.db.notes.get(id);
    return row ? this.decrypt(row) : null;
  }

  /** The notes as stored now, in the order asked; missing ids are skipped. Exports read through this, never a view's copy. */
  async getMany(ids: readonly string[]): Promise<Note[]> {
    const rows = await this.db.notes.bulkGet([...ids]);
    return Promise.all(rows.filter((r): r is StoredNote => r !== undefined).map((r) => this.decrypt(r)));
  }

  /**
   * Deletes only the notes still at the version that was exported; a note saved again since then is kept.
   * Returns the ids kept, so the caller can say why.
   */
  async deleteIfUnchanged(exported: ReadonlyMap<string, string>): Promise<{ deleted: string[]; kept: string[] }> {
    return write(() =>
      this.db.transaction('rw', this.db.notes, async () => {
        const ids = [...exported.keys()];
        const rows = await this.db.notes.bulkGet(ids);
        const deleted: string[] = [];
        const kept: string[] = [];
        rows.forEach((row, i) => {
          if (row) (row.updatedAt === exported.get(ids[i]!) ? deleted : kept).push(row.id);
        });
        await this.db.notes.bulkDelete(deleted);
        return { deleted, kept };
      }),
    );
  }

  /** Newest first, decrypted; a limit gives the list's first screen while the rest decrypt. */
  async list(limit?: number): Promise<Note[]> {
    const newestFirst = this.db.notes.orderBy('updatedAt').reverse();
    const rows = await (limit === undefined ? newestFirst : newestFirst.limit(limit)).toArray();
    return Promise.all(rows.map((r) => this.decrypt(r)));
  }

  private async decrypt(row: StoredNote): Promise<Note> {
    const { iv, ct, ...meta } = row;
    const key = this.requireKey();
    const known = this.opened.get(row.id);
    if (known?.iv === iv) return { ...meta, content: known.content };
    const content = Object.freeze(upgradeContent(await openRecord<NoteContent & Record<string, unknown>>(this.db, key, noteAad(row.id), row.id, { iv, ct })));
    // Locked while this decrypted: the plaintext must not go back into the cache, nor to the caller.
    this.stillHolding(key);
    this.opened.set(row.id, { iv, content });
    return { ...meta, content };
  }

  /**
   * Encrypts every note and life event first, a batch at a time (WebCrypto cannot run inside an IndexedDB transaction),
   * then writes them in one transaction: all or nothing. The backup's count caps bound that transaction.
   */
  async addAll(notes: readonly Note[], events: readonly LifeEvent[] = []): Promise<void> {
    const key = this.requireKey();
    const sealAll = async <M extends { id: string; content: unknown }>(items: readonly M[], aadOf: (id: string) => string) => {
      const sealRow = async ({ content, ...meta }: M) => ({ ...meta, ...(await seal(key, aadOf(meta.id), content)) });
      const rows: Omit<M, 'content'>[] = [];
      for (let i = 0; i < items.length; i += SEAL_BATCH) rows.push(...(await Promise.all(items.slice(i, i + SEAL_BATCH).map(sealRow))));
      return rows;
    };
    const noteRows = (await sealAll(notes, noteAad)) as StoredNote[];
    const eventRows = (await sealAll(events, eventAad)) as StoredLifeEvent[];
    this.stillHolding(key);
    await this.writeSealed([this.db.notes, this.db.events], async () => {
      await this.db.notes.bulkAdd(noteRows);
      await this.db.events.bulkAdd(eventRows);
    });
  }

  /** Life events for the pattern map: encrypted exactly as notes are (a fresh IV per write, type and id bound as data). */
  async saveEvent(content: LifeEventContent, id: string = crypto.randomUUID(), now = new Date()): Promise<LifeEvent> {
    const existing = await this.db.events.get(id);
    const meta = { id, createdAt: existing?.createdAt ?? now.toISOString(), updatedAt: now.toISOString() };
    const key = this.requireKey();
    const row: StoredLifeEvent = { ...meta, ...(await seal(key, eventAad(id), content)) };
    this.stillHolding(key);
    await this.writeSealed([this.db.events], () => this.db.events.put(row));
    return { ...meta, content };
  }

  async listEvents(): Promise<LifeEvent[]> {
    const key = this.requireKey();
    const rows = await this.db.events.toArray();
    this.stillHolding(key);
    const events = await Promise.all(rows.map(async ({ iv, ct, ...meta }) => ({ ...meta, content: await openRecord<LifeEventContent>(this.db, key, eventAad(meta.id), meta.id, { iv, ct }) })));
    this.stillHolding(key);
    return events;
  }

  async deleteEvents(ids: readonly string[]): Promise<void> {
    await write(() => this.db.transaction('rw', this.db.events, () => this.db.events.bulkDelete([...ids])));
  }

  /** Life events' ids and times, readable while locked, for the retention reminder. */
  async listEventMeta(): Promise<{ id: string; createdAt: string; updatedAt: string }[]> {
    return (await this.db.events.toArray()).map(({ id, createdAt, updatedAt }) => ({ id, createdAt, updatedAt }));
  }

  async delete(ids: readonly string[]): Promise<void> {
    await write(() => this.db.transaction('rw', this.db.notes, () => this.db.notes.bulkDelete([...ids])));
  }

  async markExported(ids: readonly string[], at = new Date()): Promise<void> {
    await write(() =>
      this.db.transaction('rw', this.db.notes, async () => {
        for (const id of ids) await this.db.notes.update(id, { status: 'exported', exportedAt: at.toISOString() });
      }),
    );
  }

  /** Erases every note and the key: used when the passphrase is forgotten. */
  async eraseAll(): Promise<void> {
    this.lock();
    await write(() =>
      this.db.transaction('rw', this.db.notes, this.db.meta, this.db.events, async () => {
        await this.db.notes.clear();
        await this.db.events.clear();
        await this.db.meta.clear();
      }),
    );
  }
}
