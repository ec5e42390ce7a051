/**
 * The pattern map drawn: time runs down one axis, life events on the left and incidents on the right, so the two
 * lanes fit a 360 px phone as well as a tablet or an A4 landscape page. Each incident shows its level's colour,
 * word and shape; the table beside it holds the same items for anyone who cannot see the drawing.
 */
import type { Level } from '../content/schema';
import { SHAPES } from '../ui/LevelBadge';
import type { TimelineItem, TimelineLabels } from '../records/timeline';

const ROW = 56;
const TOP = 48;
const WIDTH = 640;
const AXIS = WIDTH / 2;
const clip = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function PatternMapDrawing({ items, levels, labels }: { items: readonly TimelineItem[]; levels: readonly Level[]; labels: TimelineLabels }) {
  const height = TOP + Math.max(1, items.length) * ROW + 16;
  return (
    <svg class="pattern-drawing" role="img" aria-label={labels.title} viewBox={`0 0 ${WIDTH} ${height}`} preserveAspectRatio="xMidYMin meet">
      <text x={AXIS / 2} y={24} text-anchor="middle" class="lane-title">
        {labels.laneNames.event}
      </text>
      <text x={AXIS + AXIS / 2} y={24} text-anchor="middle" class="lane-title">
        {labels.laneNames.incident}
      </text>
      <line x1={AXIS} y1={TOP - 12} x2={AXIS} y2={height - 8} class="axis" />
      {items.map((item, i) => {
        const y = TOP + i * ROW + ROW / 2;
        const level = item.levelId ? levels.find((l) => l.id === item.levelId) : undefined;
        const left = item.lane === 'event';
        const x = left ? AXIS - 24 : AXIS + 24;
        return (
          <g key={item.id}>
            <text x={AXIS} y={y - 16} text-anchor="middle" class="tick">
              {item.date.replace('T', ' ') || labels.notRecorded}
            </text>
            <line x1={AXIS} y1={y} x2={x} y2={y} class="connector" />
            {left ? (
              <circle cx={x} cy={y} r={7} class="event-marker" />
            ) : (
              <path d={SHAPES[level?.shape ?? 'circle']} transform={`translate(${x - 9} ${y - 9}) scale(0.75)`} fill={level?.colour ?? 'none'} class="incident-marker" />
            )}
            <text x={left ? x - 14 : x + 14} y={y + 5} text-anchor={left ? 'end' : 'start'} class="item-text">
              {left ? clip(item.what) : clip(`${level ? `${level.label} · ` : ''}${item.what}`)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
