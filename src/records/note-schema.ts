/**
 * The one schema for each note record: notes, their content (today's and version 1's), and life events. The record
 * types come from it (z.infer); backups validate with it. Views and the store import the types only, so zod stays in
 * the chunks that import or export.
 */
import '../content/zod-config';
import { z } from 'zod';
import { classificationSnapshotSchema } from './classification-schema';
import { LEGACY_FIELDS, PARTIAL_DATE } from './record-rules';

const str = z.string().max(100_000);
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date');
/** The app gives every note and life event a random UUID: any other id was not made by this app, or was altered. */
const recordId = z.uuid('must be a UUID');

/** A template field's value: text (and dates, and a choice's option id), or the option ids ticked in a checklist. */
export const fieldValueSchema = z.union([str, z.array(str).max(100)]);

export const noteContentSchema = z.object({
  /** The note template the fields follow (content/<locale>/templates/<id>.json). */
  templateId: z.string().min(1).max(100),
  /** Common to every note: initials or a pseudonym, never a name. */
  childRef: str,
  /** Common to every note: empty until the practitioner fills it in. */
  observedAt: str,
  writtenAt: str,
  fields: z.record(z.string().max(100), fieldValueSchema),
  classification: classificationSnapshotSchema.nullable(),
});

/** Version 1 notes kept the incident fields at the top level. */
export const legacyNoteContentSchema = z.object({
  childRef: str,
  observedAt: str,
  writtenAt: str,
  ...Object.fromEntries(LEGACY_FIELDS.map((f) => [f, str])),
  classification: classificationSnapshotSchema.nullable(),
});

export const noteMetaSchema = z.object({
  id: recordId,
  createdAt: iso,
  updatedAt: iso,
  levelId: z.string().max(100).nullable(),
  status: z.enum(['draft', 'exported']),
  exportedAt: iso.nullable(),
});

/**
 * A life event for the pattern map: something in the child's or family's life (a move, a bereavement, a new
 * school, an exclusion, a new sibling), dated to the day, the month or only the year. Encrypted like a note.
 */
export const lifeEventContentSchema = z.object({
  childRef: str,
  date: z.string().regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  description: str,
});

export const lifeEventMetaSchema = z.object({ id: recordId, createdAt: iso, updatedAt: iso });

export type FieldValue = z.infer<typeof fieldValueSchema>;
export type NoteContent = z.infer<typeof noteContentSchema>;
export type LegacyNoteContent = z.infer<typeof legacyNoteContentSchema>;
export type NoteMeta = z.infer<typeof noteMetaSchema>;
export type NoteStatus = NoteMeta['status'];
export type LifeEventContent = z.infer<typeof lifeEventContentSchema>;
export type LifeEventMeta = z.infer<typeof lifeEventMetaSchema>;
