/** Colour is never the only signal: every level shows its colour, its word and its shape together. */
import type { Level } from '../content/schema';

export const SHAPES: Record<Level['shape'], string> = {
  circle: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z',
  triangle: 'M12 2.5 22 20.5H2z',
  square: 'M4 4h16v16H4z',
  diamond: 'M12 2 22 12 12 22 2 12z',
  octagon: 'M8 2h8l6 6v8l-6 6H8l-6-6V8z',
};

export function LevelShape({ level, size = 20 }: { level: Level; size?: number }) {
  return (
    <svg class="level-shape" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={SHAPES[level.shape]} fill={level.colour} stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}

/** The word is real text, so it is in the accessible name of whatever holds the badge. */
export function LevelBadge({ level, suffix }: { level: Level; suffix?: string }) {
  return (
    <span class="level-badge" data-level={level.id} style={{ '--level-colour': level.colour }}>
      <LevelShape level={level} />
      <span class="level-word">{level.label}</span>
      {suffix ? <span class="level-suffix"> {suffix}</span> : null}
    </span>
  );
}
