/** The tools' input fields: the unit and limits each states, and what a typed text becomes once checked against them. */
import { describe, expect, it } from 'vitest';
import type { ToolId } from '../../src/data/catalog';
import { toolDefaults } from '../../src/data/tool-defaults';
import { checkText, checkValue, toolFields, toolValues, type FieldSpec } from '../../src/lib/cost/fields';

const field = (tool: ToolId, name: string): FieldSpec => {
  const spec = toolFields[tool].find((f) => f.name === name);
  if (!spec) throw new Error(`${tool} has no field ${name}`);
  return spec;
};
const byName = new Map([...toolFields['cost-comparison'], ...toolFields['cto-career']].map((spec) => [spec.name, spec]));
const salary = field('cost-comparison', 'ftSalary');
const equity = field('cost-comparison', 'ftEquityPct');
const overhead = field('cost-comparison', 'ftOverheadPct');
const monthsToHire = field('cost-comparison', 'ftMonthsToHire');
const horizon = field('cost-comparison', 'horizonYears');
const daysPerWeek = field('cost-comparison', 'svcDaysPerWeek');
const yearsPerCompany = field('cto-career', 'yearsPerCompany');

describe('field specs', () => {
  it('state the unit and the range the form names in its messages', () => {
    expect(salary).toEqual({ name: 'ftSalary', kind: 'money', min: 0, max: 1e15 });
    expect(equity).toEqual({ name: 'ftEquityPct', kind: 'percent', min: 0, max: 100 });
    expect(overhead).toEqual({ name: 'ftOverheadPct', kind: 'percent', min: 0, max: 300 });
    expect(monthsToHire).toEqual({ name: 'ftMonthsToHire', kind: 'months', min: 0, max: 36, whole: true });
    expect(horizon).toEqual({ name: 'horizonYears', kind: 'years', min: 1, max: 10, whole: true });
    expect(daysPerWeek).toEqual({ name: 'svcDaysPerWeek', kind: 'daysPerWeek', min: 0.5, max: 5 });
    expect(yearsPerCompany).toEqual({ name: 'yearsPerCompany', kind: 'years', min: 0.5, max: 20, whole: false });
    expect(field('bad-hire-cost', 'monthsToNotice')).toEqual({ name: 'monthsToNotice', kind: 'months', min: 0, max: 120, whole: true });
  });

  it('name every field once per tool', () => {
    for (const fields of Object.values(toolFields)) {
      const names = fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.every((name) => /^[a-z][A-Za-z]+$/.test(name))).toBe(true);
    }
  });
});

describe('checkValue', () => {
  it.each([
    // Boundaries are inside the range.
    ['ftSalary', 0],
    ['ftSalary', 1e15],
    ['ftEquityPct', 100],
    ['ftEquityPct', 12.5],
    ['ftOverheadPct', 300],
    ['ftMonthsToHire', 0],
    ['ftMonthsToHire', 36],
    ['horizonYears', 1],
    ['horizonYears', 10],
    ['svcDaysPerWeek', 0.5],
    ['svcDaysPerWeek', 2.5],
    ['svcDaysPerWeek', 5],
    // Years per company may be a fraction; the horizon may not.
    ['yearsPerCompany', 2.5],
  ] as const)('accepts %s = %d', (name, value) => {
    expect(checkValue(byName.get(name)!, value)).toEqual({ ok: true, value });
  });

  it.each([
    ['ftSalary', Number.NaN, 'malformed'],
    ['ftSalary', Number.POSITIVE_INFINITY, 'malformed'],
    ['ftSalary', Number.NEGATIVE_INFINITY, 'malformed'],
    ['ftSalary', -1, 'negative'],
    ['ftSalary', -0.01, 'negative'],
    // Below zero is "negative" even where the minimum is above zero.
    ['horizonYears', -1, 'negative'],
    ['svcDaysPerWeek', -0.5, 'negative'],
    ['horizonYears', 0, 'tooSmall'],
    ['horizonYears', 0.99, 'tooSmall'],
    ['svcDaysPerWeek', 0.4, 'tooSmall'],
    ['yearsPerCompany', 0.25, 'tooSmall'],
    ['ftSalary', 1e15 + 1, 'tooLarge'],
    ['ftEquityPct', 100.5, 'tooLarge'],
    ['ftEquityPct', 400, 'tooLarge'],
    ['ftOverheadPct', 301, 'tooLarge'],
    ['svcDaysPerWeek', 5.5, 'tooLarge'],
    // Out of range is said before "not whole".
    ['horizonYears', 10.5, 'tooLarge'],
    ['horizonYears', 2.5, 'notWhole'],
    ['ftMonthsToHire', 1.5, 'notWhole'],
  ] as const)('refuses %s = %d as %s', (name, value, error) => {
    expect(checkValue(byName.get(name)!, value)).toEqual({ ok: false, error });
  });
});

describe('checkText', () => {
  it('reads the text in the reader’s locale, then checks the number', () => {
    expect(checkText(salary, '120 triệu', 'vi')).toEqual({ ok: true, value: 120_000_000 });
    expect(checkText(salary, '1.500', 'vi')).toEqual({ ok: true, value: 1500 });
    expect(checkText(salary, '12万', 'zh')).toEqual({ ok: true, value: 120_000 });
    expect(checkText(salary, '$150k', 'en')).toEqual({ ok: true, value: 150_000 });
    expect(checkText(equity, '400%', 'en')).toEqual({ ok: false, error: 'tooLarge' });
    expect(checkText(salary, '-5', 'en')).toEqual({ ok: false, error: 'negative' });
    expect(checkText(monthsToHire, '2,5', 'vi')).toEqual({ ok: false, error: 'notWhole' });
  });

  it('passes on why the text is not a number', () => {
    expect(checkText(salary, '', 'en')).toStrictEqual({ ok: false, error: 'empty' });
    expect(checkText(salary, '   ', 'vi')).toStrictEqual({ ok: false, error: 'empty' });
    expect(checkText(salary, 'abc', 'en')).toStrictEqual({ ok: false, error: 'malformed' });
  });

  it('offers both readings of an ambiguous text', () => {
    expect(checkText(salary, '1,500', 'vi')).toStrictEqual({ ok: false, error: 'ambiguous', readings: [1500, 1.5] });
    expect(checkText(salary, '1.500', 'en')).toStrictEqual({ ok: false, error: 'ambiguous', readings: [1500, 1.5] });
  });
});

describe('toolValues', () => {
  it('reads every one of the tool’s inputs from a state, and refuses a state that lacks one', () => {
    const examples = toolDefaults['bad-hire-cost'].USD;
    const read: Record<string, number> = toolValues('bad-hire-cost', { ...examples, unrelated: 7 });
    for (const { name } of toolFields['bad-hire-cost']) expect(read[name], name).toBe(examples[name]);
    const { rebuildPct: _, ...lacking } = examples;
    expect(() => toolValues('bad-hire-cost', lacking)).toThrow('bad-hire-cost lacks rebuildPct');
  });
});
