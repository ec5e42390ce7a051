/** Everything shown only after a behaviour is picked: one lazy chunk, prefetched while the practitioner types the age. */
export { ContextStep } from './ContextStep';
export { ResultView } from './ResultView';
export { toSnapshot } from '../records/from-result';
export { stashSnapshot } from '../records/handover';
export { classify } from '../rules/classify';
