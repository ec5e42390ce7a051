/** The note model. Only id, times, level and status stay in the clear (for listing); everything else is encrypted. */

/** A copy of the result at save time, so the note reads the same after a content update. */
export interface ClassificationSnapshot {
  packId: string;
  packVersion: string;
  framework: string;
  bands: string[];
  chronologicalAge: number | null;
  developmental: boolean;
  behaviourText: string;
  listed: boolean;
  levelId: string;
  levelLabel: string;
  provisional: boolean;
  reasons: string[];
  answers: { label: string; answer: string }[];
  hackett: string[];
  judgement: { levelLabel: string; reason: string } | null;
}

export interface NoteContent {
  childRef: string;
  observedAt: string;
  writtenAt: string;
  setting: string;
  otherChildren: string;
  otherChildDetails: string;
  whatHappened: string;
  childsWords: string;
  professionalJudgement: string;
  actionTaken: string;
  safetySteps: string;
  whoInformed: string;
  nextSteps: string;
  classification: ClassificationSnapshot | null;
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

/** Text fields in display order; the export formats and search read this list too. */
export const TEXT_FIELDS = [
  'childRef',
  'setting',
  'otherChildren',
  'otherChildDetails',
  'whatHappened',
  'childsWords',
  'professionalJudgement',
  'actionTaken',
  'safetySteps',
  'whoInformed',
  'nextSteps',
] as const satisfies readonly (keyof NoteContent)[];

export function emptyContent(now = new Date()): NoteContent {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  return {
    childRef: '',
    observedAt: local,
    writtenAt: now.toISOString(),
    setting: '',
    otherChildren: '',
    otherChildDetails: '',
    whatHappened: '',
    childsWords: '',
    professionalJudgement: '',
    actionTaken: '',
    safetySteps: '',
    whoInformed: '',
    nextSteps: '',
    classification: null,
  };
}
