/** The room's votes as CSV for a trainer's records: one row per scenario per level, cells written as every export writes them. Groups only, never names. */
import type { Level } from '../content/schema';
import { csvCell } from '../ui/csv';
import type { SummaryRow } from './session';

export interface VotesCsvLabels {
  scenario: string;
  engineLevel: string;
  level: string;
  votes: string;
  secondVotes: string;
}

/** `levels` in rank order; `engineLevel` of each row is the level the rules engine gives that scenario. */
export function votesAsCsv(rows: readonly SummaryRow[], levels: readonly Level[], labels: VotesCsvLabels): string {
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  const header = [labels.scenario, labels.engineLevel, labels.level, labels.votes, labels.secondVotes];
  const body = rows.flatMap((r) => levels.map((l) => [r.title, label(r.expectedLevel), l.label, r.votes[l.id] ?? 0, r.secondVotes[l.id] ?? 0]));
  return [header, ...body].map((cells) => cells.map((c) => csvCell(String(c))).join(',')).join('\r\n') + '\r\n';
}
