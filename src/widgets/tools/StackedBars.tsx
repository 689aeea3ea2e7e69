/**
 * Horizontal stacked bars (one per row, one colour per segment), with a text alternative.
 * Row names and totals are HTML text, so they wrap on a narrow screen; the bars and the
 * axis are drawings without a viewBox (x positions are shares of their width), so their
 * text keeps its CSS size at every width.
 */
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

const barHeight = 28;
const axisHeight = 24;

export default function StackedBars({ title, description, segments, rows, formatValue }: Props) {
  const id = useId();
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const ticks = niceTicks(Math.max(...totals, 0));
  const max = ticks.at(-1) ?? 1;
  const share = (value: number) => (value / max) * 100;
  const anchor = (i: number) => (i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle');
  const grid = ticks.map((tick) => <line class="chart-grid" x1={`${share(tick)}%`} x2={`${share(tick)}%`} y1="0" y2="100%" />);
  return (
    <figure class="chart">
      {/* One image for assistive technology: its name and description say what the bars show. */}
      <div class="chart-bars" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <span id={`${id}-t`} hidden>
          {title}
        </span>
        <span id={`${id}-d`} hidden>
          {description}
        </span>
        {rows.map((row, r) => (
          <div class="chart-row">
            <p class="chart-row-label">
              <span>{row.label}</span>
              <span class="chart-total">{formatValue(totals[r] ?? 0)}</span>
            </p>
            <svg class="chart-drawing" width="100%" height={barHeight}>
              {grid}
              {stackSegments(row.values, share).map((segment, i) => (
                <rect class={`chart-bar chart-s${i + 1}`} x={`${segment.offset}%`} y="0" width={`${segment.size}%`} height={barHeight} />
              ))}
            </svg>
          </div>
        ))}
        <svg class="chart-drawing chart-scale" width="100%" height={axisHeight}>
          {ticks.map((tick, i) => (
            <text x={`${share(tick)}%`} y={axisHeight - 6} text-anchor={anchor(i)}>
              {formatValue(tick)}
            </text>
          ))}
        </svg>
      </div>
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
