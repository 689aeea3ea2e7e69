/** Sensitivity (tornado) numbers: the generic one-at-a-time analysis, each tool's ranges and verdict metric. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolIds } from '../../src/data/catalog';
import { toolDefaults } from '../../src/data/tool-defaults';
import { badHireCost } from '../../src/lib/cost/bad-hire-cost';
import { compareCosts, costComparisonInput } from '../../src/lib/cost/cost-comparison';
import { ctoCareer, type CtoCareerInput } from '../../src/lib/cost/cto-career';
import { toolFields, toolValues, type FieldSpec } from '../../src/lib/cost/fields';
import { inputRange } from '../../src/lib/cost/sensitivity-ranges';
import { badHireDifference, careerDifference, costDifference } from '../../src/lib/cost/verdict-metric';
import { sensitivity, signInWholeUnits } from '../../src/lib/sensitivity';

type Abc = 'a' | 'b' | 'c';
/** 2a − b; c is ignored. */
const linear = ({ a, b }: Record<Abc, number>) => 2 * a - b;
const base = { a: 10, b: 4, c: 7 };

describe('sensitivity', () => {
  it('recomputes the metric at both ends of each range and sorts by effect', () => {
    const result = sensitivity(linear, base, [
      { name: 'c', range: { low: 0, high: 100 } },
      { name: 'b', range: { low: 0, high: 8 } },
      { name: 'a', range: { low: 5, high: 15 } },
    ]);
    // Base 2·10 − 4 = 16; a at 5 and 15: 6 and 26; b at 0 and 8: 20 and 12; c changes nothing.
    expect(result.base).toBe(16);
    expect(result.bars).toEqual([
      { name: 'a', range: { low: 5, high: 15 }, atLow: 6, atHigh: 26, from: 6, to: 26, effect: 20, flips: false },
      { name: 'b', range: { low: 0, high: 8 }, atLow: 20, atHigh: 12, from: 12, to: 20, effect: 8, flips: false },
      { name: 'c', range: { low: 0, high: 100 }, atLow: 16, atHigh: 16, from: 16, to: 16, effect: 0, flips: false },
    ]);
  });

  it('marks an input whose range changes the sign of the metric, and only that one', () => {
    // b at 30: 20 − 30 = −10, the other verdict.
    const { bars } = sensitivity(linear, base, [
      { name: 'a', range: { low: 9, high: 11 } },
      { name: 'b', range: { low: 0, high: 30 } },
    ]);
    expect(bars.map((bar) => [bar.name, bar.atHigh, bar.flips])).toEqual([
      ['b', -10, true],
      ['a', 18, false],
    ]);
  });

  it('counts a result that rounds to nothing as a tie, not a win', () => {
    expect(signInWholeUnits(0.4)).toBe(0);
    expect(signInWholeUnits(-0.4)).toBe(0);
    expect(signInWholeUnits(-0.6)).toBe(-1);
    // 2a − b with b from 4 to 20.4: 20 − 20.4 = −0.4 rounds to a tie, another verdict than the base's win.
    const { bars } = sensitivity(linear, base, [{ name: 'b', range: { low: 4, high: 20.4 } }]);
    expect(bars[0]?.flips).toBe(true);
  });

  it('spans the base result when the model bends inside the range', () => {
    // x² from −1 to 1 at base 0: both ends give 1, the bar runs from 0 to 1.
    const { bars } = sensitivity(({ x }: Record<'x', number>) => x * x, { x: 0 }, [{ name: 'x', range: { low: -1, high: 1 } }]);
    expect(bars[0]).toMatchObject({ atLow: 1, atHigh: 1, from: 0, to: 1, effect: 1 });
  });

  const coefficients = fc.record({ a: fc.double({ min: -1e6, max: 1e6, noNaN: true }), b: fc.double({ min: -1e6, max: 1e6, noNaN: true }) });
  const bend = fc.double({ min: -1e3, max: 1e3, noNaN: true });
  const value = fc.double({ min: -1e4, max: 1e4, noNaN: true });
  const range = fc.tuple(value, value).map(([x, y]) => ({ low: Math.min(x, y), high: Math.max(x, y) }));

  it('holds for any model: bars contain the base result, come sorted, and an ignored input has no effect', () => {
    fc.assert(
      fc.property(coefficients, bend, fc.record({ a: value, b: value, c: value }), fc.record({ a: range, b: range, c: range }), (k, q, values, ranges) => {
        // A model that bends (q·a²) and ignores c.
        const model = ({ a, b }: Record<Abc, number>) => k.a * a + q * a * a + k.b * b;
        const result = sensitivity(model, values, (['a', 'b', 'c'] as const).map((name) => ({ name, range: ranges[name] })));
        for (const bar of result.bars) {
          expect(bar.from).toBeLessThanOrEqual(result.base);
          expect(result.base).toBeLessThanOrEqual(bar.to);
          expect(bar.from).toBeLessThanOrEqual(Math.min(bar.atLow, bar.atHigh));
          expect(bar.to).toBeGreaterThanOrEqual(Math.max(bar.atLow, bar.atHigh));
        }
        for (let i = 1; i < result.bars.length; i++) expect(result.bars[i - 1]!.effect).toBeGreaterThanOrEqual(result.bars[i]!.effect);
        expect(result.bars.find((bar) => bar.name === 'c')).toMatchObject({ effect: 0, flips: false });
      }),
    );
  });
});

