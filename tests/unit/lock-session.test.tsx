/**
 * Locking when a save hangs or is slow: the key goes after a bounded wait, text not yet saved is sealed in memory
 * and written after the next unlock, and the page shows no note while the lock waits.
 */
import { screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import { openNoteRoute, serveContentPacks } from './helpers/notes-page';
import { currentSession, holdUnsaved, LOCK_FLUSH_TIMEOUT_MS, lockNow, registerFlush, repo, setUpWith, unlockWith } from '../../src/vault/session';

const PASS = 'a long session passphrase';

beforeAll(async () => {
  serveContentPacks();
  await setUpWith(PASS);
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  if (!repo.unlocked) await unlockWith(PASS);
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('lockNow when saving is slow or hangs', () => {
  it('drops the key after LOCK_FLUSH_TIMEOUT_MS even though a flush never finishes', async () => {
    const unregister = registerFlush(() => new Promise<void>(() => undefined));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let done = false;
    void lockNow(false).then(() => (done = true));
    expect(repo.unlocked).toBe(true);
    await vi.advanceTimersByTimeAsync(LOCK_FLUSH_TIMEOUT_MS);
    expect(done).toBe(true);
    expect(repo.unlocked).toBe(false);
    expect(currentSession()).toMatchObject({ unlocked: false, locking: false });
    unregister();
  });

  it('text whose save hung is sealed before the key goes, and written after the next unlock', async () => {
    const note = await repo.create({});
    const content = { ...note.content, fields: { whatHappened: 'HELD-MARKER' } };
    vi.spyOn(repo, 'save').mockImplementationOnce(() => new Promise(() => undefined));
    const unregister = registerFlush(
      () => repo.save(note.id, content).then(() => undefined),
      () => holdUnsaved(note.id, content),
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const locking = lockNow(false);
    await vi.advanceTimersByTimeAsync(LOCK_FLUSH_TIMEOUT_MS);
    await locking;
    vi.useRealTimers();
    unregister();
    expect(repo.unlocked).toBe(false);
    await unlockWith(PASS);
    expect((await repo.get(note.id))!.content.fields.whatHappened).toBe('HELD-MARKER');
  });

  it('hides the note as soon as a lock starts, until it completes', async () => {
    const note = await repo.create({ fields: { whatHappened: 'ON-SCREEN-MARKER' } });
    openNoteRoute(note.id);
    expect(((await screen.findByLabelText(/^What happened/)) as HTMLTextAreaElement).value).toBe('ON-SCREEN-MARKER');
    const saving = deferred();
    const unregister = registerFlush(() => saving.promise);
    const locking = lockNow(false);
    await screen.findByText('Locking: saving your notes first…');
    expect(screen.queryByLabelText(/^What happened/)).toBeNull();
    expect(document.body.textContent).not.toContain('ON-SCREEN-MARKER');
    expect(repo.unlocked).toBe(true);
    saving.resolve();
    await locking;
    await screen.findByRole('button', { name: 'Unlock' });
    unregister();
  });
});
