// @vitest-environment node
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importBackup, ImportError, makeBackup, MAX_BACKUP_BYTES, readBackup } from '../../src/transfer/backup';
import { NotesDb } from '../../src/vault/db';
import { notesAsCsv, notesAsText } from '../../src/transfer/export-text';
import { csvCell } from '../../src/ui/csv';
import type { NoteTemplate } from '../../src/records/template-schema';
import incidentJson from '../../content/en-GB/templates/incident.json';
import type { Note } from '../../src/records/model';
import { NotesRepository } from '../../src/vault/repository';

const FAST = 100_000;
const incident = incidentJson as unknown as NoteTemplate;
const templateOf = () => incident;
const golden = (name: string, actual: string) => {
  const path = `tests/fixtures/notes/${name}`;
  if (!existsSync(path) || process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
};

/** Ids as the app makes them (crypto.randomUUID), fixed so the golden files stay put. */
const ID_1 = '3f6c1d2e-8b4a-4e5f-9a7b-2c1d0e9f8a71';
const ID_2 = '9d2e4f6a-1b3c-4d5e-8f7a-6b5c4d3e2f10';
const note = (over: Partial<Note['content']> = {}, id = ID_1, fields: Record<string, string> = {}): Note => ({
  id,
  createdAt: '2026-03-02T10:15:00.000Z',
  updatedAt: '2026-03-02T10:40:00.000Z',
  levelId: 'red',
  status: 'draft',
  exportedAt: null,
  content: {
    templateId: 'incident',
    childRef: 'Child A',
    observedAt: '2026-03-02T09:50',
    writtenAt: '2026-03-02T10:15:00.000Z',
    fields: {
      setting: 'Year 6 classroom',
      otherChildren: 'Child B, similar age',
      otherChildDetails: 'Age 11, no SEND, wants to stay in class',
      whatHappened: 'Child A showed Child B a naked image on a phone at break.',
      childsWords: 'He said "everyone has it"',
      professionalJudgement: 'I think this was shared to impress peers.',
      actionTaken: 'Phone secured unopened; DSL informed.',
      safetySteps: 'Separate seating for the afternoon.',
      whoInformed: 'DSL informed verbally 10:40',
      nextSteps: 'DSL to decide on referral today.',
      ...fields,
    },
    classification: {
      packId: 'brook-traffic-light',
      packVersion: '2024.1',
      framework: 'Brook Sexual Behaviours Traffic Light Tool (Derby City adaptation)',
      bands: ['9–13'],
      chronologicalAge: 11,
      developmental: false,
      behaviourText: 'distributing naked or sexually provocative images of self or others',
      listed: true,
      levelId: 'red',
      levelLabel: 'Red',
      provisional: false,
      reasons: ['Listed as red for 9–13.'],
      answers: [
        { label: 'Consent', answer: 'No' },
        { label: 'Coercion, threats or blackmail', answer: 'Not known' },
      ],
      hackett: ['Problematic'],
      judgement: null,
      actNow: [],
      doNow: ['Tell your DSL or children’s social care now, today. Do not investigate yourself.'],
      police: ['Tell the police as well as children’s social care: the images involve a child under 13. (UKCIS, Sharing nudes and semi-nudes; March 2024)'],
      localProcedure: { area: null, packId: null, version: null, steps: [] },
    },
    ...over,
  },
});

describe('export formats (golden files)', () => {
  it('plain text: SUMMARY / ACTION / OUTCOME, facts, words and opinion apart, framework, version and level named', () => {
    const text = notesAsText([note()], templateOf);
    golden('note.txt', text);
    expect(text.indexOf('SUMMARY')).toBeLessThan(text.indexOf('ACTION'));
    expect(text.indexOf('ACTION')).toBeLessThan(text.indexOf('OUTCOME'));
    expect(text).toContain('Professional judgement (opinion): I think');
    expect(text).toContain('brook-traffic-light 2024.1');
    expect(text).toContain('Rule-based level: Red');
  });

  it('plain text: the record holds every context answer, the Hackett reading, the police trigger and the local procedure shown', () => {
    const text = notesAsText([note()], templateOf);
    expect(text).toContain('Context answers: Consent: No; Coercion, threats or blackmail: Not known');
    expect(text).toContain('Hackett continuum: Problematic');
    expect(text).toContain('Local procedure shown: none chosen (national guidance only)');
    expect(text.indexOf('Police: Tell the police')).toBeGreaterThan(text.indexOf('ACTION'));
  });

  it('says "not recorded" when the time of the observation was not filled in, and never invents one', () => {
    const text = notesAsText([note({ observedAt: '' })], templateOf);
    expect(text).toContain('Observed: not recorded');
    expect(notesAsCsv([note({ observedAt: '' })], templateOf).split('\r\n')[1]!.split(',')[7]).toBe('');
  });

  it('CSV, with formula-like cells neutralised', () => {
    const csv = notesAsCsv([note(), note({ childRef: '+44' }, ID_2, { whatHappened: '=HYPERLINK("x")', setting: '-1', nextSteps: '@cmd' })], templateOf);
    golden('notes.csv', csv);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain("'+44");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('plain')).toBe('plain');
  });

  it('CSV quotes a cell holding a semicolon, the separator where the decimal mark is a comma', () => {
    expect(csvCell('Phone secured; DSL informed')).toBe('"Phone secured; DSL informed"');
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    const row = notesAsCsv([note()], templateOf).split('\r\n')[1]!;
    // So a spreadsheet that splits on ; keeps the action taken as one cell, not two.
    expect(row).toContain(',"Phone secured unopened; DSL informed.",');
  });

  it('plain JSON backup', async () => {
    golden('backup-plain.json', await makeBackup([note()], [], null, FAST, new Date('2026-03-02T11:00:00Z')));
  });
});

