/**
 * Another tab's re-key rewrites the open note under a key this tab adopts a moment later (the BroadcastChannel
 * message can come after Dexie's change event). The re-read in between fails; the editor must stay, with the text.
 * This was the intermittent e2e failure in rekey.e2e.ts ("What happened" missing in tab B for 30 s).
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import { lockNow, repo, setUpWith } from '../../src/vault/session';
import { openNoteRoute, serveContentPacks } from './helpers/notes-page';

beforeAll(async () => {
  serveContentPacks();
  await setUpWith('a long test passphrase');
});
afterAll(async () => {
  await lockNow(false);
});

describe('the open note while another tab re-keys', () => {
  it('a re-read that fails (a key not adopted yet) leaves the editor and the typed text in place', async () => {
    const note = await repo.create({});
    openNoteRoute(note.id);
    const field = await screen.findByLabelText(/^What happened/);
    fireEvent.input(field, { target: { value: 'typed before the other tab re-keyed' } });
    await screen.findByText('Saved', {}, { timeout: 3000 });
    // The other tab's rewrite, as this tab sees it: a change event, then a read it cannot open yet.
    const reads = vi.spyOn(repo, 'get').mockRejectedValueOnce(new Error('The operation failed for an operation-specific reason'));
    await repo.save(note.id, { ...note.content, fields: { ...note.content.fields, happened: 'written by the other tab' } });
    await waitFor(() => expect(reads).toHaveBeenCalled());
    expect(screen.queryByText('This note was not found.')).toBeNull();
    expect((screen.getByLabelText(/^What happened/) as HTMLTextAreaElement).value).toBe('typed before the other tab re-keyed');
    reads.mockRestore();
  });
});
