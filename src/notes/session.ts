/**
 * The notes session: one repository, the lock state, auto-lock after inactivity or 2 minutes hidden (measured by
 * timestamps, because timers stall in the background), and lock/unlock shared across tabs by BroadcastChannel.
 */
import { useEffect, useState } from 'preact/hooks';
import { open, seal, type Sealed } from '../lock/crypto';
import { NotesDb } from './db';
import type { NoteContent } from './model';
import { idleMinutes } from './prefs';
import { NotesRepository } from './repository';

export const HIDDEN_LOCK_MS = 2 * 60 * 1000;

type Flush = () => Promise<void>;
type State = { unlocked: boolean; setUp: boolean | null };

export const repo = new NotesRepository(new NotesDb());
let state: State = { unlocked: false, setUp: null };
const listeners = new Set<(s: State) => void>();
const flushers = new Set<Flush>();
/** Text whose write failed, kept encrypted in memory and written after the next unlock. */
const pendingSealed = new Map<string, Sealed>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('tl-lock');

function set(patch: Partial<State>) {
  state = { ...state, ...patch };
  listeners.forEach((l) => l(state));
}

export async function refreshSetUp(): Promise<void> {
  set({ setUp: await repo.isSetUp(), unlocked: repo.unlocked });
}

export function useNotesSession(): State {
  const [s, setS] = useState(state);
  useEffect(() => {
    listeners.add(setS);
    if (state.setUp === null) void refreshSetUp();
    return () => void listeners.delete(setS);
  }, []);
  return s;
}

/** Editors register a flush so locking, hiding and closing save pending text first. */
export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((f) => f().catch(() => undefined)));
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

export async function lockNow(broadcast = true): Promise<void> {
  // Editors' flushes save pending text, or seal it in memory if the write fails, before the key goes.
  await flushAll();
  repo.lock();
  set({ unlocked: false });
  if (broadcast) channel?.postMessage({ type: 'lock' });
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
    if (state.unlocked && Date.now() - lastActivity > idleMinutes() * 60_000) void lockNow();
  }, 5_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      void flushAll();
    } else if (hiddenAt !== null) {
      if (state.unlocked && Date.now() - hiddenAt > HIDDEN_LOCK_MS) void lockNow();
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
    if (e.data.type === 'lock' && state.unlocked) void lockNow(false);
    if (e.data.type === 'unlock' && e.data.key && !state.unlocked) {
      repo.adoptKey(e.data.key, e.data.keyId);
      set({ unlocked: true, setUp: true });
    }
    if (e.data.type === 'rekey' && e.data.key && e.data.oldKey) {
      // Adopted first, so text held from now on is sealed with the new key; what was held before is sealed again.
      if (state.unlocked) repo.adoptKey(e.data.key, e.data.keyId);
      void resealHeld(e.data.oldKey, e.data.key);
    }
  });
}
if (typeof window !== 'undefined') startAutoLock();
