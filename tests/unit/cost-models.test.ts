/** The cost models: worked examples checked by hand, and properties over any valid input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolDefaults } from '../../src/data/tool-defaults';
import { badHireCost, badHireParts, type BadHireInput } from '../../src/lib/cost/bad-hire-cost';
import { compareCosts, lastCrossing, vestedShare, type CostComparisonInput } from '../../src/lib/cost/cost-comparison';
import { ctoCareer, type CtoCareerInput } from '../../src/lib/cost/cto-career';
import { toolFields, type FieldSpec } from '../../src/lib/cost/fields';

/** Any value a field accepts: whole where it must be, within its range. */
function fieldValue(spec: FieldSpec): fc.Arbitrary<number> {
  if (spec.whole) return fc.integer({ min: spec.min, max: spec.max });
  return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
}

function inputOf<T>(fields: readonly FieldSpec[]): fc.Arbitrary<T> {
  return fc.record(Object.fromEntries(fields.map((spec) => [spec.name, fieldValue(spec)]))) as unknown as fc.Arbitrary<T>;
}

const finiteNonNegative = (n: number) => Number.isFinite(n) && n >= 0;

describe('cost comparison', () => {
  it('matches the US dollar example worked by hand', () => {
    const result = compareCosts(toolDefaults['cost-comparison'].USD);
    // Full time: 30,000 recruiting, then (200,000 × 1.25 + 40,000) / 12 = 24,166.67 a month for months 5–60.
    expect(result.fullTimeTotal).toBeCloseTo(30_000 + 56 * (290_000 / 12), 6);
    // Service: 18 × 20,000 + 30,000 bonus, lead at 150,000 × 1.25 / 12 = 15,625 a month for months 17–60.
    expect(result.serviceTotal).toBeCloseTo(360_000 + 30_000 + 44 * 15_625, 6);
    expect(result.difference).toBeCloseTo(1_383_333.33 - 1_077_500, 1);
    // Month 24: 513,333 against 515,000; month 25: 537,500 against 530,625.
    expect(result.breakEvenMonth).toBe(25);
    expect(result.fullTimeEquity).toEqual({ grantedPct: 2, vestedPct: 2, vestedValue: 400_000 });
    expect(result.serviceEquity).toEqual({ grantedPct: 0.5, vestedPct: 0.5, vestedValue: 100_000 });
  });

  it('adds nothing before the hire and vests nothing before the cliff', () => {
    const result = compareCosts({
      ...toolDefaults['cost-comparison'].USD,
      horizonYears: 1,
      ftMonthsToHire: 3,
      ftRecruiting: 12_000,
      ftSalary: 120_000,
      ftBonus: 0,
      ftOverheadPct: 0,
    });
    expect(result.fullTime.slice(0, 4)).toEqual([12_000, 12_000, 12_000, 22_000]);
    expect(result.fullTimeEquity.vestedPct).toBe(0);
    expect(vestedShare(11, 4)).toBe(0);
    expect(vestedShare(12, 4)).toBe(0.25);
    expect(vestedShare(60, 4)).toBe(1);
  });

  it('finds the last crossing of two lines, ignoring months where they touch', () => {
    expect(lastCrossing([1, 2, 3], [0, 1, 2])).toBeNull();
    expect(lastCrossing([1, 2, 3], [2, 2, 2])).toBe(3);
    expect(lastCrossing([2, 1, 3, 5], [1, 2, 2, 6])).toBe(4);
  });

  const inputs = inputOf<CostComparisonInput>(toolFields['cost-comparison']);

  it('gives finite, non-negative, non-decreasing series for any valid input', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = compareCosts(input);
        expect(r.fullTime).toHaveLength(input.horizonYears * 12);
        for (const series of [r.fullTime, r.service]) {
          expect(series.every(finiteNonNegative)).toBe(true);
          expect(series.every((v, i) => i === 0 || v >= series[i - 1]!)).toBe(true);
        }
        const equity = [r.fullTimeEquity, r.serviceEquity].flatMap((e) => [e.grantedPct, e.vestedPct, e.vestedValue]);
        expect(equity.every(finiteNonNegative)).toBe(true);
        expect(Number.isFinite(r.difference)).toBe(true);
      }),
    );
  });

  it('never lowers a path’s cost when a salary, fee or bonus rises', () => {
    const costs = ['ftSalary', 'ftBonus', 'ftRecruiting', 'svcMonthlyFee', 'svcBonusCash', 'leadSalary'] as const;
    fc.assert(
      fc.property(inputs, fc.constantFrom(...costs), fc.double({ min: 0, max: 1e9, noNaN: true }), (input, field, extra) => {
        const before = compareCosts(input);
        const after = compareCosts({ ...input, [field]: input[field] + extra });
        expect(after.fullTimeTotal).toBeGreaterThanOrEqual(before.fullTimeTotal);
        expect(after.serviceTotal).toBeGreaterThanOrEqual(before.serviceTotal);
      }),
    );
  });

  it('reports a break-even month consistent with the series', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = compareCosts(input);
        const signs = r.fullTime.map((ft, i) => Math.sign(ft - r.service[i]!));
        const nonZero = (from: number, to: number) => signs.slice(from, to).filter((s) => s !== 0);
        if (r.breakEvenMonth === null) {
          expect(new Set(nonZero(0, signs.length)).size).toBeLessThanOrEqual(1);
        } else {
          const at = r.breakEvenMonth - 1;
          const before = nonZero(0, at);
          expect(signs[at]).not.toBe(0);
          expect(before.at(-1)).toBe(-signs[at]!);
          expect(nonZero(at, signs.length).every((s) => s === signs[at])).toBe(true);
          // From the crossing on, the path cheaper at the horizon is the cheaper one.
          expect(Math.sign(r.difference)).toBe(signs[at]);
        }
      }),
    );
  });
});

