/** Loads the after-pick chunk once; the page asks for it early (idle, once packs arrive) so a pick never waits for it. */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../ui/idle';

type AfterPick = typeof import('./after-pick');

let loaded: AfterPick | null = null;
let pending: Promise<AfterPick> | null = null;

export function loadAfterPick(): Promise<AfterPick> {
  pending ??= import('./after-pick').then((m) => (loaded = m));
  return pending;
}

/** The chunk's exports, or null until it has loaded; `wanted` starts the load at once. */
export function useAfterPick(wanted: boolean): AfterPick | null {
  const [mod, setMod] = useState<AfterPick | null>(loaded);
  useEffect(() => {
    if (mod) return;
    let live = true;
    const load = () => void loadAfterPick().then((m) => live && setMod(m));
    if (wanted) load();
    else whenIdle(load);
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return mod;
}