describe('sensitivity ranges', () => {
  const spec = (tool: (typeof toolIds)[number], name: string) => toolFields[tool].find((f) => f.name === name) as FieldSpec;
  const cc = (name: string, value: number, example = 0) => inputRange('cost-comparison', spec('cost-comparison', name), value, example);

  it('moves a sum a quarter either way', () => {
    expect(cc('ftSalary', 200_000)).toEqual({ low: 150_000, high: 250_000 });
  });

  it('keeps whole fields whole, moving them by at least one', () => {
    // 4 months: a quarter is 1; 18 months: 4.5 rounds to 5; 5 years: 1.25 rounds to 1; 1 month: at least 1, not below 0.
    expect(cc('ftMonthsToHire', 4)).toEqual({ low: 3, high: 5 });
    expect(cc('svcMonths', 18)).toEqual({ low: 13, high: 23 });
    expect(cc('horizonYears', 5)).toEqual({ low: 4, high: 6 });
    expect(cc('svcMonthsToStart', 1)).toEqual({ low: 0, high: 2 });
  });

  it('moves a percentage by at least a point and rates by their set points, within the field', () => {
    expect(cc('ftOverheadPct', 25)).toEqual({ low: 18.75, high: 31.25 });
    expect(cc('svcBonusEquityPct', 0.5)).toEqual({ low: 0, high: 1.5 });
    expect(cc('discountPct', 0)).toEqual({ low: 0, high: 5 });
    expect(cc('salaryGrowthPct', 3)).toEqual({ low: 1, high: 5 });
    expect(inputRange('bad-hire-cost', spec('bad-hire-cost', 'rebuildPct'), 100, 60)).toEqual({ low: 75, high: 100 });
  });

  it('varies a sum of 0 up to a quarter of its example', () => {
    expect(cc('vacancyMonthlyCost', 0, 30_000)).toEqual({ low: 0, high: 7_500 });
    expect(cc('svcBonusCash', 0, 0)).toEqual({ low: 0, high: 0 });
  });

  it('varies a vacancy cost of 0 whose example is 0 too up to a month of the full-time salary, so the bar shows the flip the headline names', () => {
    const values = toolDefaults['cost-comparison'].USD;
    expect(values.vacancyMonthlyCost).toBe(0);
    // 200,000 a year: 16,666.67 a month.
    expect(inputRange('cost-comparison', spec('cost-comparison', 'vacancyMonthlyCost'), 0, 0, values)).toEqual({ low: 0, high: 200_000 / 12 });
    // With the in-house lead as successor the example flips at about 4,849 a month, inside that range.
    const flip = compareCosts(costComparisonInput(values, { svcMode: 'seat', successor: 'lead' })).cash.vacancyFlip;
    expect(flip?.cost).toBeGreaterThan(0);
    expect(flip?.cost).toBeLessThan(200_000 / 12);
  });

  it('moves half a day a week, and half a year where years need not be whole', () => {
    expect(cc('svcDaysPerWeek', 2)).toEqual({ low: 1.5, high: 2.5 });
    expect(inputRange('cto-career', spec('cto-career', 'yearsPerCompany'), 1, 4)).toEqual({ low: 0.5, high: 1.5 });
  });

  it('varies the search for the next CTO, the years to exit and the example discount rate around their examples', () => {
    // 4 months ± a quarter (1 month, whole); 7 years ± 1.75 (years need not be whole); 8 % ± a quarter = 2 points.
    expect(inputRange('bad-hire-cost', spec('bad-hire-cost', 'monthsToReplace'), 4, 4)).toEqual({ low: 3, high: 5 });
    expect(inputRange('cto-career', spec('cto-career', 'yearsToExit'), 7, 7)).toEqual({ low: 5.25, high: 8.75 });
    expect(inputRange('cto-career', spec('cto-career', 'discountPct'), 8, 8)).toEqual({ low: 6, high: 10 });
    // At 0 the search still moves by a month: the field's least swing.
    expect(inputRange('bad-hire-cost', spec('bad-hire-cost', 'monthsToReplace'), 0, 4)).toEqual({ low: 0, high: 1 });
  });

  it('holds for any valid value of every field: the range holds the value, stays inside the field and is whole where the field is', () => {
    for (const tool of toolIds) {
      for (const field of toolFields[tool] as readonly FieldSpec[]) {
        const valid = field.whole ? fc.integer({ min: field.min, max: Math.min(field.max, 1e6) }) : fc.double({ min: field.min, max: Math.min(field.max, 1e12), noNaN: true });
        fc.assert(
          fc.property(valid, valid, (value, example) => {
            const { low, high } = inputRange(tool, field, value, example);
            expect(field.min).toBeLessThanOrEqual(low);
            expect(high).toBeLessThanOrEqual(field.max);
            expect(low).toBeLessThanOrEqual(value);
            expect(value).toBeLessThanOrEqual(high);
            if (field.whole) expect([low, high].every(Number.isInteger)).toBe(true);
          }),
          { numRuns: 50 },
        );
      }
    }
  });
});

