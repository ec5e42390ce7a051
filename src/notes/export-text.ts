/**
 * Plain-text and CSV exports, shaped to paste into CPOMS, MyConcern, Mosaic or LCS: SUMMARY / ACTION / OUTCOME,
 * with facts, the child's own words and professional judgement (opinion) kept apart. Labels are passed in (i18n).
 */
import type { ClassificationSnapshot, Note } from './model';

export const DEFAULT_TEXT_LABELS = {
  summary: 'SUMMARY',
  action: 'ACTION',
  outcome: 'OUTCOME',
  child: 'Child (initials or pseudonym)',
  observed: 'Observed',
  written: 'Written',
  setting: 'Setting or location',
  otherChildren: 'Other children (by role)',
  otherChildDetails: 'The other child (age, SEND, wishes, support)',
  whatHappened: 'What happened (facts)',
  childsWords: "Child's own words",
  professionalJudgement: 'Professional judgement (opinion)',
  framework: 'Framework',
  level: 'Rule-based level',
  provisional: 'provisional',
  reasons: 'Reasons',
  practitionerJudgement: 'Practitioner judgement',
  actionTaken: 'Action taken',
  safetySteps: 'Immediate safety steps',
  whoInformed: 'Who was informed, and when',
  nextSteps: 'Next steps',
  status: 'Status',
  none: '(none recorded)',
  notRecorded: 'not recorded',
  contextAnswers: 'Context answers',
  hackett: 'Hackett continuum',
  actNow: 'Act now',
  doNow: 'First actions suggested by the tool',
  police: 'Police',
  localProcedure: 'Local procedure shown',
  noLocalProcedure: 'none chosen (national guidance only)',
};
export type TextLabels = typeof DEFAULT_TEXT_LABELS;

/** UTC "YYYY-MM-DD HH:mm", stable for golden files; the views pass an Intl formatter. */
export const isoMinute = (iso: string): string => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '');

export function noteAsText(note: Note, labels: TextLabels = DEFAULT_TEXT_LABELS, formatDate: (iso: string) => string = isoMinute): string {
  const c = note.content;
  const v = (s: string) => (s.trim() ? s.trim() : labels.none);
  const k = c.classification;
  const lines = [
    labels.summary,
    `${labels.child}: ${v(c.childRef)}`,
    `${labels.observed}: ${c.observedAt ? c.observedAt.replace('T', ' ') : labels.notRecorded}`,
    `${labels.written}: ${formatDate(c.writtenAt)}`,
    `${labels.setting}: ${v(c.setting)}`,
    `${labels.otherChildren}: ${v(c.otherChildren)}`,
    `${labels.otherChildDetails}: ${v(c.otherChildDetails)}`,
    `${labels.whatHappened}: ${v(c.whatHappened)}`,
    `${labels.childsWords}: ${c.childsWords.trim() ? `"${c.childsWords.trim()}"` : labels.none}`,
    `${labels.professionalJudgement}: ${v(c.professionalJudgement)}`,
  ];
  if (k) {
    lines.push(
      `${labels.framework}: ${k.framework}, ${k.packId} ${k.packVersion}; ${k.bands.join(', ')}`,
      `${labels.level}: ${k.levelLabel}${k.provisional ? ` (${labels.provisional})` : ''} — ${k.behaviourText}`,
      `${labels.reasons}: ${k.reasons.join(' ')}`,
      `${labels.contextAnswers}: ${k.answers.length ? k.answers.map((a) => `${a.label}: ${a.answer}`).join('; ') : labels.none}`,
      `${labels.hackett}: ${k.hackett.length ? k.hackett.join(', ') : labels.none}`,
    );
    if (k.actNow?.length) lines.push(`${labels.actNow}: ${k.actNow.join(' ')}`);
    if (k.judgement) lines.push(`${labels.practitionerJudgement}: ${k.judgement.levelLabel} — ${k.judgement.reason || labels.none}`);
  }
  lines.push('', labels.action);
  if (k) lines.push(...recordedGuidance(k, labels));
  lines.push(`${labels.actionTaken}: ${v(c.actionTaken)}`, `${labels.safetySteps}: ${v(c.safetySteps)}`, `${labels.whoInformed}: ${v(c.whoInformed)}`);
  lines.push('', labels.outcome, `${labels.nextSteps}: ${v(c.nextSteps)}`, `${labels.status}: ${note.status}${note.exportedAt ? ` ${formatDate(note.exportedAt)}` : ''}`);
  return lines.join('\n');
}

/** What the tool suggested and which local procedure was shown: part of the record of what was considered. */
function recordedGuidance(k: ClassificationSnapshot, labels: TextLabels): string[] {
  const out: string[] = [];
  if (k.doNow?.length) out.push(`${labels.doNow}: ${k.doNow.map((line, i) => `${i + 1}) ${line}`).join(' ')}`);
  if (k.police?.length) out.push(`${labels.police}: ${k.police.join(' ')}`);
  const local = k.localProcedure;
  if (local) {
    out.push(`${labels.localProcedure}: ${local.area ? `${local.area} (${local.packId} ${local.version})` : labels.noLocalProcedure}`);
    out.push(...local.steps.map((step) => `- ${step}`));
  }
  return out;
}

export function notesAsText(notes: readonly Note[], labels?: TextLabels, formatDate?: (iso: string) => string): string {
  return notes.map((n) => noteAsText(n, labels, formatDate)).join('\n\n-----\n\n');
}

/** Cells starting with = + - @ (or tab / CR) would run as formulas in a spreadsheet: prefix an apostrophe. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function notesAsCsv(notes: readonly Note[]): string {
  const header = ['id', 'created', 'updated', 'status', 'exported', 'child', 'observed', 'setting', 'other_children', 'other_child_details', 'what_happened', 'childs_words', 'professional_judgement', 'action_taken', 'safety_steps', 'who_informed', 'next_steps', 'framework_version', 'level', 'provisional', 'behaviour', 'reasons', 'practitioner_judgement', 'context_answers', 'hackett', 'act_now', 'police', 'local_procedure'];
  const rows = notes.map((n) => {
    const c = n.content;
    const k = c.classification;
    return [n.id, n.createdAt, n.updatedAt, n.status, n.exportedAt ?? '', c.childRef, c.observedAt, c.setting, c.otherChildren, c.otherChildDetails, c.whatHappened, c.childsWords, c.professionalJudgement, c.actionTaken, c.safetySteps, c.whoInformed, c.nextSteps, k ? `${k.packId} ${k.packVersion}` : '', k?.levelLabel ?? '', k ? String(k.provisional) : '', k?.behaviourText ?? '', k?.reasons.join(' ') ?? '', k?.judgement ? `${k.judgement.levelLabel}: ${k.judgement.reason}` : '', k?.answers.map((a) => `${a.label}: ${a.answer}`).join('; ') ?? '', k?.hackett.join(', ') ?? '', k?.actNow?.join(' ') ?? '', k?.police?.join(' ') ?? '', k?.localProcedure ? [k.localProcedure.area ?? 'none', ...k.localProcedure.steps].join(' | ') : ''];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
