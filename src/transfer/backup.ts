/**
 * JSON backup: lossless and versioned, encrypted with the passphrase by default. Import is validated with zod and
 * all-or-nothing: every note is checked and encrypted first, then written in one transaction.
 */
import '../content/zod-config';
import { z } from 'zod';
import { deriveKey, DEFAULT_ITERATIONS, fromBase64, normalisePassphrase, passphraseForms, randomBytes, toBase64 } from '../lock/crypto';
import { upgradeContent, type LifeEvent, type Note } from '../records/model';
import { legacyNoteContentSchema, lifeEventContentSchema, lifeEventMetaSchema, noteContentSchema, noteMetaSchema } from '../records/note-schema';
import type { NotesRepository } from '../vault/repository';

export const BACKUP_FORMAT = 'tl-notes-backup';
/** 2 (2026-11): notes follow templates, and life events travel with them. Version 1 backups still import. */
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS = [1, 2];
/** Above a 5,000-note backup (about 15 MB encrypted); the issue's 20 MB is the floor. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Twice the 5,000 notes the app is sized and benchmarked for: bounds the work and the one import transaction, whatever the file holds. */
export const MAX_BACKUP_NOTES = 10_000;
/** Life events are fewer than notes (a handful per child), so the same bound is generous and keeps the transaction bounded. */
export const MAX_BACKUP_EVENTS = 10_000;
const AAD = new TextEncoder().encode(BACKUP_FORMAT);

export type ImportProblem = 'too-large' | 'too-many-notes' | 'too-many-events' | 'truncated' | 'not-json' | 'wrong-format' | 'wrong-version' | 'wrong-shape' | 'bad-id' | 'wrong-passphrase' | 'needs-passphrase' | 'storage';

export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly detail = '',
  ) {
    super(problem);
    this.name = 'ImportError';
  }
}

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date');
/** A backed-up note: its record, with content of today's shape or version 1's, brought to today's shape. */
export const noteSchema = noteMetaSchema.extend({ content: z.union([noteContentSchema, legacyNoteContentSchema]).transform(upgradeContent) });
export const eventSchema = lifeEventMetaSchema.extend({ content: lifeEventContentSchema });
const payload = z.object({ notes: z.array(noteSchema), events: z.array(eventSchema).default([]) });
const envelope = z.object({ format: z.string(), version: z.number() });
const plainBackup = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number(), exportedAt: iso, encrypted: z.literal(false), notes: z.array(noteSchema), events: z.array(eventSchema).default([]) });
const encryptedBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: iso,
  encrypted: z.literal(true),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().min(1),
  iv: z.string().min(1),
  ct: z.string().min(1),
});

export interface BackupContents {
  notes: Note[];
  events: LifeEvent[];
}

export async function makeBackup(notes: readonly Note[], events: readonly LifeEvent[], passphrase: string | null, iterations = DEFAULT_ITERATIONS, now = new Date()): Promise<string> {
  const base = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString() };
  if (passphrase === null) return JSON.stringify({ ...base, encrypted: false, notes, events });
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(normalisePassphrase(passphrase), salt, iterations);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, new TextEncoder().encode(JSON.stringify({ notes, events })));
  return JSON.stringify({ ...base, encrypted: true, kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) });
}

/** A note's or life event's id that is text but not a UUID is its own named problem; anything else is the wrong shape. */
function shapeProblem(issues: readonly { code: string; path: readonly PropertyKey[] }[]): ImportError {
  const badId = issues.find((i) => i.code === 'invalid_format' && i.path.length === 3 && (i.path[0] === 'notes' || i.path[0] === 'events') && i.path[2] === 'id');
  if (badId) return new ImportError('bad-id', badId.path.join('.'));
  return new ImportError('wrong-shape', issues[0]?.path.join('.') ?? '');
}

/** A backup is one JSON object: one that starts like it but stops before its closing brace was cut off. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const t = text.trim();
    throw new ImportError(t.startsWith('{') && !t.endsWith('}') ? 'truncated' : 'not-json');
  }
}

/** Counted before any record is validated, decrypted or stored, so an oversized backup is refused cheaply. */
function checkCounts(data: unknown): void {
  if (typeof data !== 'object' || data === null) return;
  const { notes, events } = (Array.isArray(data) ? { notes: data } : data) as { notes?: unknown; events?: unknown };
  if (Array.isArray(notes) && notes.length > MAX_BACKUP_NOTES) throw new ImportError('too-many-notes', String(notes.length));
  if (Array.isArray(events) && events.length > MAX_BACKUP_EVENTS) throw new ImportError('too-many-events', String(events.length));
}

/** Decrypts a sealed backup with the NFKC passphrase, or the raw form it may have been made with before normalisation. */
async function openSealed(sealed: { salt: string; iterations: number; iv: string; ct: string }, passphrase: string): Promise<unknown> {
  for (const form of passphraseForms(passphrase)) {
    try {
      const key = await deriveKey(form, fromBase64(sealed.salt), sealed.iterations);
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: AAD }, key, fromBase64(sealed.ct));
      return JSON.parse(new TextDecoder().decode(plain));
    } catch {
      // Try the next form.
    }
  }
  throw new ImportError('wrong-passphrase');
}

/** Reads a backup into validated notes and life events, refusing with one named problem. Nothing is stored here. */
export async function readBackup(text: string, passphrase: string | null): Promise<BackupContents> {
  if (new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) throw new ImportError('too-large');
  const data = parseJson(text);
  const head = envelope.safeParse(data);
  if (!head.success || head.data.format !== BACKUP_FORMAT) throw new ImportError('wrong-format');
  if (!READABLE_VERSIONS.includes(head.data.version)) throw new ImportError('wrong-version', String(head.data.version));
  const encrypted = (data as { encrypted?: unknown }).encrypted;
  if (encrypted === false) {
    checkCounts(data);
    const plain = plainBackup.safeParse(data);
    if (!plain.success) throw shapeProblem(plain.error.issues);
    return { notes: plain.data.notes, events: plain.data.events };
  }
  const sealed = encryptedBackup.safeParse(data);
  if (!sealed.success) throw new ImportError('wrong-shape', sealed.error.issues[0]?.path.join('.') ?? '');
  if (passphrase === null) throw new ImportError('needs-passphrase');
  const notesData = await openSealed(sealed.data, passphrase);
  checkCounts(notesData);
  // Version 1 sealed an array of notes; version 2 seals { notes, events }.
  const contents = payload.safeParse(Array.isArray(notesData) ? { notes: notesData } : notesData);
  if (!contents.success) throw shapeProblem(contents.error.issues);
  return contents.data;
}

/** Items whose ids are not already stored, each once: existing ones are kept, never doubled. One Set, so 10,000 ids cost 10,000 look-ups. */
function unseen<T extends { id: string }>(items: readonly T[], existing: ReadonlySet<string>): T[] {
  const taken = new Set(existing);
  return items.filter((x) => !taken.has(x.id) && Boolean(taken.add(x.id)));
}

/** Adds the backup's notes and life events that are not already stored. */
export async function importBackup(repo: NotesRepository, text: string, passphrase: string | null): Promise<{ added: number; skipped: number }> {
  const { notes, events } = await readBackup(text, passphrase);
  const fresh = unseen(notes, new Set(await repo.db.notes.toCollection().primaryKeys()));
  const freshEvents = unseen(events, new Set(await repo.db.events.toCollection().primaryKeys()));
  try {
    await repo.addAll(fresh, freshEvents);
  } catch {
    throw new ImportError('storage');
  }
  return { added: fresh.length, skipped: notes.length - fresh.length };
}
