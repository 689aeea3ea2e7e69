/** The cost models: worked examples checked by hand, and properties over any valid input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolDefaults } from '../../src/data/tool-defaults';
import { badHireCost, badHireParts, badHireVerdict, type BadHireInput, type BadHirePart } from '../../src/lib/cost/bad-hire-cost';
import { compareCosts, lastCrossing, vestedShare, type CostComparisonInput } from '../../src/lib/cost/cost-comparison';
import { ctoCareer, successDistribution, type CtoCareerInput } from '../../src/lib/cost/cto-career';
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
    expect(result.rebuildMonths).toBeCloseTo(7.2, 10); // 60 % of 12 months
    expect(result.parts.salary).toBeCloseTo(200_000, 6); // 200,000 / 12 × 12 months
    expect(result.parts.thrownAway).toBeCloseTo(432_000, 6); // 60,000 × 7.2 months of rebuilding
    expect(result.parts.lostMonths).toBeCloseTo(720_000, 6); // 100,000 × 7.2 months of waiting
    expect(result.parts.replacement).toBe(50_000);
    expect(result.total).toBeCloseTo(1_402_000, 6);
    expect(result.otherParts.salary).toBeCloseTo(180_000, 6); // 180,000 / 12 × 12 months
    expect(result.otherParts.thrownAway).toBe(120_000); // 10,000 × 12 months
    expect(result.otherParts.lostMonths).toBe(180_000); // 10,000 × (12 + 6) months
    expect(result.otherParts.replacement).toBe(50_000);
    expect(result.otherExecTotal).toBeCloseTo(530_000, 6);
    expect(result.times).toBeCloseTo(2.6453, 4);
  });

  it('at 0 % to rebuild, costs the salary and the replacement only: nothing is rebuilt and nothing waits', () => {
    const input = { ...toolDefaults['bad-hire-cost'].USD, rebuildPct: 0 };
    const result = badHireCost(input);
    expect(result.rebuildMonths).toBe(0);
    expect(result.parts.thrownAway).toBe(0);
    expect(result.parts.lostMonths).toBe(0);
    expect(result.total).toBeCloseTo(200_000 + 50_000, 6);
    // The value without any rebuild: the same as with no team and no other spending at all.
    expect(result.total).toBeCloseTo(badHireCost({ ...input, rebuildPct: 60, teamCostPerMonth: 0, burnPerMonth: 0 }).total, 6);
  });

  it('lets a wrong CMO cost more than a wrong CTO', () => {
    const input = {
      ...toolDefaults['bad-hire-cost'].USD,
      monthsToNotice: 6,
      rebuildPct: 10,
      otherMonthsToNotice: 9,
      otherWastedPerMonth: 60_000,
      otherLostProfitPerMonth: 40_000,
      otherRecoveryMonths: 6,
    };
    const result = badHireCost(input);
    expect(result.otherExecTotal).toBeGreaterThan(result.total);
    expect(result.times).toBeLessThan(1);
    expect(badHireVerdict(result)).toEqual({ kind: 'otherMore', times: result.otherExecTotal / result.total });
  });

  it('cannot compare with an executive who cost nothing', () => {
    const result = badHireCost({
      ...toolDefaults['bad-hire-cost'].USD,
      otherExecSalary: 0,
      otherWastedPerMonth: 0,
      otherLostProfitPerMonth: 0,
      otherExecRehireCost: 0,
    });
    expect(result.times).toBeNull();
    expect(badHireVerdict(result)).toEqual({ kind: 'ctoAlone' });
  });

  it('states the multiple the way round that exceeds one, and calls a multiple that rounds to 1 a tie', () => {
    expect(badHireVerdict({ total: 300, otherExecTotal: 100 })).toEqual({ kind: 'ctoMore', times: 3 });
    expect(badHireVerdict({ total: 100, otherExecTotal: 250 })).toEqual({ kind: 'otherMore', times: 2.5 });
    expect(badHireVerdict({ total: 104, otherExecTotal: 100 })).toEqual({ kind: 'similar' });
    expect(badHireVerdict({ total: 100, otherExecTotal: 104 })).toEqual({ kind: 'similar' });
    expect(badHireVerdict({ total: 0.2, otherExecTotal: 100 })).toEqual({ kind: 'otherAlone' });
    expect(badHireVerdict({ total: 0, otherExecTotal: 0 })).toEqual({ kind: 'ctoAlone' });
  });

  const inputs = inputOf<BadHireInput>(toolFields['bad-hire-cost']);

  it('gives finite, non-negative parts that add up to the totals', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = badHireCost(input);
        const values = [...badHireParts.flatMap((p) => [r.parts[p], r.otherParts[p]]), r.total, r.otherExecTotal, r.times ?? 0];
        expect(values.every(finiteNonNegative)).toBe(true);
        expect(r.total).toBeCloseTo(badHireParts.reduce((s, p) => s + r.parts[p], 0), 0);
        expect(r.otherExecTotal).toBeCloseTo(badHireParts.reduce((s, p) => s + r.otherParts[p], 0), 0);
      }),
    );
  });

  /** Each line and the inputs that drive it: raising one raises that line in proportion, and no other line. */
  const drivers: [side: 'parts' | 'otherParts', part: BadHirePart, fields: (keyof BadHireInput)[]][] = [
    ['parts', 'salary', ['ctoSalary', 'monthsToNotice']],
    ['parts', 'thrownAway', ['teamCostPerMonth', 'monthsToNotice', 'rebuildPct']],
    ['parts', 'lostMonths', ['burnPerMonth', 'monthsToNotice', 'rebuildPct']],
    ['parts', 'replacement', ['replacementCost']],
    ['otherParts', 'salary', ['otherExecSalary', 'otherMonthsToNotice']],
    ['otherParts', 'thrownAway', ['otherWastedPerMonth', 'otherMonthsToNotice']],
    ['otherParts', 'lostMonths', ['otherLostProfitPerMonth', 'otherMonthsToNotice', 'otherRecoveryMonths']],
    ['otherParts', 'replacement', ['otherExecRehireCost']],
  ];

  it.each(drivers)('%s.%s rises with each of its drivers and with nothing else', (side, part, fields) => {
    const positive = fc.record(
      Object.fromEntries(
        toolFields['bad-hire-cost'].map((spec) => [spec.name, fc.integer({ min: 1, max: spec.kind === 'percent' ? 50 : spec.kind === 'months' ? 60 : 1_000_000 })]),
      ),
    ) as unknown as fc.Arbitrary<BadHireInput>;
    const otherFields = toolFields['bad-hire-cost'].map((spec) => spec.name).filter((name) => !fields.includes(name));
    fc.assert(
      fc.property(positive, fc.constantFrom(...fields), fc.constantFrom(...otherFields), (input, driver, bystander) => {
        const before = badHireCost(input)[side][part];
        expect(badHireCost({ ...input, [driver]: input[driver] + 1 })[side][part]).toBeGreaterThan(before);
        expect(badHireCost({ ...input, [bystander]: input[bystander] + 1 })[side][part]).toBeCloseTo(before, 6);
      }),
    );
  });

  it('never lowers a total when one of its inputs rises', () => {
    const rising = toolFields['bad-hire-cost'].map((spec) => spec.name);
    fc.assert(
      fc.property(inputs, fc.constantFrom(...rising), fc.double({ min: 0, max: 1e6, noNaN: true }), (input, field, extra) => {
        const raised = { ...input, [field]: field === 'rebuildPct' ? Math.min(100, input[field] + extra) : input[field] + extra };
        const [before, after] = [badHireCost(input), badHireCost(raised)];
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(after.otherExecTotal).toBeGreaterThanOrEqual(before.otherExecTotal);
      }),
    );
  });
});