describe('verdict metrics', () => {
  it('is the full-time total minus the service total, in the chosen view', () => {
    const result = compareCosts(costComparisonInput(toolDefaults['cost-comparison'].USD, {}));
    expect(costDifference(result, 'cash')).toBe(result.cash.fullTimeTotal - result.cash.serviceTotal);
    expect(costDifference(result, 'economic')).toBe(result.economic.fullTimeTotal - result.economic.serviceTotal);
  });

  it('is the wrong CTO’s total minus the other executive’s, and the service path’s expected value minus the full-time one’s', () => {
    expect(badHireDifference({ total: 500, otherExecTotal: 800 })).toBe(-300);
    const career = ctoCareer(toolDefaults['cto-career'].USD as CtoCareerInput);
    expect(careerDifference(career)).toBe(career.service.expectedValue - career.fullTime.expectedValue);
  });

  const tornado = <T extends 'cost-comparison' | 'bad-hire-cost'>(tool: T, values: Record<string, number>, model: (values: Record<string, number>) => number) =>
    sensitivity(
      model,
      values,
      (toolFields[tool] as readonly FieldSpec[]).map((field) => ({ name: field.name, range: inputRange(tool, field, values[field.name]!, values[field.name]!, values) })),
    );

  it('marks the vacancy cost as flipping the example’s lead verdict, as the headline says', () => {
    const values = toolDefaults['cost-comparison'].USD;
    const { bars } = tornado('cost-comparison', values, (v) => costDifference(compareCosts(costComparisonInput(v, { successor: 'lead' })), 'cash'));
    const vacancy = bars.find((bar) => bar.name === 'vacancyMonthlyCost');
    expect(vacancy?.effect).toBeGreaterThan(0);
    expect(vacancy?.flips).toBe(true);
  });

  it('finds no effect for the part-time inputs of a full-seat service CTO', () => {
    const values = toolDefaults['cost-comparison'].USD;
    const { bars } = tornado('cost-comparison', values, (v) => costDifference(compareCosts(costComparisonInput(v, {})), 'cash'));
    expect(bars.filter((bar) => bar.effect === 0).map((bar) => bar.name)).toEqual(expect.arrayContaining(['svcDaysPerWeek', 'svcDayRate']));
  });

  it('marks the bad-hire inputs whose range flips which hire costs more', () => {
    // A wrong CTO noticed after 6 months: 6 × 200k / 12 = 100k salary, 60 % of 6 months = 3.6 months
    // rebuilt × 60k team = 216k, 10k gross profit × (4 to find the next CTO + 3.6 rebuilt) months late
    // = 76k, and 30k to replace them: 422k. The other executive, also 6 months: 90k salary, 6 × 36k
    // wasted = 216k, 9k × (6 + 6) months of lost profit = 108k, 30k: 444k.
    const values = { ...toolDefaults['bad-hire-cost'].USD, monthsToNotice: 6, otherMonthsToNotice: 6, otherLostProfitPerMonth: 9_000 };
    const model = (v: Record<string, number>) => badHireDifference(badHireCost(toolValues('bad-hire-cost', v)));
    expect(model(values)).toBeCloseTo(-22_000, 6);
    const { bars } = tornado('bad-hire-cost', values, model);
    // The other executive's months, 4 to 8: each costs 15k salary + 36k wasted + 9k of profit = 60k, so 324k against 564k.
    expect(bars[0]).toMatchObject({ name: 'otherMonthsToNotice', flips: true });
    expect(bars[0]!.effect).toBeCloseTo(240_000, 1);
    // The CTO's months, 4 to 8: 66,667 + 2.4 × 60k + (4 + 2.4) × 10k + 30k = 304,667 against
    // 133,333 + 4.8 × 60k + (4 + 4.8) × 10k + 30k = 539,333.
    expect(bars[1]).toMatchObject({ name: 'monthsToNotice', flips: true });
    expect(bars[1]!.effect).toBeCloseTo(539_333.33 - 304_666.67, 1);
    const flips = bars.filter((bar) => bar.flips).map((bar) => bar.name);
    // Lost profit at 6,750 a month: 81k over 12 months, 417k in all, less than the CTO's 422k.
    expect(flips).toContain('otherLostProfitPerMonth');
    // Finding the next CTO in 3 or 5 months moves the CTO's side by 10k either way: −12k at most, no flip.
    expect(bars.find((bar) => bar.name === 'monthsToReplace')).toMatchObject({ flips: false });
    // Gross profit per month late at 7,500 or 12,500: 7.6 months × 2,500 = 19k either way, −3k at most, no flip.
    expect(flips).not.toContain('lateProfitPerMonth');
    // Replacing the CTO for 22,500 or 37,500 moves the result by 7,500 either way: −14,500 at most, no flip.
    expect(flips).not.toContain('replacementCost');
  });
});
