/**
 * The range each input of a tool is varied over in its sensitivity chart. A quarter of
 * the value either way, kept inside the field's limits and whole where the field is.
 * Where a quarter of the value means little, a field moves by at least a minimum swing
 * of its kind (a percentage point, a month, a year, half a day); a few rates move by a
 * set number of points, since their example is often 0; and a sum of 0 is varied from 0
 * up to a quarter of its example, the only scale the tool has for it.
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

export function inputRange(tool: ToolId, spec: FieldSpec, value: number, example: number): InputRange {
  if (spec.kind === 'money' && value === 0) return { low: 0, high: clamp(spec, relativeSwing * example) };
  let swing = pointSwing[tool]?.[spec.name] ?? Math.max(relativeSwing * value, minimumSwing[spec.kind]);
  if (spec.whole) swing = Math.max(1, Math.round(swing));
  return { low: clamp(spec, value - swing), high: clamp(spec, value + swing) };
}

function clamp({ min, max }: FieldSpec, value: number): number {
  return Math.min(max, Math.max(min, value));
}