const dbs: NotesDb[] = [];
let n = 0;
const repoWithNotes = async (notes: Note[] = []) => {
  const db = new NotesDb(`export-${++n}`);
  dbs.push(db);
  const repo = new NotesRepository(db, 1_000);
  await repo.setUp('a long passphrase');
  if (notes.length) await repo.addAll(notes);
  return repo;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const snapshot = async (repo: NotesRepository) => JSON.stringify(await repo.db.notes.toArray());

describe('backup and import', () => {
  it('an encrypted backup re-imports identically; the passphrase is needed; duplicates are not doubled', async () => {
    const source = await repoWithNotes([note(), note({}, ID_2)]);
    const text = await makeBackup(await source.list(), [], 'backup passphrase', FAST);
    expect(text).not.toContain('Child A');
    await expect(readBackup(text, 'wrong passphrase')).rejects.toMatchObject({ problem: 'wrong-passphrase' });
    await expect(readBackup(text, null)).rejects.toMatchObject({ problem: 'needs-passphrase' });
    const target = await repoWithNotes();
    expect(await importBackup(target, text, 'backup passphrase')).toEqual({ added: 2, skipped: 0 });
    expect(await target.list()).toEqual(await source.list());
    expect(await importBackup(target, text, 'backup passphrase')).toEqual({ added: 0, skipped: 2 });
    expect(await target.db.notes.count()).toBe(2);
  });

  const valid = () => JSON.parse(JSON.stringify({ format: 'tl-notes-backup', version: 2, exportedAt: '2026-03-02T11:00:00.000Z', encrypted: false, notes: [note()] }));
  const MALFORMED: [string, () => string, string][] = [
    ['empty file', () => '', 'not-json'],
    ['plain text', () => 'hello', 'not-json'],
    ['a CSV file', () => 'id,created\n1,2', 'not-json'],
    ['truncated', () => JSON.stringify(valid()).slice(0, 80), 'truncated'],
    ['truncated at the last brace', () => JSON.stringify(valid()).slice(0, -1), 'truncated'],
    ['a JSON array', () => '[]', 'wrong-format'],
    ['a number', () => '42', 'wrong-format'],
    ['null', () => 'null', 'wrong-format'],
    ['another format', () => JSON.stringify({ ...valid(), format: 'other-app' }), 'wrong-format'],
    ['a content pack', () => JSON.stringify({ kind: 'traffic-light' }), 'wrong-format'],
    ['a future version', () => JSON.stringify({ ...valid(), version: 3 }), 'wrong-version'],
    ['version as text', () => JSON.stringify({ ...valid(), version: '2' }), 'wrong-format'],
    ['notes not an array', () => JSON.stringify({ ...valid(), notes: {} }), 'wrong-shape'],
    ['a note without id', () => { const v = valid(); delete v.notes[0].id; return JSON.stringify(v); }, 'wrong-shape'],
    ['a bad status', () => { const v = valid(); v.notes[0].status = 'sent'; return JSON.stringify(v); }, 'wrong-shape'],
    ['a bad date', () => { const v = valid(); v.notes[0].createdAt = 'yesterday'; return JSON.stringify(v); }, 'wrong-shape'],
    ['content missing', () => { const v = valid(); delete v.notes[0].content; return JSON.stringify(v); }, 'wrong-shape'],
    ['a field of the wrong type', () => { const v = valid(); v.notes[0].content.fields.whatHappened = 7; return JSON.stringify(v); }, 'wrong-shape'],
    ['encrypted flag missing', () => { const v = valid(); delete v.encrypted; return JSON.stringify(v); }, 'wrong-shape'],
    ['encrypted without ciphertext', () => JSON.stringify({ ...valid(), encrypted: true, notes: undefined }), 'wrong-shape'],
    ['encrypted with garbage ciphertext', () => JSON.stringify({ format: 'tl-notes-backup', version: 1, exportedAt: '2026-03-02T11:00:00.000Z', encrypted: true, kdf: 'PBKDF2-SHA256', iterations: FAST, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' }), 'wrong-passphrase'],
    ['too few iterations', () => JSON.stringify({ format: 'tl-notes-backup', version: 1, exportedAt: '2026-03-02T11:00:00.000Z', encrypted: true, kdf: 'PBKDF2-SHA256', iterations: 1, salt: 'AA==', iv: 'AA==', ct: 'AA==' }), 'wrong-shape'],
    ['a life event with a made-up date', () => JSON.stringify({ ...valid(), events: [{ id: ID_2, createdAt: '2026-03-02T11:00:00.000Z', updatedAt: '2026-03-02T11:00:00.000Z', content: { childRef: 'A', date: 'last spring', description: 'x' } }] }), 'wrong-shape'],
    ['a note id that is not a UUID', () => { const v = valid(); v.notes[0].id = 'note-0001'; return JSON.stringify(v); }, 'bad-id'],
    ['a life event id that is not a UUID', () => JSON.stringify({ ...valid(), events: [{ id: '../../etc', createdAt: '2026-03-02T11:00:00.000Z', updatedAt: '2026-03-02T11:00:00.000Z', content: { childRef: 'A', date: '2026-02', description: 'x' } }] }), 'bad-id'],
    ['larger than the cap', () => ' '.repeat(MAX_BACKUP_BYTES + 1), 'too-large'],
  ];

  it.each(MALFORMED)('refuses %s, naming the problem, and changes nothing', async (_name, make, problem) => {
    const repo = await repoWithNotes([note()]);
    const before = await snapshot(repo);
    const error = await importBackup(repo, make(), 'a long passphrase').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe(problem);
    expect(await snapshot(repo)).toBe(before);
  });

  it('never crashes and never changes stored data, whatever the input (fast-check)', async () => {
    const repo = await repoWithNotes([note()]);
    const before = await snapshot(repo);
    const base = JSON.stringify(valid());
    const input = fc.oneof(
      fc.string(),
      fc.json(),
      fc.tuple(fc.nat({ max: base.length }), fc.string({ maxLength: 5 })).map(([i, s]) => base.slice(0, i) + s + base.slice(i + s.length)),
      fc.anything().map((v) => JSON.stringify({ format: 'tl-notes-backup', version: 1, encrypted: false, notes: [v] }) ?? ''),
    );
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        try {
          await readBackup(text, 'a long passphrase');
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
    expect(await snapshot(repo)).toBe(before);
  });

  it('imports a version-1 backup, written before templates, as incident notes with the same text', async () => {
    const legacy = readFileSync('tests/fixtures/notes/backup-v1.json', 'utf8');
    const repo = await repoWithNotes();
    expect(await importBackup(repo, legacy, null)).toEqual({ added: 1, skipped: 0 });
    const [imported] = await repo.list();
    expect(imported!.content.templateId).toBe('incident');
    expect(imported!.content.fields.whatHappened).toBe('Child A showed Child B a naked image on a phone at break.');
    expect(imported!.content.fields.childsWords).toBe('He said "everyone has it"');
  });

  it('carries life events in the backup, encrypted, and restores them', async () => {
    const source = await repoWithNotes([note()]);
    await source.saveEvent({ childRef: 'Child A', date: '2026-02', description: 'Moved to a new school' });
    const text = await makeBackup(await source.list(), await source.listEvents(), 'backup passphrase', FAST);
    expect(text).not.toContain('new school');
    const target = await repoWithNotes();
    await importBackup(target, text, 'backup passphrase');
    expect((await target.listEvents()).map((e) => e.content)).toEqual([{ childRef: 'Child A', date: '2026-02', description: 'Moved to a new school' }]);
  });

  it('re-imports a 5,000-note backup under the size cap', async () => {
    const notes = Array.from({ length: 5_000 }, () => note({}, crypto.randomUUID()));
    const text = await makeBackup(notes, [], 'backup passphrase', FAST);
    expect(text.length).toBeLessThan(MAX_BACKUP_BYTES);
    const repo = await repoWithNotes();
    expect(await importBackup(repo, text, 'backup passphrase')).toEqual({ added: 5_000, skipped: 0 });
  }, 60_000);
});
