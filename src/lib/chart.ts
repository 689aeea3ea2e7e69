/** Geometry for the tools' SVG charts: scales, ticks and paths, as plain numbers and strings. */

/** Steps a reader takes in at a glance: 1, 2, 2.5 and 5 times a power of ten. */
const niceFactors = [1, 2, 2.5, 5];

/**
 * Round, evenly spaced tick values from 0 to the smallest "nice" maximum at or above
 * `max` that 3 to 6 equal steps of 1, 2, 2.5 or 5 × 10ⁿ reach: 1,383,333 → 0 … 1.5M,
 * 1,010,000 → 0 … 1.2M. Of two steps reaching the same maximum, the larger (fewer
 * ticks) wins. Values count to 12 significant digits, so binary noise never adds a step.
 */
export function niceTicks(max: number, minSteps = 3, maxSteps = 6): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  let best: { top: number; step: number } | undefined;
  const magnitude = 10 ** Math.floor(Math.log10(max / maxSteps));
  // Candidate steps from max/maxSteps up past max/minSteps: two decades always cover the range.
  for (const scale of [magnitude, magnitude * 10, magnitude * 100]) {
    for (const factor of niceFactors) {
      const step = factor * scale;
      const steps = Math.ceil(exact(max / step));
      if (steps < minSteps || steps > maxSteps) continue;
      const top = exact(steps * step);
      // Steps rise through the loops, so on an equal top the later, larger step wins.
      if (!best || top <= best.top) best = { top, step };
    }
  }
  if (!best) return [0, max];
  return Array.from({ length: Math.round(best.top / best.step) + 1 }, (_, i) => exact(i * best.step));
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

/** The index in [0, count − 1] nearest to a position given as a share (0–1) of the x span. */
export function nearestIndex(share: number, count: number): number {
  // Stryker disable next-line EqualityOperator: a single point is index 0 by the formula below as well
  if (count <= 1 || !Number.isFinite(share)) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(share * (count - 1))));
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

/** Drops binary noise: 3 × 0.1 → 0.3, not 0.30000000000000004. */
function exact(n: number): number {
  return Number(n.toPrecision(12));
}
