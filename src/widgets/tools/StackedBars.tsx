/** Horizontal stacked bars (one per row, one colour per segment), with a text alternative. */
import { useId } from 'preact/hooks';
import { niceTicks, stackSegments } from '../../lib/chart';

interface Props {
  title: string;
  description: string;
  /** Segment names, in stacking order; each row gives a value per segment. */
  segments: string[];
  rows: { label: string; values: number[] }[];
  formatValue(value: number): string;
}

const width = 480;
const left = 8;
const right = 28;
const barHeight = 28;
const rowHeight = 64;

export default function StackedBars({ title, description, segments, rows, formatValue }: Props) {
  const id = useId();
  const ticks = niceTicks(Math.max(...rows.map((r) => r.values.reduce((a, b) => a + b, 0)), 0));
  const max = ticks.at(-1) ?? 1;
  const length = (value: number) => (value / max) * (width - left - right);
  const height = rows.length * rowHeight + 28;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {ticks.map((tick) => (
          <g class="chart-grid">
            <line x1={left + length(tick)} x2={left + length(tick)} y1={0} y2={height - 24} />
            <text x={left + length(tick)} y={height - 6} text-anchor="middle">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, r) => (
          <g>
            <text class="chart-axis" x={left} y={r * rowHeight + 20}>
              {row.label}
            </text>
            {stackSegments(row.values, length).map((segment, i) => (
              <rect
                class={`chart-bar chart-s${i + 1}`}
                x={left + segment.offset}
                y={r * rowHeight + 28}
                width={segment.size}
                height={barHeight}
              />
            ))}
          </g>
        ))}
      </svg>
      <figcaption class="chart-legend">
        {segments.map((name, i) => (
          <span>
            <svg class={`chart-key chart-s${i + 1}`} viewBox="0 0 12 12" aria-hidden="true">
              <rect class="chart-bar" width="12" height="12" />
            </svg>
            {name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
