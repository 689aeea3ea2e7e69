/**
 * One-at-a-time sensitivity of a model's verdict metric, the numbers behind a tornado
 * chart: each input in turn is set to the low and then the high end of its range while
 * the others keep their values, and the metric is recomputed at both ends.
 *
 * Only the two ends are computed. A model that bends inside a range (rises, then falls)
 * can swing further between them, so a bar spans the base result and both ends, and
 * its effect is that span: a bar always contains the base result.
 */

export interface InputRange {
  low: number;
  high: number;
}

export interface SensitivityBar<Name extends string = string> {
  name: Name;
  range: InputRange;
  /** The metric with this input at the low end, and at the high end, of its range. */
  atLow: number;
  atHigh: number;
  /** The smallest and the largest of the base result and the two ends: the bar drawn. */
  from: number;
  to: number;
  /** `to − from`: how far this input's range moves the metric. */
  effect: number;
  /** An end of the range gives another verdict than the base values do. */
  flips: boolean;
}

export interface Sensitivity<Name extends string = string> {
  base: number;
  /** Largest effect first; inputs with the same effect keep their order. */
  bars: SensitivityBar<Name>[];
}

/**
 * The verdicts read a difference in whole units of money, so one that rounds to nothing
 * is a tie: the verdict is the sign of the rounded metric.
 */
export function signInWholeUnits(metric: number): number {
  return Math.sign(Math.round(metric)) || 0;
}

export function sensitivity<Name extends string>(
  model: (values: Readonly<Record<Name, number>>) => number,
  base: Readonly<Record<Name, number>>,
  ranges: readonly { name: NoInfer<Name>; range: InputRange }[],
  verdict: (metric: number) => number = signInWholeUnits,
): Sensitivity<Name> {
  const baseResult = model(base);
  const baseVerdict = verdict(baseResult);
  const bars = ranges.map(({ name, range }): SensitivityBar<Name> => {
    const atLow = model({ ...base, [name]: range.low });
    const atHigh = model({ ...base, [name]: range.high });
    const from = Math.min(baseResult, atLow, atHigh);
    const to = Math.max(baseResult, atLow, atHigh);
    return { name, range, atLow, atHigh, from, to, effect: to - from, flips: verdict(atLow) !== baseVerdict || verdict(atHigh) !== baseVerdict };
  });
  return { base: baseResult, bars: bars.sort((a, b) => b.effect - a.effect) };
}
