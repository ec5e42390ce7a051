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
  /** Added 2026-11: the act-now prompts, first actions and police triggers shown with the result (absent in older notes). */
  actNow?: string[];
  doNow?: string[];
  police?: string[];
  /** The local procedure shown with the result: null area means national guidance only. */
  localProcedure?: LocalProcedureSnapshot;
}

export interface LocalProcedureSnapshot {
  area: string | null;
  packId: string | null;
  version: string | null;
  steps: string[];
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

/** "When it was observed" starts empty: a time the app made up would be a false fact in a record. */
export function emptyContent(now = new Date()): NoteContent {
  return {
    childRef: '',
    observedAt: '',
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
