/** Everything shown only after a behaviour is picked: one lazy chunk, prefetched while the practitioner types the age. */
export { ContextStep } from './ContextStep';
export { ResultView } from './ResultView';
export { toSnapshot } from './snapshot';
export { stashSnapshot } from '../notes/snapshot';
export { classify } from './classify';
