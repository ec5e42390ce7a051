/**
 * Exports read what is saved: typed text, "Saved", then Export must carry the text (it once exported the copy the
 * editor route loaded first, "(none recorded)" in every field), and "Delete after transfer" deletes only the
 * version that went out.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import type { Note } from '../../src/records/model';
import { lockNow, repo, setUpWith } from '../../src/vault/session';
import { openNoteRoute, serveContentPacks } from './helpers/notes-page';

let written = '';
let downloaded: Blob | null = null;

beforeAll(async () => {
  // jsdom has no modal dialogs, clipboard or object URLs: stand-ins that record what the app hands them.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void (written = text) }, configurable: true });
  URL.createObjectURL = (blob: Blob) => {
    downloaded = blob;
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  serveContentPacks();
  await setUpWith('a long test passphrase');
});
afterAll(async () => {
  await lockNow(false);
});

async function openEditor(): Promise<Note> {
  const note = await repo.create({});
  openNoteRoute(note.id);
  await screen.findByLabelText(/^What happened/);
  return note;
}

async function typeAndWaitForSaved(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
  await screen.findByText('Saving…');
  await screen.findByText('Saved', {}, { timeout: 3000 });
}

describe('exports read what is saved', () => {
  it('Copy text, straight after "Saved", holds what was typed', async () => {
    await openEditor();
    await typeAndWaitForSaved('What happened', 'Child A lifted Child B’s skirt in the queue.');
    await typeAndWaitForSaved('Action taken', 'Separated; DSL told at 10:40.');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy text' }));
    await waitFor(() => expect(written).toContain('What happened (facts): Child A lifted Child B’s skirt in the queue.'));
    expect(written).toContain('Action taken: Separated; DSL told at 10:40.');
    expect(written).toContain('Observed: not recorded');
  });

  it('an export made before the autosave fired still holds the last keystrokes', async () => {
    await openEditor();
    fireEvent.input(screen.getByLabelText(/^What happened/), { target: { value: 'typed a moment ago' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export now' }));
    await screen.findByRole('button', { name: 'Delete after transfer' });
    expect(await downloaded!.text()).toContain('What happened (facts): typed a moment ago');
  });

  it('"Delete after transfer" deletes the exported version, and refuses a note saved again since', async () => {
    const note = await openEditor();
    await typeAndWaitForSaved('What happened', 'first version');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export now' }));
    const del = await screen.findByRole('button', { name: 'Delete after transfer' });
    const stored = (await repo.get(note.id))!;
    // Another tab (or a late autosave) writes a newer version after the export.
    await repo.save(note.id, { ...stored.content, fields: { ...stored.content.fields, whatHappened: 'second version, not exported' } }, new Date(Date.now() + 1000));
    fireEvent.click(del);
    const alert = await screen.findByText(/changed after it was exported, so it was kept/);
    expect(within(alert.closest('[role="alert"]') as HTMLElement).getByText(/Export it again/)).toBeTruthy();
    expect((await repo.get(note.id))?.content.fields.whatHappened).toBe('second version, not exported');
  });

  it('"Delete after transfer" deletes a note that has not changed since its export', async () => {
    const note = await openEditor();
    await typeAndWaitForSaved('What happened', 'to be transferred');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete after transfer' }));
    await waitFor(async () => expect(await repo.get(note.id)).toBeNull());
  });
});
