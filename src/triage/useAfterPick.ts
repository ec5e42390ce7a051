/** Loads the after-pick chunk once; the page asks for it when the browser is idle after the first render, so a pick never waits for it. */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../ui/idle';

type AfterPick = typeof import('./after-pick');

let loaded: AfterPick | null = null;
let pending: Promise<AfterPick> | null = null;

export function loadAfterPick(): Promise<AfterPick> {
  // A failed load (say, a chunk missing after a bad deploy) is forgotten so the next pick tries again.
  pending ??= import('./after-pick').then(
    (m) => (loaded = m),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The chunk's exports, or null until it has loaded; `wanted` starts the load at once. */
export function useAfterPick(wanted: boolean): AfterPick | null {
  const [mod, setMod] = useState<AfterPick | null>(loaded);
  useEffect(() => {
    if (mod) return;
    let live = true;
    const load = () => void loadAfterPick().then((m) => live && setMod(m), () => undefined);
    if (wanted) load();
    else whenIdle(load);
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return mod;
}
