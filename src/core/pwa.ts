/**
 * Service worker lifecycle as a tiny store: update waiting, first-install ready, online state, install prompt.
 * Registration waits until the browser is idle so it never competes with the first screen.
 */
import { signal } from '@preact/signals';
import { whenIdle } from '../ui/idle';

export interface PwaState {
  updateAvailable: boolean;
  offlineReady: boolean;
  online: boolean;
  canInstall: boolean;
}

/** Chromium-only event; not in lib.dom. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

const state = signal<PwaState>({ updateAvailable: false, offlineReady: false, online: typeof navigator === 'undefined' ? true : navigator.onLine, canInstall: false });
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let installEvent: BeforeInstallPromptEvent | null = null;
/** Other modules (the note editor) can hold the reload while unsaved text exists. */
const reloadBlockers = new Set<() => boolean | Promise<boolean>>();

function set(patch: Partial<PwaState>) {
  state.value = { ...state.value, ...patch };
}

/** Reading the signal in render subscribes the component (@preact/signals). */
export const usePwa = (): PwaState => state.value;

/** Registers a check run before an update reload; it should save pending work and return true when safe. */
export function addReloadGuard(guard: () => boolean | Promise<boolean>): () => void {
  reloadBlockers.add(guard);
  return () => void reloadBlockers.delete(guard);
}

export async function reloadForUpdate(): Promise<boolean> {
  for (const guard of reloadBlockers) if (!(await guard())) return false;
  // The new worker takes over and the page reloads at the same URL, so the same route opens.
  await applyUpdate?.(true);
  return true;
}

export async function promptInstall(): Promise<void> {
  if (!installEvent) return;
  await installEvent.prompt();
  installEvent = null;
  set({ canInstall: false });
}

const HOUR = 60 * 60 * 1000;

export function startPwa(): void {
  window.addEventListener('online', () => set({ online: true }));
  window.addEventListener('offline', () => set({ online: false }));
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    installEvent = e as BeforeInstallPromptEvent;
    set({ canInstall: true });
  });
  window.addEventListener('appinstalled', () => set({ canInstall: false }));
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  whenIdle(registerWorker, 2000);
}

function registerWorker(): void {
  void import('virtual:pwa-register').then(({ registerSW }) => {
    applyUpdate = registerSW({
      immediate: true,
      onNeedRefresh: () => set({ updateAvailable: true }),
      onOfflineReady: () => set({ offlineReady: true }),
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        const check = () => {
          if (navigator.onLine) registration.update().catch(() => undefined);
        };
        setInterval(check, HOUR);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      },
    });
  });
}

/** iOS Safari has no install prompt; it needs Share → Add to Home Screen. */
export function isIosSafari(): boolean {
  const ua = navigator.userAgent;
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return /iP(hone|ad|od)/.test(ua) && /Safari/.test(ua) && !/CriOS|FxiOS/.test(ua) && !standalone;
}
