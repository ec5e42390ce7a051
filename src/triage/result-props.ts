/** What the result view and its details share: a module of its own, so neither view imports the other for it. */
import type { ComponentChildren } from 'preact';
import type { Behaviour, HackettPack, TrafficLightPack } from '../content/schema';
import type { AgeRange } from '../pathways/select';
import type { LocalProcedureSnapshot } from '../records/model';
import type { Classification } from '../rules/classify';
import type { JudgementState } from './judgement-state';

export interface ResultProps {
  pack: TrafficLightPack;
  hackett: HackettPack;
  result: Classification;
  behaviour: Behaviour | null;
  ownWords: string;
  bandId: string | null;
  /** Changes when a new behaviour is picked, so focus moves only then. */
  focusKey: string;
  judgement: JudgementState;
  onJudgement: (j: JudgementState) => void;
  /** Called with the local procedure shown, so the note records it. */
  onSaveNote: (local: LocalProcedureSnapshot) => void;
  /** The child's age and the bands in play, for which local steps apply. */
  range: AgeRange;
  /** The context questions, placed under the reasons. */
  children?: ComponentChildren;
}
