/** One lazily loaded chunk: loaded once, on demand or when the browser is idle, so the first screen never waits for it. */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from './idle';

export interface LazyChunk<M> {
  load(): Promise<M>;
  /** The chunk's exports, or null until it has loaded; `wanted` starts the load at once, otherwise when idle. */
  use(wanted: boolean): M | null;
}

export function lazyChunk<M>(importer: () => Promise<M>): LazyChunk<M> {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  const load = () =>
    // A failed load (say, a chunk missing after a bad deploy) is forgotten so the next use tries again.
    (pending ??= importer().then(
      (m) => (loaded = m),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  function use(wanted: boolean): M | null {
    const [mod, setMod] = useState<M | null>(loaded);
    useEffect(() => {
      if (mod) return;
      let live = true;
      const start = () => void load().then((m) => live && setMod(() => m), () => undefined);
      if (wanted) start();
      else whenIdle(start);
      return () => {
        live = false;
      };
    }, [wanted, mod]);
    return mod;
  }
  return { load, use };
}
