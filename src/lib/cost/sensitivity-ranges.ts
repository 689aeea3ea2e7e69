/**
 * The range each input of a tool is varied over in its sensitivity chart. A quarter of
 * the value either way, kept inside the field's limits and whole where the field is.
 * Where a quarter of the value means little, a field moves by at least a minimum swing
 * of its kind (a percentage point, a month, a year, half a day); a few rates move by a
 * set number of points, since their example is often 0; and a sum of 0 is varied from 0
 * up to a quarter of its example, the only scale the tool has for it, or, where the
 * example is 0 too, up to the scale another input gives it.
 */
import type { ToolId } from '../../data/catalog';
import type { InputRange } from '../sensitivity';
import type { FieldKind, FieldSpec } from './fields';

/** Share of the value an input is moved either way. */
export const relativeSwing = 0.25;

/** The least an input moves either way, in its own unit. */
const minimumSwing: Record<FieldKind, number> = { money: 0, percent: 1, months: 1, years: 0.5, daysPerWeek: 0.5 };

/** Rates varied by a set number of percentage points either way. */
const pointSwing: { [T in ToolId]?: Readonly<Record<string, number>> } = {
  'cost-comparison': { salaryGrowthPct: 2, discountPct: 5, dilutionPct: 5 },
};

/**
 * The scale of a sum whose example is 0. The cost comparison's vacancy cost is 0 in the
 * example, yet it is what decides the verdict once it passes the flip point the headline
 * names: it is varied up to a month of the full-time CTO's salary, the price the reader
 * already puts on a month of that seat.
 */
const zeroExampleScale: { [T in ToolId]?: Readonly<Record<string, (values: Readonly<Record<string, number>>) => number>> } = {
  'cost-comparison': { vacancyMonthlyCost: (values) => (values['ftSalary'] ?? 0) / 12 },
};

export function inputRange(tool: ToolId, spec: FieldSpec, value: number, example: number, values: Readonly<Record<string, number>> = {}): InputRange {
  if (spec.kind === 'money' && value === 0) {
    const scale = example > 0 ? relativeSwing * example : (zeroExampleScale[tool]?.[spec.name]?.(values) ?? 0);
    return { low: 0, high: clamp(spec, scale) };
  }
  let swing = pointSwing[tool]?.[spec.name] ?? Math.max(relativeSwing * value, minimumSwing[spec.kind]);
  if (spec.whole) swing = Math.max(1, Math.round(swing));
  return { low: clamp(spec, value - swing), high: clamp(spec, value + swing) };
}

function clamp({ min, max }: FieldSpec, value: number): number {
  return Math.min(max, Math.max(min, value));
}
