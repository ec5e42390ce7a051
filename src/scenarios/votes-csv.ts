/** The room's votes as CSV for a trainer's records: one row per scenario per level, every cell quoted. Groups only, never names. */
import type { Level } from '../content/schema';
import type { SummaryRow } from './session';

export interface VotesCsvLabels {
  scenario: string;
  engineLevel: string;
  level: string;
  votes: string;
  secondVotes: string;
}

/** Quoted, with quotes doubled; a leading = + - @ (or tab / CR) gets an apostrophe so a spreadsheet never runs it as a formula. */
export function quotedCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** `levels` in rank order; `engineLevel` of each row is the level the rules engine gives that scenario. */
export function votesAsCsv(rows: readonly SummaryRow[], levels: readonly Level[], labels: VotesCsvLabels): string {
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  const header = [labels.scenario, labels.engineLevel, labels.level, labels.votes, labels.secondVotes];
  const body = rows.flatMap((r) => levels.map((l) => [r.title, label(r.expectedLevel), l.label, r.votes[l.id] ?? 0, r.secondVotes[l.id] ?? 0]));
  return [header, ...body].map((cells) => cells.map(quotedCell).join(',')).join('\r\n') + '\r\n';
}
