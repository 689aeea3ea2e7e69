/**
 * Cumulative series as lines over months, with a labelled marker, a month cursor the
 * reader moves with the pointer or the arrow keys, and a text alternative.
 *
 * The drawing has no viewBox: x positions are shares of its width and y positions
 * pixels of its fixed height, so its text keeps its CSS size at every width. The
 * lines alone sit in a nested, stretched viewBox with strokes that do not scale.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { linePath, nearestIndex, niceTicks, xScale, yScale, type Frame } from '../../lib/chart';

export interface Series {
  label: string;
  values: readonly number[];
  /** Colour and dash of the n-th series (1-based); its position by default. */
  tone?: number;
  /** A kept scenario's line, drawn thinner behind the current ones and left out of the marker's position. */
  kept?: boolean;
}

const seriesClass = (s: Series, i: number) => `chart-s${s.tone ?? i + 1}${s.kept ? ' chart-kept' : ''}`;

interface Props {
  title: string;
  description: string;
  series: Series[];
  formatValue(value: number): string;
  /** Label of the x axis tick for a 0-based index, or undefined for no tick. */
  tickLabel(index: number): string | undefined;
  /** A point of the x axis worth naming on the chart, such as the break-even month. */
  marker: { index: number; label: string } | undefined;
  /** Every series' value at an index, in words: what the cursor reads out. */
  readout(index: number): string;
  /** Accessible name of the cursor. */
  cursorLabel: string;
  hint: string;
}

const height = 260;
const frame: Frame = { width: 100, height, left: 0, right: 0, top: 30, bottom: 34 };
const keySteps: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -12, PageUp: 12 };

export default function LineChart({ title, description, series, formatValue, tickLabel, marker, readout, cursorLabel, hint }: Props) {
  const id = useId();
  const [live, setLive] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  useEffect(() => setLive(true), []);

  const count = Math.max(...series.map((s) => s.values.length), 1);
  const ticks = niceTicks(Math.max(...series.flatMap((s) => s.values), 0));
  const y = yScale(frame, ticks.at(-1) ?? 1);
  const x = xScale(frame, count);
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
  const current = clamp(cursor ?? marker?.index ?? count - 1);
  const valuesAt = (index: number) => series.map((s) => s.values[index] ?? 0);
  const anchor = (share: number) => (share < 8 ? 'start' : share > 92 ? 'end' : 'middle');

  const onKeyDown = (event: KeyboardEvent) => {
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : event.key in keySteps ? current + (keySteps[event.key] ?? 0) : null;
    if (next === null) return;
    event.preventDefault();
    setCursor(clamp(next));
  };
  const onPointer = (event: PointerEvent) => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    setCursor(nearestIndex((event.clientX - box.left) / box.width, count));
  };

  return (
    <figure class="chart">
      <figcaption class="chart-legend">
        {series.map((s, i) => (
          <span>
            <svg class={`chart-key ${seriesClass(s, i)}`} viewBox="0 0 24 8" aria-hidden="true">
              <line class="chart-line" x1="0" x2="24" y1="4" y2="4" />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
      <div class="chart-area">
        <svg class="chart-drawing" width="100%" height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          {ticks.map((tick) => (
            <line class="chart-grid" x1="0" x2="100%" y1={y(tick)} y2={y(tick)} />
          ))}
          {Array.from({ length: count }, (_, i) => tickLabel(i)).map(
            (label, i) =>
              label !== undefined && (
                <text class="chart-axis" x={`${x(i)}%`} y={height - 10} text-anchor={anchor(x(i))}>
                  {label}
                </text>
              ),
          )}
          <svg x="0" y="0" width="100%" height={height} viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" class="chart-plot">
            {series.map((s, i) => (
              <path class={`chart-line ${seriesClass(s, i)}`} d={linePath(s.values, x, y)} />
            ))}
          </svg>
          {/* Value labels come after the lines, so their halo keeps them legible where a line passes. */}
          {ticks.map((tick) => (
            <text class="chart-value chart-halo" x="0" y={y(tick) - 6}>
              {formatValue(tick)}
            </text>
          ))}
          {marker && (
            <g class="chart-marker">
              <line x1={`${x(marker.index)}%`} x2={`${x(marker.index)}%`} y1={frame.top} y2={height - frame.bottom} />
              <circle cx={`${x(marker.index)}%`} cy={y(average(series.filter((s) => !s.kept).map((s) => s.values[marker.index] ?? 0)))} r="5" />
              <text
                class="chart-halo"
                x={`${x(marker.index)}%`}
                dx={x(marker.index) > 50 ? -8 : 8}
                y={frame.top + 16}
                text-anchor={x(marker.index) > 50 ? 'end' : 'start'}
              >
                {marker.label}
              </text>
            </g>
          )}
          {cursor !== null && (
            <g class="chart-cursor">
              <line x1={`${x(current)}%`} x2={`${x(current)}%`} y1={frame.top} y2={height - frame.bottom} />
              {valuesAt(current).map((value, i) => (
                <circle class={seriesClass(series[i] as Series, i)} cx={`${x(current)}%`} cy={y(value)} r="5" />
              ))}
            </g>
          )}
        </svg>
        {live && (
          <div
            class="chart-scrub"
            role="slider"
            tabIndex={0}
            aria-label={cursorLabel}
            aria-valuemin={1}
            aria-valuemax={count}
            aria-valuenow={current + 1}
            aria-valuetext={readout(current)}
            onKeyDown={onKeyDown}
            onPointerDown={onPointer}
            onPointerMove={onPointer}
          />
        )}
      </div>
      <p class="chart-readout" aria-hidden={live ? 'true' : undefined}>
        {readout(current)}
      </p>
      {live && <p class="chart-hint">{hint}</p>}
    </figure>
  );
}

function average(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);
}
