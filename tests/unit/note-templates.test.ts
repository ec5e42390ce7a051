// @vitest-environment node
import { describe, expect, it } from 'vitest';
import incidentJson from '../../content/en-GB/templates/incident.json';
import screeningJson from '../../content/en-GB/templates/hsb-screening.json';
import { validatePackData } from '../../src/build/validate-pack';
import { notesAsCsv, noteAsText } from '../../src/transfer/export-text';
import { makeBackup, readBackup } from '../../src/transfer/backup';
import type { Note } from '../../src/records/model';
import type { NoteTemplate } from '../../src/records/template-schema';
import { parseCsv } from './helpers/csv';

const screening = screeningJson as unknown as NoteTemplate;

const incident = incidentJson as unknown as NoteTemplate;
const labels = screening.fields.map((f) => f.label);

const screeningNote = (fields: Note['content']['fields']): Note => ({
  id: 'a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b',
  createdAt: '2026-04-01T09:00:00.000Z',
  updatedAt: '2026-04-01T09:30:00.000Z',
  levelId: null,
  status: 'draft',
  exportedAt: null,
  content: { templateId: 'hsb-screening', childRef: 'JD', observedAt: '', writtenAt: '2026-04-01T09:00:00.000Z', fields, classification: null },
});

describe('note templates are data, validated like packs', () => {
  it('both shipped templates pass the schema', () => {
    expect(validatePackData(incidentJson, 'incident.json')).toMatchObject({ ok: true });
    expect(validatePackData(screeningJson, 'hsb-screening.json')).toMatchObject({ ok: true });
  });

  it('the screening template uses the exact labels the record needs, and every field has a hint or is self-explaining', () => {
    for (const label of ['Voice of the child', 'Parent or carer views', 'Aggravating factors', 'Mitigating factors']) expect(labels).toContain(label);
    for (const label of ['Status', 'Sources of information', 'Living arrangements', 'Recommendations', 'Explanations and conclusions']) expect(labels).toContain(label);
    expect(screening.fields.filter((f) => !f.hint).map((f) => f.id)).toEqual(['gatekeptOn']);
    const status = screening.fields.find((f) => f.id === 'status')!;
    expect(status.options!.map((o) => o.label)).toEqual(['Known to youth justice', 'Known to social care', 'Looked after', 'Child in need', 'Child protection plan']);
    for (const id of ['suitableOutOfCourt', 'willingToEngage']) expect(screening.fields.find((f) => f.id === id)!.options!.map((o) => o.label)).toEqual(['Yes', 'No', 'Not known']);
  });

  it('never asks for a name or a date of birth, and the gatekeeper is a role', () => {
    const text = JSON.stringify(screeningJson);
    expect(text).not.toMatch(/date of birth|\bDOB\b|Name of/i);
    expect(screening.fields.find((f) => f.id === 'gatekeeperRole')!.label).toMatch(/role, not name/);
    expect(text).not.toMatch(/@/);
  });

  it('the incident template keeps "What happened"; the common fields belong to every note, not to a template', () => {
    expect(incident.fields.map((f) => f.label)).toContain('What happened');
    const broken = structuredClone(screeningJson) as { fields: { id: string }[] };
    broken.fields[0]!.id = 'childRef';
    const result = validatePackData(broken, 'mine.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/fields\[0\]\.id: "childRef" is common to every note/);
  });

  it('refuses a choice without options and a duplicate label', () => {
    const broken = structuredClone(screeningJson) as { fields: { label: string; options?: unknown }[] };
    delete broken.fields[0]!.options;
    broken.fields[2]!.label = broken.fields[1]!.label;
    const result = validatePackData(broken, 'mine.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/fields\[0\]\.options: choice and checklist fields need options[\s\S]*fields\[2\]\.label: duplicate label/);
  });
});

describe('a screening note exports under its own headings', () => {
  const note = screeningNote({
    status: ['youth-justice', 'child-in-need'],
    natureAndAnalysis: 'Touched a younger pupil twice in the changing room.',
    aggravating: 'Laughed about it afterwards.',
    mitigating: 'Bereavement in the family this year.',
    voiceOfChild: 'I thought it was a joke',
    parentViews: 'Mother is shocked and wants help.',
    victimAndSafety: 'Separate changing arrangements.',
    suitableOutOfCourt: 'yes',
    willingToEngage: 'unknown',
    recommendations: 'Referral for AIM3 assessment.',
    gatekeeperRole: 'YJS team manager',
    gatekeptOn: '2026-04-02',
  });

  it('text: every heading in its SUMMARY, ACTION or OUTCOME block, option labels not ids', () => {
    const text = noteAsText(note, screening);
    const [summary, action, outcome] = ['SUMMARY', 'ACTION', 'OUTCOME'].map((h) => text.indexOf(`\n${h}\n`) >= 0 ? text.indexOf(`\n${h}\n`) : text.indexOf(`${h}\n`));
    expect(summary).toBeLessThan(action!);
    expect(action).toBeLessThan(outcome!);
    expect(text).toContain('Record: HSB screening');
    expect(text).toContain('Status: Known to youth justice, Child in need');
    expect(text).toContain('Voice of the child: "I thought it was a joke"');
    expect(text.indexOf('Aggravating factors: Laughed')).toBeLessThan(action!);
    expect(text.indexOf('Victim information and safety measures: Separate')).toBeGreaterThan(action!);
    expect(text.indexOf('Suitable for an out-of-court disposal?: Yes')).toBeGreaterThan(outcome!);
    expect(text).toContain('Willing to engage?: Not known');
    expect(text).toContain('Gatekept by (manager’s role, not name): YJS team manager');
    expect(text).toContain('Living arrangements: (none recorded)');
  });

  it('CSV: a column per heading of each template used, each note filling its own', () => {
    const incidentNote: Note = { ...note, id: 'inc-1', content: { ...note.content, templateId: 'incident', fields: { whatHappened: 'seen at break' } } };
    const csv = notesAsCsv([note, incidentNote], (n) => (n.content.templateId === 'incident' ? incident : screening));
    const [header, first, second] = parseCsv(csv);
    expect(header).toContain('Voice of the child');
    expect(header).toContain('What happened (facts)');
    expect(first![header!.indexOf('Mitigating factors')]).toBe('Bereavement in the family this year.');
    expect(first![header!.indexOf('Status')]).toBe('Known to youth justice, Child in need');
    expect(first![header!.indexOf('What happened (facts)')]).toBe('');
    expect(second![header!.indexOf('What happened (facts)')]).toBe('seen at break');
    expect(second![header!.indexOf('record')]).toBe('Incident note');
  });

  it('JSON backup and import keep the template and every field', async () => {
    const text = await makeBackup([note], [], null);
    const { notes } = await readBackup(text, null);
    expect(notes[0]!.content).toEqual(note.content);
  });
});
