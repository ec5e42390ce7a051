/**
 * Plain-text and CSV exports, shaped to paste into CPOMS, MyConcern, Mosaic or LCS: SUMMARY / ACTION / OUTCOME,
 * with facts, the child's own words and professional judgement (opinion) kept apart. Each note's template decides
 * its headings and which block each field goes in; the common labels are passed in (i18n).
 */
import { csvCell } from '../ui/csv';
import { fieldText, type ClassificationSnapshot, type Note } from '../records/model';
import type { NoteTemplate, TemplateField } from '../records/template-schema';

export const DEFAULT_TEXT_LABELS = {
  summary: 'SUMMARY',
  action: 'ACTION',
  outcome: 'OUTCOME',
  record: 'Record',
  child: 'Child (initials or pseudonym)',
  observed: 'Observed',
  written: 'Written',
  framework: 'Framework',
  nation: 'Nation (guidance and law)',
  age: 'Age',
  ageNotGiven: 'not given (band chosen)',
  bands: 'Age bands used',
  developmental: 'a younger band chosen for developmental age',
  level: 'Rule-based level',
  ownWords: 'not listed: the practitioner’s own words',
  provisional: 'provisional',
  reasons: 'Reasons',
  practitionerJudgement: 'Practitioner judgement',
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

/** Finds each note's template; a note whose template is not on this device falls back to the one given. */
export type TemplateOf = (note: Note) => NoteTemplate;

/** UTC "YYYY-MM-DD HH:mm", stable for golden files; the views pass an Intl formatter. */
export const isoMinute = (iso: string): string => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '');

export const heading = (field: TemplateField): string => field.exportLabel ?? field.label;

/** A field's value as the record shows it: option labels for choices and checklists, the child's words in quotes. */
export function fieldValue(note: Note, field: TemplateField): string {
  const raw = note.content.fields[field.id];
  const labelOf = (id: string) => field.options?.find((o) => o.id === id)?.label ?? id;
  const text = (field.type === 'choice' && typeof raw === 'string' ? labelOf(raw) : fieldText(raw, labelOf)).trim();
  return text && field.quote ? `"${text}"` : text;
}

export function noteAsText(note: Note, template: NoteTemplate, labels: TextLabels = DEFAULT_TEXT_LABELS, formatDate: (iso: string) => string = isoMinute): string {
  const c = note.content;
  const k = c.classification;
  const block = (section: TemplateField['section']) => template.fields.filter((f) => f.section === section).map((f) => `${heading(f)}: ${fieldValue(note, f) || labels.none}`);
  const lines = [
    labels.summary,
    `${labels.record}: ${template.label}`,
    `${labels.child}: ${c.childRef.trim() || labels.none}`,
    `${labels.observed}: ${c.observedAt ? c.observedAt.replace('T', ' ') : labels.notRecorded}`,
    `${labels.written}: ${formatDate(c.writtenAt)}`,
    ...block('summary'),
  ];
  if (k) {
    lines.push(
      `${labels.framework}: ${k.framework}, ${k.packId} ${k.packVersion}`,
      ...(k.nation ? [`${labels.nation}: ${k.nation}`] : []),
      `${labels.age}: ${k.chronologicalAge ?? labels.ageNotGiven}; ${labels.bands}: ${k.bands.join(', ')}${k.developmental ? ` (${labels.developmental})` : ''}`,
      `${labels.level}: ${k.levelLabel}${k.provisional ? ` (${labels.provisional})` : ''} — ${k.behaviourText}${k.listed ? '' : ` (${labels.ownWords})`}`,
      `${labels.reasons}: ${k.reasons.join(' ')}`,
      `${labels.contextAnswers}: ${k.answers.length ? k.answers.map((a) => `${a.label}: ${a.answer}`).join('; ') : labels.none}`,
      `${labels.hackett}: ${k.hackett.length ? k.hackett.join(', ') : labels.none}`,
    );
    if (k.actNow?.length) lines.push(`${labels.actNow}: ${k.actNow.join(' ')}`);
    if (k.judgement) lines.push(`${labels.practitionerJudgement}: ${k.judgement.levelLabel} — ${k.judgement.reason || labels.none}`);
  }
  lines.push('', labels.action, ...(k ? recordedGuidance(k, labels) : []), ...block('action'));
  lines.push('', labels.outcome, ...block('outcome'), `${labels.status}: ${note.status}${note.exportedAt ? ` ${formatDate(note.exportedAt)}` : ''}`);
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

export function notesAsText(notes: readonly Note[], templateOf: TemplateOf, labels?: TextLabels, formatDate?: (iso: string) => string): string {
  return notes.map((n) => noteAsText(n, templateOf(n), labels, formatDate)).join('\n\n-----\n\n');
}

/** The classification's columns: every field of the snapshot, machine-readable (tests/unit/notes-export-fields). */
const CLASSIFICATION_COLUMNS: [name: string, cell: (k: ClassificationSnapshot) => string][] = [
  ['framework', (k) => k.framework],
  ['framework_version', (k) => `${k.packId} ${k.packVersion}`],
  ['nation', (k) => k.nation ?? ''],
  ['age', (k) => (k.chronologicalAge === null ? '' : String(k.chronologicalAge))],
  ['bands', (k) => k.bands.join(', ')],
  ['developmental', (k) => String(k.developmental)],
  ['level_id', (k) => k.levelId],
  ['level', (k) => k.levelLabel],
  ['provisional', (k) => String(k.provisional)],
  ['behaviour', (k) => k.behaviourText],
  ['listed', (k) => String(k.listed)],
  ['reasons', (k) => k.reasons.join(' ')],
  ['practitioner_judgement', (k) => (k.judgement ? `${k.judgement.levelLabel}: ${k.judgement.reason}` : '')],
  ['context_answers', (k) => k.answers.map((a) => `${a.label}: ${a.answer}`).join('; ')],
  ['hackett', (k) => k.hackett.join(', ')],
  ['act_now', (k) => k.actNow?.join(' ') ?? ''],
  ['do_now', (k) => k.doNow?.join(' | ') ?? ''],
  ['police', (k) => k.police?.join(' ') ?? ''],
  ['local_procedure', (k) => (k.localProcedure ? (k.localProcedure.area ? [`${k.localProcedure.area} (${k.localProcedure.packId} ${k.localProcedure.version})`, ...k.localProcedure.steps].join(' | ') : 'none') : '')],
];

/** One row per note; a column per field of every template the notes use, headed as the template heads it. */
export function notesAsCsv(notes: readonly Note[], templateOf: TemplateOf): string {
  const templates = [...new Map(notes.map((n) => [templateOf(n).id, templateOf(n)])).values()];
  const columns = templates.flatMap((t) => t.fields.map((f) => ({ template: t, field: f })));
  const ambiguous = (h: string) => columns.filter((c) => heading(c.field) === h).length > 1;
  const header = [
    'id', 'created', 'updated', 'status', 'exported', 'record', 'child', 'observed',
    ...columns.map(({ template, field }) => (ambiguous(heading(field)) ? `${template.label}: ${heading(field)}` : heading(field))),
    ...CLASSIFICATION_COLUMNS.map(([name]) => name),
  ];
  const rows = notes.map((n) => {
    const c = n.content;
    const k = c.classification;
    const template = templateOf(n);
    return [
      n.id, n.createdAt, n.updatedAt, n.status, n.exportedAt ?? '', template.label, c.childRef, c.observedAt,
      ...columns.map((col) => (col.template.id === template.id ? fieldValue(n, col.field) : '')),
      ...CLASSIFICATION_COLUMNS.map(([, cell]) => (k ? cell(k) : '')),
    ];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
