/** Geometry for the tools' SVG charts: scales, ticks and paths, as plain numbers and strings. */

/** Round tick values from 0 up to at least `max`: 0, 250k, 500k, … */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

export interface Frame {
  width: number;
  height: number;
  /** Space left for the axis labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

/** Maps a value in [0, max] to a y coordinate inside the frame (0 at the bottom). */
export function yScale(frame: Frame, max: number): (value: number) => number {
  const span = frame.height - frame.top - frame.bottom;
  return (value) => round(frame.height - frame.bottom - (max > 0 ? (value / max) * span : 0));
}

/** Maps an index in [0, count − 1] to an x coordinate inside the frame. */
export function xScale(frame: Frame, count: number): (index: number) => number {
  const span = frame.width - frame.left - frame.right;
  return (index) => round(frame.left + (count > 1 ? (index / (count - 1)) * span : span / 2));
}

/** An SVG path through the points of a series. */
export function linePath(values: readonly number[], x: (i: number) => number, y: (v: number) => number): string {
  return values.map((value, i) => `${i === 0 ? 'M' : 'L'}${x(i)} ${y(value)}`).join(' ');
}

/** Offset and size of each segment of a stacked bar, given a value-to-length scale. */
export function stackSegments(values: readonly number[], length: (v: number) => number): { offset: number; size: number }[] {
  let base = 0;
  return values.map((value) => {
    const segment = { offset: round(length(base)), size: round(length(base + value) - length(base)) };
    base += value;
    return segment;
  });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
