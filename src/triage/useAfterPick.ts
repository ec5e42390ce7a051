/** The after-pick chunk (engine, result, context, judgement, snapshot): prefetched when idle, so a pick never waits for it. */
import { lazyChunk } from '../ui/lazy-chunk';

const afterPick = lazyChunk(() => import('./after-pick'));
export const useAfterPick = afterPick.use;