describe('CTO career', () => {
  it('matches the US dollar example worked by hand, the guide’s illustration', () => {
    const { fullTime, service } = ctoCareer(toolDefaults['cto-career'].USD);
    // 25 years = 300 months: six 48-month terms and five 2-month gaps take 298.
    expect(fullTime.companies).toBe(6);
    expect(fullTime.monthsWorked).toBe(288);
    expect(fullTime.cash).toBeCloseTo(4_800_000, 6); // 24 years × 200,000
    expect(fullTime.chanceOfSuccess).toBeCloseTo(1 - 0.95 ** 6, 12); // 26.5 %
    expect(fullTime.equityPerSuccess).toBeCloseTo(1_000_000, 6); // 2 % × (1 − 50 %) × 100,000,000
    expect(fullTime.expectedEquity).toBeCloseTo(300_000, 6); // 6 × 5 % × 1,000,000
    expect(fullTime.expectedValue).toBeCloseTo(5_100_000, 6);
    // P(0) = 73.5 %, P(≤ 1) = 96.7 %: the 10th percentile has no success, the 90th one.
    expect([fullTime.low, fullTime.high]).toEqual([4_800_000, 5_800_000]);
    expect(fullTime.mostLikelySuccesses).toBe(0);
    expect(fullTime.mostLikelyChance).toBeCloseTo(0.95 ** 6, 12);
    // Fifteen 18-month engagements and fourteen gaps take 298 months.
    expect(service.companies).toBe(15);
    expect(service.monthsWorked).toBe(270);
    expect(service.cash).toBeCloseTo(4_500_000, 6);
    expect(service.chanceOfSuccess).toBeCloseTo(0.5367, 4);
    expect(service.expectedEquity).toBeCloseTo(187_500, 6); // 15 × 5 % × 0.5 % × 50 % × 100,000,000
    // P(0) = 46.3 %, P(≤ 1) = 82.9 %, P(≤ 2) = 96.4 %.
    expect([service.low, service.high]).toEqual([4_500_000, 5_000_000]);
    expect(service.mostLikelySuccesses).toBe(0);
  });

  it('counts only the terms that fit with the gaps between them, and pays cash for every month in a seat', () => {
    const base = { ...toolDefaults['cto-career'].USD, careerYears: 10, monthsPerEngagement: 12 };
    expect(ctoCareer({ ...base, gapMonths: 0 }).service.companies).toBe(10);
    // 12 + 3 + 12 + … : nine terms and eight gaps take 132 months, more than 120.
    const gapped = ctoCareer({ ...base, gapMonths: 3 }).service;
    expect(gapped.companies).toBe(8);
    // Eight terms and eight gaps take 120 months: nothing is left for a ninth.
    expect(gapped.monthsWorked).toBe(96);
    // Two four-year terms, each followed by a gap, leave 20 months of a third: paid in cash, without its equity.
    const fullTime = ctoCareer({ ...base, gapMonths: 2 }).fullTime;
    expect(fullTime.companies).toBe(2);
    expect(fullTime.monthsWorked).toBe(96 + 20);
  });

  it('reads the spread from the binomial distribution', () => {
    const chances = successDistribution(4, 0.5);
    expect(chances).toHaveLength(5);
    [1, 4, 6, 4, 1].forEach((ways, k) => expect(chances[k]).toBeCloseTo(ways / 16, 12));
    expect(successDistribution(3, 0)).toEqual([1, 0, 0, 0]);
    expect(successDistribution(3, 1)).toEqual([0, 0, 0, 1]);
    const even = ctoCareer({ ...toolDefaults['cto-career'].USD, successChancePct: 50, careerYears: 16, gapMonths: 0 }).fullTime;
    expect(even.companies).toBe(4);
    // P(≤ 0) = 1/16 < 10 % ≤ P(≤ 1) = 5/16; P(≤ 2) = 11/16 < 90 % ≤ P(≤ 3) = 15/16.
    expect([even.low, even.high]).toEqual([even.cash + even.equityPerSuccess, even.cash + 3 * even.equityPerSuccess]);
    expect(even.mostLikelySuccesses).toBe(2);
    expect(even.mostLikelyChance).toBeCloseTo(6 / 16, 12);
  });

  const inputs = inputOf<CtoCareerInput>(toolFields['cto-career']);

  it('gives finite, non-negative results, probabilities between 0 and 1 and a range in order', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        for (const path of Object.values(ctoCareer(input))) {
          const sums = [path.companies, path.monthsWorked, path.cash, path.equityPerSuccess, path.expectedEquity, path.expectedValue, path.low, path.high];
          expect(sums.every(finiteNonNegative)).toBe(true);
          for (const chance of [path.chanceOfSuccess, path.mostLikelyChance]) {
            expect(chance).toBeGreaterThanOrEqual(0);
            expect(chance).toBeLessThanOrEqual(1);
          }
          expect(path.low).toBeLessThanOrEqual(path.high);
          expect(path.low).toBeGreaterThanOrEqual(path.cash);
          expect(path.mostLikelySuccesses).toBeLessThanOrEqual(path.companies);
          expect(path.monthsWorked).toBeLessThanOrEqual(input.careerYears * 12);
          expect(path.expectedValue).toBeCloseTo(path.cash + path.companies * (input.successChancePct / 100) * path.equityPerSuccess, 0);
        }
      }),
    );
  });

  it('gives a distribution that sums to one and peaks at the most likely number of successes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const chances = successDistribution(n, p);
        expect(chances.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(chances.every((c) => c >= 0 && Number.isFinite(c))).toBe(true);
      }),
    );
  });

  it('never raises the outcome when gaps lengthen or dilution grows, nor lowers the chance when the odds rise or terms shorten', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 100, noNaN: true }), (input, more, extra) => {
        const before = ctoCareer(input);
        const gappier = ctoCareer({ ...input, gapMonths: Math.min(60, input.gapMonths + more) });
        const diluted = ctoCareer({ ...input, dilutionPct: Math.min(100, input.dilutionPct + extra) });
        const likelier = ctoCareer({ ...input, successChancePct: Math.min(100, input.successChancePct + extra) });
        const quicker = ctoCareer({ ...input, monthsPerEngagement: Math.max(1, input.monthsPerEngagement - more) });
        for (const path of ['fullTime', 'service'] as const) {
          expect(gappier[path].companies).toBeLessThanOrEqual(before[path].companies);
          expect(gappier[path].cash).toBeLessThanOrEqual(before[path].cash + 1e-6);
          expect(diluted[path].expectedValue).toBeLessThanOrEqual(before[path].expectedValue + 1e-6);
          expect(likelier[path].chanceOfSuccess).toBeGreaterThanOrEqual(before[path].chanceOfSuccess);
        }
        expect(quicker.service.companies).toBeGreaterThanOrEqual(before.service.companies);
      }),
    );
  });
});
