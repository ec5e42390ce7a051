/** The judgement's state lives apart from its view, so the first screen can hold it without loading the view. */
export interface JudgementState {
  open: boolean;
  levelId: string | null;
  reason: string;
}

export const initialJudgement: JudgementState = { open: false, levelId: null, reason: '' };
