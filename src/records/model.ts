/**
 * The note model: the record types (from their one schema, records/note-schema.ts, imported as types so zod stays
 * out of these views' chunks) and the helpers every part of the notes shares. Only id, times, level and status stay
 * in the clear (for listing); everything else is encrypted.
 */
import type { ClassificationSnapshot } from './classification-schema';
import type { FieldValue, LegacyNoteContent, LifeEventContent, LifeEventMeta, NoteContent, NoteMeta } from './note-schema';
import { INCIDENT_TEMPLATE, LEGACY_FIELDS } from './record-rules';

export type { ClassificationSnapshot, LocalProcedureSnapshot } from './classification-schema';
export type { FieldValue, LifeEventContent, LifeEventMeta, NoteContent, NoteMeta, NoteStatus } from './note-schema';
export { INCIDENT_TEMPLATE, PARTIAL_DATE } from './record-rules';

export interface StoredNote extends NoteMeta {
  iv: string;
  ct: string;
}

export interface Note extends NoteMeta {
  content: NoteContent;
}

export interface StoredLifeEvent extends LifeEventMeta {
  iv: string;
  ct: string;
}

export interface LifeEvent extends LifeEventMeta {
  content: LifeEventContent;
}

/** Brings a stored or backed-up note of any age to today's shape: a version 1 note becomes an incident note with the same text. */
export function upgradeContent(raw: NoteContent | LegacyNoteContent | (Partial<NoteContent> & Record<string, unknown>)): NoteContent {
  const r = raw as Partial<NoteContent> & Record<string, unknown>;
  if (r.templateId && r.fields) return r as NoteContent;
  const fields: Record<string, FieldValue> = {};
  for (const key of LEGACY_FIELDS) if (typeof r[key] === 'string') fields[key] = r[key] as string;
  return {
    templateId: r.templateId ?? INCIDENT_TEMPLATE,
    childRef: r.childRef ?? '',
    observedAt: r.observedAt ?? '',
    writtenAt: r.writtenAt ?? '',
    fields: { ...fields, ...(r.fields ?? {}) },
    classification: (r.classification as ClassificationSnapshot | null | undefined) ?? null,
  };
}

/** A field's value as text, for search and exports: a checklist joins the labels given. */
export function fieldText(value: FieldValue | undefined, labels: (id: string) => string = (id) => id): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(labels).join(', ') : value;
}

/** One child across notes and life events: the reference as typed, ignoring case, spacing and full stops ("A.B." = "ab"). */
export const sameChild = (ref: string): string => ref.toLowerCase().replace(/[\s.]+/g, '');

/** "When it was observed" starts empty: a time the app made up would be a false fact in a record. */
export function emptyContent(now = new Date(), templateId = INCIDENT_TEMPLATE): NoteContent {
  return { templateId, childRef: '', observedAt: '', writtenAt: now.toISOString(), fields: {}, classification: null };
}
