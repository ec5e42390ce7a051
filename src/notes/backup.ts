/**
 * JSON backup: lossless and versioned, encrypted with the passphrase by default. Import is validated with zod and
 * all-or-nothing: every note is checked and encrypted first, then written in one transaction.
 */
import '../content/zod-config';
import { z } from 'zod';
import { deriveKey, DEFAULT_ITERATIONS, fromBase64, randomBytes, toBase64 } from '../lock/crypto';
import type { Note } from './model';
import type { NotesRepository } from './repository';

export const BACKUP_FORMAT = 'tl-notes-backup';
export const BACKUP_VERSION = 1;
/** Above a 5,000-note backup (about 15 MB encrypted); the issue's 20 MB is the floor. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const AAD = new TextEncoder().encode(BACKUP_FORMAT);

export type ImportProblem = 'too-large' | 'truncated' | 'not-json' | 'wrong-format' | 'wrong-version' | 'wrong-shape' | 'wrong-passphrase' | 'needs-passphrase' | 'storage';

export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly detail = '',
  ) {
    super(problem);
    this.name = 'ImportError';
  }
}

const str = z.string().max(100_000);
const snapshot = z.object({
  packId: str,
  packVersion: str,
  framework: str,
  bands: z.array(str),
  chronologicalAge: z.number().int().min(0).max(120).nullable(),
  developmental: z.boolean(),
  behaviourText: str,
  listed: z.boolean(),
  levelId: str,
  levelLabel: str,
  provisional: z.boolean(),
  reasons: z.array(str),
  answers: z.array(z.object({ label: str, answer: str })),
  hackett: z.array(str),
  judgement: z.object({ levelLabel: str, reason: str }).nullable(),
  actNow: z.array(str).optional(),
  doNow: z.array(str).optional(),
  police: z.array(str).optional(),
  localProcedure: z.object({ area: str.nullable(), packId: str.nullable(), version: str.nullable(), steps: z.array(str) }).optional(),
});
const content = z.object({
  childRef: str, observedAt: str, writtenAt: str, setting: str, otherChildren: str, otherChildDetails: str, whatHappened: str,
  childsWords: str, professionalJudgement: str, actionTaken: str, safetySteps: str, whoInformed: str, nextSteps: str,
  classification: snapshot.nullable(),
});
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date');
export const noteSchema = z.object({
  id: z.string().min(1).max(100),
  createdAt: iso,
  updatedAt: iso,
  levelId: z.string().max(100).nullable(),
  status: z.enum(['draft', 'exported']),
  exportedAt: iso.nullable(),
  content,
});
const envelope = z.object({ format: z.string(), version: z.number() });
const plainBackup = z.object({ format: z.literal(BACKUP_FORMAT), version: z.literal(BACKUP_VERSION), exportedAt: iso, encrypted: z.literal(false), notes: z.array(noteSchema) });
const encryptedBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: iso,
  encrypted: z.literal(true),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().min(1),
  iv: z.string().min(1),
  ct: z.string().min(1),
});

export async function makeBackup(notes: readonly Note[], passphrase: string | null, iterations = DEFAULT_ITERATIONS, now = new Date()): Promise<string> {
  const base = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString() };
  if (passphrase === null) return JSON.stringify({ ...base, encrypted: false, notes });
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, iterations);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, new TextEncoder().encode(JSON.stringify(notes)));
  return JSON.stringify({ ...base, encrypted: true, kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) });
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

/** Reads a backup into validated notes, refusing with one named problem. Nothing is stored here. */
export async function readBackup(text: string, passphrase: string | null): Promise<Note[]> {
  if (new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) throw new ImportError('too-large');
  const data = parseJson(text);
  const head = envelope.safeParse(data);
  if (!head.success || head.data.format !== BACKUP_FORMAT) throw new ImportError('wrong-format');
  if (head.data.version !== BACKUP_VERSION) throw new ImportError('wrong-version', String(head.data.version));
  const encrypted = (data as { encrypted?: unknown }).encrypted;
  let notesData: unknown;
  if (encrypted === false) {
    const plain = plainBackup.safeParse(data);
    if (!plain.success) throw new ImportError('wrong-shape', plain.error.issues[0]?.path.join('.') ?? '');
    return plain.data.notes;
  }
  const sealed = encryptedBackup.safeParse(data);
  if (!sealed.success) throw new ImportError('wrong-shape', sealed.error.issues[0]?.path.join('.') ?? '');
  if (passphrase === null) throw new ImportError('needs-passphrase');
  try {
    const key = await deriveKey(passphrase, fromBase64(sealed.data.salt), sealed.data.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.data.iv), additionalData: AAD }, key, fromBase64(sealed.data.ct));
    notesData = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new ImportError('wrong-passphrase');
  }
  const notes = z.array(noteSchema).safeParse(notesData);
  if (!notes.success) throw new ImportError('wrong-shape', notes.error.issues[0]?.path.join('.') ?? '');
  return notes.data;
}

/** Adds the backup's notes whose ids are not already stored (existing notes are kept, never doubled). */
export async function importBackup(repo: NotesRepository, text: string, passphrase: string | null): Promise<{ added: number; skipped: number }> {
  const notes = await readBackup(text, passphrase);
  const existing = new Set(await repo.db.notes.toCollection().primaryKeys());
  const fresh = notes.filter((n, i) => !existing.has(n.id) && notes.findIndex((m) => m.id === n.id) === i);
  try {
    await repo.addAll(fresh);
  } catch {
    throw new ImportError('storage');
  }
  return { added: fresh.length, skipped: notes.length - fresh.length };
}
