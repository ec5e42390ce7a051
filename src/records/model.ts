/** The note model. Only id, times, level and status stay in the clear (for listing); everything else is encrypted. */

export type { ClassificationSnapshot, LocalProcedureSnapshot } from './classification-schema';
import type { ClassificationSnapshot } from './classification-schema';

/** A template field's value: text (and dates, and a choice's option id), or the option ids ticked in a checklist. */
export type FieldValue = string | string[];

export const INCIDENT_TEMPLATE = 'incident';

export interface NoteContent {
  /** The note template the fields follow (content/<locale>/templates/<id>.json). */
  templateId: string;
  /** Common to every note: initials or a pseudonym, never a name. */
  childRef: string;
  /** Common to every note: empty until the practitioner fills it in. */
  observedAt: string;
  writtenAt: string;
  fields: Record<string, FieldValue>;
  classification: ClassificationSnapshot | null;
}

/** The incident fields, as notes held them at the top level before templates (2026-11). */
const LEGACY_FIELDS = ['setting', 'otherChildren', 'otherChildDetails', 'whatHappened', 'childsWords', 'professionalJudgement', 'actionTaken', 'safetySteps', 'whoInformed', 'nextSteps'] as const;

/** Reads a stored note of any age into today's shape: an old note becomes an incident note with the same text. */
export function normaliseContent(raw: Partial<NoteContent> & Record<string, unknown>): NoteContent {
  if (raw.templateId && raw.fields) return raw as NoteContent;
  const fields: Record<string, FieldValue> = {};
  for (const key of LEGACY_FIELDS) if (typeof raw[key] === 'string') fields[key] = raw[key] as string;
  return {
    templateId: raw.templateId ?? INCIDENT_TEMPLATE,
    childRef: raw.childRef ?? '',
    observedAt: raw.observedAt ?? '',
    writtenAt: raw.writtenAt ?? '',
    fields: { ...fields, ...(raw.fields ?? {}) },
    classification: raw.classification ?? null,
  };
}

/** A field's value as text, for search and exports: a checklist joins the labels given. */
export function fieldText(value: FieldValue | undefined, labels: (id: string) => string = (id) => id): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(labels).join(', ') : value;
}

export type NoteStatus = 'draft' | 'exported';

export interface NoteMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  levelId: string | null;
  status: NoteStatus;
  exportedAt: string | null;
}

export interface StoredNote extends NoteMeta {
  iv: string;
  ct: string;
}

export interface Note extends NoteMeta {
  content: NoteContent;
}

/**
 * A life event for the pattern map: something in the child's or family's life (a move, a bereavement, a new
 * school, an exclusion, a new sibling), dated to the day, the month or only the year. Encrypted like a note.
 */
export interface LifeEventContent {
  childRef: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  description: string;
}

export interface LifeEventMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredLifeEvent extends LifeEventMeta {
  iv: string;
  ct: string;
}

export interface LifeEvent extends LifeEventMeta {
  content: LifeEventContent;
}

/** One child across notes and life events: the reference as typed, ignoring case, spacing and full stops ("A.B." = "ab"). */
export const sameChild = (ref: string): string => ref.toLowerCase().replace(/[\s.]+/g, '');

/** A date to the year, the month or the day. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** "When it was observed" starts empty: a time the app made up would be a false fact in a record. */
export function emptyContent(now = new Date(), templateId = INCIDENT_TEMPLATE): NoteContent {
  return { templateId, childRef: '', observedAt: '', writtenAt: now.toISOString(), fields: {}, classification: null };
}
