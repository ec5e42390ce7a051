// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INCIDENT_TEMPLATE, type LifeEvent, type Note } from '../../src/records/model';
import { startOf, timeline, timelineAsCsv, timelineAsText, type TimelineLabels } from '../../src/records/timeline';

const note = (id: string, childRef: string, observedAt: string, whatHappened = 'seen', createdAt = '2026-06-01T00:00:00.000Z'): Note => ({
  id,
  createdAt,
  updatedAt: createdAt,
  levelId: 'amber',
  status: 'draft',
  exportedAt: null,
  content: { templateId: INCIDENT_TEMPLATE, childRef, observedAt, writtenAt: createdAt, fields: { whatHappened }, classification: null },
});
const event = (id: string, childRef: string, date: string, description: string, createdAt = '2026-06-01T00:00:00.000Z'): LifeEvent => ({ id, createdAt, updatedAt: createdAt, content: { childRef, date, description } });
const order = (items: { id: string }[]) => items.map((i) => i.id);

describe('pattern map timeline', () => {
  it('January and March incidents with a February life event read incident, life event, incident', () => {
    const items = timeline('AB', [note('mar', 'AB', '2026-03-10T09:00'), note('jan', 'AB', '2026-01-15T14:30')], [event('feb', 'AB', '2026-02-03', 'Parents separated')]);
    expect(order(items)).toEqual(['jan', 'feb', 'mar']);
    expect(items.map((i) => i.lane)).toEqual(['incident', 'event', 'incident']);
  });

  it('places partial dates at the start of their month or year', () => {
    expect(startOf('2026')).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(startOf('2026-02')).toBe(Date.parse('2026-02-01T00:00:00Z'));
    const items = timeline('AB', [note('n', 'AB', '2026-02-10T09:00')], [event('month', 'AB', '2026-02', 'New school'), event('year', 'AB', '2025', 'Moved house')]);
    expect(order(items)).toEqual(['year', 'month', 'n']);
  });

  it('on the same day, the life event comes first, then the less precise date, then the order written', () => {
    const items = timeline(
      'AB',
      [note('late', 'AB', '2026-03-10T00:00', 'x', '2026-06-02T00:00:00.000Z'), note('early', 'AB', '2026-03-10T00:00', 'x', '2026-06-01T00:00:00.000Z')],
      [event('day', 'AB', '2026-03-10', 'Excluded')],
    );
    expect(order(items)).toEqual(['day', 'early', 'late']);
  });

  it('matches the child reference however it was typed, and leaves other children out', () => {
    const items = timeline('a.b.', [note('same', 'AB', '2026-01-01T00:00'), note('other', 'CD', '2026-01-01T00:00')], [event('e', ' ab ', '2026', 'x'), event('f', 'CD', '2026', 'y')]);
    expect(order(items).sort()).toEqual(['e', 'same']);
  });

  it('puts a note with no observation time last, never inventing one', () => {
    const items = timeline('AB', [note('undated', 'AB', ''), note('dated', 'AB', '2026-01-01T00:00')], []);
    expect(order(items)).toEqual(['dated', 'undated']);
    expect(items[1]!.date).toBe('');
  });

  const labels: TimelineLabels = { date: 'Date', lane: 'Lane', what: 'What', laneNames: { event: 'Life event', incident: 'Incident' }, notRecorded: 'not recorded', title: 'Pattern map for AB', consent: 'For professionals’ understanding only.' };

  it('exports as text and CSV with the consent line and every item in order', () => {
    const items = timeline('AB', [note('jan', 'AB', '2026-01-15T14:30', 'pulled trousers down')], [event('feb', 'AB', '2026-02', '=bereavement')]);
    const text = timelineAsText('AB', items, labels);
    expect(text.split('\n').slice(0, 2)).toEqual(['Pattern map for AB', 'For professionals’ understanding only.']);
    expect(text).toContain('2026-01-15 14:30 | Incident | pulled trousers down');
    const csv = timelineAsCsv(items, labels);
    expect(csv.split('\r\n')[1]).toBe('Date,Lane,What');
    expect(csv).toContain("2026-02,Life event,'=bereavement");
  });
});
