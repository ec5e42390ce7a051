/**
 * The pattern map's timeline (pure): a child's life events and incidents (notes) on one time axis, in date order.
 * Lancashire's pattern mapping sets key life events for the child and family against the incidents of concerning
 * sexual behaviour, "to understand the behaviour in context and explore the possible causes, patterns and meanings".
 */
import { csvCell } from '../ui/csv';
import { fieldText, sameChild, type LifeEvent, type Note } from './model';

export type Lane = 'event' | 'incident';

export interface TimelineItem {
  id: string;
  lane: Lane;
  /** As recorded: "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"; empty for a note with no observation time. */
  date: string;
  /** Where the item sits on the axis: the start of its period, in ms; undated notes go last. */
  at: number;
  what: string;
  levelId: string | null;
}

/** The start of a partial date's period ("2026-02" → 1 February 2026), or +∞ for no date. */
export function startOf(date: string): number {
  if (!date) return Number.POSITIVE_INFINITY;
  const [y, m = '01', rest = '01'] = date.split('-');
  const [d = '01', time = '00:00'] = rest.split('T');
  return Date.parse(`${y}-${m}-${d}T${time}:00Z`);
}

/** An incident's line: its level and behaviour if it has a classification, then what happened, in brief. */
function incidentText(note: Note): string {
  const k = note.content.classification;
  const told = fieldText(note.content.fields.whatHappened).trim().split('\n')[0] ?? '';
  return [k ? `${k.levelLabel}: ${k.behaviourText}` : '', told].filter(Boolean).join(' — ');
}

/**
 * The items for one child reference, in date order. Same start: a life event comes before an incident (the
 * context first), and a less precise date before a more precise one; then the order they were written.
 */
export function timeline(childRef: string, notes: readonly Note[], events: readonly LifeEvent[]): TimelineItem[] {
  const child = sameChild(childRef);
  const items: (TimelineItem & { written: string })[] = [
    ...events
      .filter((e) => sameChild(e.content.childRef) === child)
      .map((e) => ({ id: e.id, lane: 'event' as const, date: e.content.date, at: startOf(e.content.date), what: e.content.description, levelId: null, written: e.createdAt })),
    ...notes
      .filter((n) => sameChild(n.content.childRef) === child)
      .map((n) => ({ id: n.id, lane: 'incident' as const, date: n.content.observedAt, at: startOf(n.content.observedAt), what: incidentText(n), levelId: n.levelId, written: n.createdAt })),
  ];
  const rank = (i: TimelineItem) => (i.lane === 'event' ? 0 : 1);
  items.sort((a, b) => a.at - b.at || rank(a) - rank(b) || a.date.length - b.date.length || a.written.localeCompare(b.written));
  return items.map(({ written: _written, ...item }) => item);
}

export interface TimelineLabels {
  date: string;
  lane: string;
  what: string;
  laneNames: Record<Lane, string>;
  notRecorded: string;
  title: string;
  consent: string;
}

export function timelineAsText(childRef: string, items: readonly TimelineItem[], labels: TimelineLabels): string {
  return [labels.title, labels.consent, '', ...items.map((i) => `${i.date.replace('T', ' ') || labels.notRecorded} | ${labels.laneNames[i.lane]} | ${i.what}`)].join('\n');
}

export function timelineAsCsv(items: readonly TimelineItem[], labels: TimelineLabels): string {
  const rows = [[labels.date, labels.lane, labels.what], ...items.map((i) => [i.date.replace('T', ' ') || labels.notRecorded, labels.laneNames[i.lane], i.what])];
  return `${csvCell(labels.consent)}\r\n${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
