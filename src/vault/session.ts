/**
 * The notes session: one repository, the lock state, auto-lock after inactivity or 2 minutes hidden (measured by
 * timestamps, because timers stall in the background), and lock/unlock shared across tabs by BroadcastChannel.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { open, seal, type Sealed } from '../lock/crypto';
import { NotesDb } from './db';
import type { NoteContent } from '../records/model';
import { idleMinutes } from '../core/prefs';
import { NotesRepository } from './repository';
import { clearSnapshot } from '../records/handover';

export const HIDDEN_LOCK_MS = 2 * 60 * 1000;
/** How long a lock waits for editors to save: a write that hangs must not keep the key (or the page) open. */
export const LOCK_FLUSH_TIMEOUT_MS = 3_000;

type Flush = () => Promise<void>;
/** An editor's save, and its fallback: seal the unsaved text in memory when the save did not finish in time. */
type Saver = { flush: Flush; hold?: Flush };
/** locking: the page hides notes at once while a lock waits for saves, until the key is gone. */
type State = { unlocked: boolean; setUp: boolean | null; locking: boolean };

export const repo = new NotesRepository(new NotesDb());
const state = signal<State>({ unlocked: false, setUp: null, locking: false });
const savers = new Set<Saver>();
/** Text whose write failed, kept encrypted in memory and written after the next unlock. */
const pendingSealed = new Map<string, Sealed>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('tl-lock');

function set(patch: Partial<State>) {
  state.value = { ...state.value, ...patch };
}

export async function refreshSetUp(): Promise<void> {
  set({ setUp: await repo.isSetUp(), unlocked: repo.unlocked });
}

export const currentSession = (): Readonly<State> => state.peek();

/** Reading the signal in render subscribes the component (@preact/signals). */
export function useNotesSession(): State {
  useEffect(() => {
    if (state.peek().setUp === null) void refreshSetUp();
  }, []);
  return state.value;
}

/** Editors register a flush so locking, hiding and closing save pending text first (and a hold, for a lock that cannot wait). */
export function registerFlush(flush: Flush, hold?: Flush): () => void {
  const saver: Saver = { flush, hold };
  savers.add(saver);
  return () => void savers.delete(saver);
}

const runAll = (fns: readonly (Flush | undefined)[]) => Promise.all(fns.map((f) => f?.().catch(() => undefined))).then(() => undefined);

export function flushAll(): Promise<void> {
  return runAll([...savers].map((s) => s.flush));
}

/** True when the work settled within ms; false when it was still running (it goes on, unawaited). */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([work.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

/** Keeps unsaved content safe when a write failed: sealed with the key before the key is dropped. */
export async function holdUnsaved(id: string, content: NoteContent): Promise<void> {
  const key = repo.currentKey;
  if (key) pendingSealed.set(id, await seal(key, id, content));
}

/** Held text sealed with a key about to be replaced (a re-key) is sealed again with the new one, so it is never stranded. */
async function resealHeld(oldKey: CryptoKey, newKey: CryptoKey): Promise<void> {
  for (const [id, sealed] of pendingSealed) {
    const content = await open<NoteContent>(oldKey, id, sealed).catch(() => null);
    if (content) pendingSealed.set(id, await seal(newKey, id, content));
  }
}

async function writeHeld(): Promise<void> {
  const key = repo.currentKey;
  if (!key) return;
  for (const [id, sealed] of pendingSealed) {
    try {
      await repo.save(id, await open<NoteContent>(key, id, sealed));
      pendingSealed.delete(id);
    } catch {
      // Still failing: keep it for the next attempt.
    }
  }
}

let locking: Promise<void> | null = null;

/**
 * Saves pending text, then drops the key. The notes are hidden at once; the key goes after the saves, or after
 * LOCK_FLUSH_TIMEOUT_MS regardless (text not yet saved is then sealed in memory and written after the next unlock).
 */
export function lockNow(broadcast = true): Promise<void> {
  locking ??= (async () => {
    const editors = [...savers];
    const saved = runAll(editors.map((s) => s.flush));
    set({ locking: true });
    if (!(await settlesWithin(saved, LOCK_FLUSH_TIMEOUT_MS))) await settlesWithin(runAll(editors.map((s) => s.hold)), LOCK_FLUSH_TIMEOUT_MS);
    repo.lock();
    clearSnapshot();
    set({ unlocked: false, locking: false });
    if (broadcast) channel?.postMessage({ type: 'lock' });
  })().finally(() => (locking = null));
  return locking;
}

export async function unlockWith(passphrase: string): Promise<void> {
  await repo.unlock(passphrase);
  set({ unlocked: true, setUp: true });
  channel?.postMessage({ type: 'unlock', key: repo.currentKey, keyId: repo.currentKeyId });
  await writeHeld();
}

/** Changes the passphrase; after a re-key, held text and every other tab move to the new key (a locked tab only re-seals). */
export async function changePassphraseWith(current: string, next: string, rekey: boolean): Promise<void> {
  const oldKey = repo.currentKey;
  await repo.changePassphrase(current, next, rekey);
  const newKey = repo.currentKey;
  if (!rekey || !oldKey || !newKey || newKey === oldKey) return;
  await resealHeld(oldKey, newKey);
  channel?.postMessage({ type: 'rekey', key: newKey, oldKey, keyId: repo.currentKeyId });
}

export async function setUpWith(passphrase: string): Promise<void> {
  await repo.setUp(passphrase);
  set({ unlocked: true, setUp: true });
  void navigator.storage?.persist?.();
}

export async function eraseEverything(): Promise<void> {
  pendingSealed.clear();
  clearSnapshot();
  await repo.eraseAll();
  set({ unlocked: false, setUp: false });
  channel?.postMessage({ type: 'lock' });
}

let lastActivity = Date.now();
let hiddenAt: number | null = null;

/** Starts the timers once, when the notes chunk first loads. */
function startAutoLock() {
  const activity = () => {
    lastActivity = Date.now();
  };
  for (const type of ['pointerdown', 'keydown', 'input', 'scroll']) window.addEventListener(type, activity, { passive: true, capture: true });
  setInterval(() => {
    if (state.peek().unlocked && Date.now() - lastActivity > idleMinutes() * 60_000) void lockNow();
  }, 5_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      void flushAll();
    } else if (hiddenAt !== null) {
      if (state.peek().unlocked && Date.now() - hiddenAt > HIDDEN_LOCK_MS) void lockNow();
      hiddenAt = null;
      lastActivity = Math.max(lastActivity, Date.now() - 1);
    }
  });
  window.addEventListener('pagehide', () => void flushAll());
  // Another tab is upgrading the schema: save pending text before this connection closes (Dexie would close at once).
  repo.db.on('versionchange', () => {
    void flushAll().finally(() => repo.db.close());
    return false;
  });
  channel?.addEventListener('message', (e: MessageEvent<{ type: string; key?: CryptoKey; oldKey?: CryptoKey; keyId?: string }>) => {
    if (e.data.type === 'lock' && state.peek().unlocked) void lockNow(false);
    if (e.data.type === 'unlock' && e.data.key && !state.peek().unlocked) {
      repo.adoptKey(e.data.key, e.data.keyId);
      set({ unlocked: true, setUp: true });
    }
    if (e.data.type === 'rekey' && e.data.key && e.data.oldKey) {
      // Adopted first, so text held from now on is sealed with the new key; what was held before is sealed again.
      if (state.peek().unlocked) repo.adoptKey(e.data.key, e.data.keyId);
      void resealHeld(e.data.oldKey, e.data.key);
    }
  });
}
if (typeof window !== 'undefined') startAutoLock();
