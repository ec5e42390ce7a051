// @vitest-environment node
/**
 * Every field of the classification snapshot reaches the exports. The snapshot's keys come from its one schema, so
 * a field added there and not exported fails here: each field alone is changed, and each export must change with it.
 */
import { describe, expect, it } from 'vitest';
import incidentJson from '../../content/en-GB/templates/incident.json';
import { classificationSnapshotSchema, type ClassificationSnapshot } from '../../src/records/classification-schema';
import { notesAsCsv, notesAsText } from '../../src/transfer/export-text';
import type { Note } from '../../src/records/model';
import type { NoteTemplate } from '../../src/records/template-schema';
import { parseCsv } from './helpers/csv';

const incident = incidentJson as unknown as NoteTemplate;

/** Two snapshots that differ in every field. */
const A: Required<ClassificationSnapshot> = {
  packId: 'pack-a', packVersion: 'v-a', framework: 'Framework A', nation: 'Nation A', bands: ['9–13'], chronologicalAge: 11, developmental: false,
  behaviourText: 'behaviour A', listed: true, levelId: 'level-a', levelLabel: 'Level A', provisional: false, reasons: ['reason A'],
  answers: [{ label: 'question A', answer: 'answer A' }], hackett: ['hackett A'], judgement: null, actNow: ['act now A'],
  doNow: ['do now A'], police: ['police A'], localProcedure: { area: null, packId: null, version: null, steps: [] },
};
const B: Required<ClassificationSnapshot> = {
  packId: 'pack-b', packVersion: 'v-b', framework: 'Framework B', nation: 'Nation B', bands: ['13–17', '9–13'], chronologicalAge: null, developmental: true,
  behaviourText: 'behaviour B', listed: false, levelId: 'level-b', levelLabel: 'Level B', provisional: true, reasons: ['reason B'],
  answers: [{ label: 'question B', answer: 'answer B' }], hackett: ['hackett B'], judgement: { levelLabel: 'Judged B', reason: 'because B' },
  actNow: ['act now B'], doNow: ['do now B'], police: ['police B'], localProcedure: { area: 'Area B', packId: 'area-b', version: '2', steps: ['step B'] },
};

const noteWith = (classification: ClassificationSnapshot): Note => ({
  id: '3f1c2a4e-0000-4000-8000-000000000001', createdAt: '2026-03-02T10:15:00.000Z', updatedAt: '2026-03-02T10:15:00.000Z', levelId: 'level-a', status: 'draft', exportedAt: null,
  content: { templateId: 'incident', childRef: 'AB', observedAt: '', writtenAt: '2026-03-02T10:15:00.000Z', fields: {}, classification },
});
const text = (k: ClassificationSnapshot) => notesAsText([noteWith(k)], () => incident);
const csv = (k: ClassificationSnapshot) => notesAsCsv([noteWith(k)], () => incident);
/** The level's id is for machines: the text shows the level's word instead. */
const NOT_IN_TEXT = new Set(['levelId']);

describe('every snapshot field reaches the exports', () => {
  const keys = Object.keys(classificationSnapshotSchema.shape);

  it('the two samples cover every field of the schema', () => {
    expect(Object.keys(A).sort()).toEqual([...keys].sort());
    expect(Object.keys(B).sort()).toEqual([...keys].sort());
  });

  for (const key of keys) {
    it(`${key}: changing it alone changes the CSV${NOT_IN_TEXT.has(key) ? '' : ' and the text'}`, () => {
      const changed = { ...A, [key]: B[key as keyof ClassificationSnapshot] } as ClassificationSnapshot;
      expect(csv(changed)).not.toBe(csv(A));
      if (!NOT_IN_TEXT.has(key)) expect(text(changed)).not.toBe(text(A));
    });
  }

  it('chronological age, bands and first actions are written out in words a reader can find', () => {
    const t = text(A);
    expect(t).toContain('Age: 11; Age bands used: 9–13');
    expect(t).toContain('First actions suggested by the tool: 1) do now A');
    expect(text(B)).toContain('Age: not given (band chosen); Age bands used: 13–17, 9–13 (a younger band chosen for developmental age)');
    const [header, row] = parseCsv(csv(A));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell('age'), cell('bands'), cell('do_now'), cell('level_id')]).toEqual(['11', '9–13', 'do now A', 'level-a']);
  });
});
