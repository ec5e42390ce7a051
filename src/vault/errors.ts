/** Why the encrypted store refused: kept apart so views can tell them apart without loading the store. */

export class LockedError extends Error {
  constructor() {
    super('locked');
    this.name = 'LockedError';
  }
}

/** The stored data key is not the one this tab holds (another tab re-keyed, or erased and set up again): nothing is written. */
export class KeyChangedError extends Error {
  constructor() {
    super('key-changed');
    this.name = 'KeyChangedError';
  }
}