describe('bad hire cost', () => {
  it('matches the US dollar example worked by hand', () => {
    const result = badHireCost(toolDefaults['bad-hire-cost'].USD);
    expect(result.parts).toEqual({
      salary: 200_000, // 200,000 / 12 × 12 months
      wastedWork: 432_000, // 60,000 × 12 × 60 %
      rebuild: 480_000, // 60,000 × 8 months
      delay: 800_000, // 100,000 × 8 months
      replacement: 50_000,
    });
    expect(result.total).toBe(1_962_000);
    expect(result.otherExecTotal).toBe(230_000); // 180,000 + 50,000
    expect(result.times).toBeCloseTo(8.5304, 4);
  });

  it('cannot compare with an executive who cost nothing', () => {
    const result = badHireCost({ ...toolDefaults['bad-hire-cost'].USD, otherExecSalary: 0, otherExecRehireCost: 0 });
    expect(result.times).toBeNull();
  });

  const inputs = inputOf<BadHireInput>(toolFields['bad-hire-cost']);

  it('gives finite, non-negative parts that add up to the total', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = badHireCost(input);
        const values = [...badHireParts.map((p) => r.parts[p]), r.total, r.otherExecTotal, r.times ?? 0];
        expect(values.every(finiteNonNegative)).toBe(true);
        expect(r.total).toBeCloseTo(badHireParts.reduce((s, p) => s + r.parts[p], 0), 0);
      }),
    );
  });

  it('never lowers the total when any input rises', () => {
    const rising = ['monthsToNotice', 'ctoSalary', 'teamCostPerMonth', 'rebuildPct', 'rebuildMonths', 'burnPerMonth', 'replacementCost'] as const;
    fc.assert(
      fc.property(inputs, fc.constantFrom(...rising), fc.double({ min: 0, max: 1e6, noNaN: true }), (input, field, extra) => {
        expect(badHireCost({ ...input, [field]: input[field] + extra }).total).toBeGreaterThanOrEqual(badHireCost(input).total);
      }),
    );
  });
});

describe('CTO career', () => {
  it('matches the US dollar example worked by hand', () => {
    const { fullTime, service } = ctoCareer(toolDefaults['cto-career'].USD);
    expect(fullTime.companies).toBe(4); // 20 years / 5
    expect(fullTime.chanceOfSuccess).toBeCloseTo(1 - 0.99 ** 4, 10); // 3.94 %
    expect(fullTime.expectedEquity).toBeCloseTo(800_000, 6); // 4 × 1 % × 2 % × 1e9
    expect(fullTime.cash).toBe(4_400_000);
    expect(service.companies).toBe(13); // 240 months / 18
    expect(service.chanceOfSuccess).toBeCloseTo(0.12248, 5);
    expect(service.expectedEquity).toBeCloseTo(650_000, 6); // 13 × 1 % × 0.5 % × 1e9
    expect(service.cash).toBe(5_000_000);
  });

  const inputs = inputOf<CtoCareerInput>(toolFields['cto-career']);

  it('gives finite, non-negative results and a probability between 0 and 1', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        for (const path of Object.values(ctoCareer(input))) {
          expect([path.companies, path.expectedEquity, path.cash].every(finiteNonNegative)).toBe(true);
          expect(path.chanceOfSuccess).toBeGreaterThanOrEqual(0);
          expect(path.chanceOfSuccess).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never lowers the chance of a success when the odds per company rise or terms shorten', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 60 }), (input, extra, shorter) => {
        const before = ctoCareer(input);
        const likelier = ctoCareer({ ...input, successChancePct: Math.min(100, input.successChancePct + extra) });
        const quicker = ctoCareer({ ...input, monthsPerEngagement: Math.max(1, input.monthsPerEngagement - shorter) });
        expect(likelier.fullTime.chanceOfSuccess).toBeGreaterThanOrEqual(before.fullTime.chanceOfSuccess);
        expect(likelier.service.chanceOfSuccess).toBeGreaterThanOrEqual(before.service.chanceOfSuccess);
        expect(quicker.service.companies).toBeGreaterThanOrEqual(before.service.companies);
      }),
    );
  });
});
