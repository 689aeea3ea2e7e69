/** Cumulative series as lines over months, with a text alternative; the data table sits beside it. */
import { useId } from 'preact/hooks';
import { linePath, niceTicks, xScale, yScale, type Frame } from '../../lib/chart';

export interface Series {
  label: string;
  values: readonly number[];
}

interface Props {
  title: string;
  description: string;
  series: Series[];
  formatValue(value: number): string;
  /** Label of the x axis tick for a 0-based index, or undefined for no tick. */
  tickLabel(index: number): string | undefined;
}

const frame: Frame = { width: 480, height: 260, left: 72, right: 36, top: 12, bottom: 32 };

export default function LineChart({ title, description, series, formatValue, tickLabel }: Props) {
  const id = useId();
  const count = Math.max(...series.map((s) => s.values.length), 1);
  const ticks = niceTicks(Math.max(...series.flatMap((s) => s.values), 0));
  const y = yScale(frame, ticks.at(-1) ?? 1);
  const x = xScale(frame, count);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {ticks.map((tick) => (
          <g class="chart-grid">
            <line x1={frame.left} x2={frame.width - frame.right} y1={y(tick)} y2={y(tick)} />
            <text x={frame.left - 8} y={y(tick)} text-anchor="end" dominant-baseline="middle">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {Array.from({ length: count }, (_, i) => tickLabel(i)).map(
          (label, i) =>
            label !== undefined && (
              <text class="chart-axis" x={x(i)} y={frame.height - 10} text-anchor="middle">
                {label}
              </text>
            ),
        )}
        {series.map((s, i) => (
          <path class={`chart-line chart-s${i + 1}`} d={linePath(s.values, x, y)} />
        ))}
      </svg>
      <figcaption class="chart-legend">
        {series.map((s, i) => (
          <span>
            <svg class={`chart-key chart-s${i + 1}`} viewBox="0 0 24 8" aria-hidden="true">
              <line class="chart-line" x1="0" x2="24" y1="4" y2="4" />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
