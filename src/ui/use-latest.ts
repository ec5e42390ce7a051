/** The latest value of a render, for an effect that runs once (per id) yet must call today's handler, not the first one. */
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
