/** The cost models: worked examples checked by hand, and properties over any valid input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolDefaults } from '../../src/data/tool-defaults';
import { currencies } from '../../src/lib/share-state';
import { badHireCost, badHireParts, badHireVerdict, type BadHireInput, type BadHirePart } from '../../src/lib/cost/bad-hire-cost';
import {
  compareCosts,
  fractionalMonthlyFee,
  lastCrossing,
  vestedShare,
  type CostComparisonInput,
  type ServiceMode,
} from '../../src/lib/cost/cost-comparison';
import { ctoCareer, serviceBreakEvenFee, serviceCashPerYear, successDistribution, type CtoCareerInput } from '../../src/lib/cost/cto-career';
import { toolFields, type FieldSpec } from '../../src/lib/cost/fields';
import { bareCostInput } from '../fixtures/cost-comparison';

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
  const usd = toolDefaults['cost-comparison'].USD;
  const bare = bareCostInput;
  const step = (series: readonly number[], month: number) => series[month - 1]! - (series[month - 2] ?? 0);

  it('matches the US dollar example worked by hand, in nominal sums', () => {
    // With a yearly loss to down rounds of 15 %, set here: the example counts none.
    const result = compareCosts({ ...usd, discountPct: 0, dilutionPct: 15 });
    const g = 1.03;
    // Full time: hired in month 5, the 30,000 recruiting paid then; (200,000 × 1.25 + 40,000) / 12 = 24,166.67 a month
    // for months 5–12, 3 % more from each of months 13, 25, 37 and 49. The seat is empty for months 1–4 at no cost (0 is the example).
    const ftMonthly = 290_000 / 12;
    expect(result.cash.fullTimeTotal).toBeCloseTo(30_000 + ftMonthly * (8 + 12 * (g + g ** 2 + g ** 3 + g ** 4)), 6);
    // Service: the fee 1,500 × 5 × 52 / 12 = 32,500 in months 2–19, raised 3 % on the contract's first anniversary, from
    // month 14; the cash bonus 30,000 at a 50 % chance in month 19, fixed at signing in year 1's prices; the successor CTO
    // hired on the full-time terms two months before the end, in month 18: 30,000 recruiting raised 3 % in year 2 like the
    // salary it fills, then 24,166.67 a month raised like any salary.
    const fee = 32_500 * (12 + 6 * g);
    const bonus = 30_000 * 0.5;
    const successor = 30_000 * g + ftMonthly * (7 * g + 12 * (g ** 2 + g ** 3 + g ** 4));
    expect(result.cash.serviceTotal).toBeCloseTo(fee + bonus + successor, 6);
    expect(result.cash.difference).toBeCloseTo(result.cash.fullTimeTotal - result.cash.serviceTotal, 6);
    // Equity at fair value: 20,000,000 × (1 − 30 %) = 14,000,000, so the 2 % grant is worth 280,000 before the 15 % lost each year.
    // Full time, hired in month 5: the cliff vests 12/48 in month 16 and 1/48 a month to month 52.
    const d = 0.85;
    const ftEquity = 280_000 * ((20 / 48) * d + (12 / 48) * d ** 2 + (12 / 48) * d ** 3 + (4 / 48) * d ** 4);
    expect(result.fullTimeEquity).toEqual({ grantedPct: 2, vestedPct: 2, vestedValue: expect.closeTo(ftEquity, 6) });
    // Service: the 0.5 % bonus at a 50 % chance, 35,000, granted when earned in month 19, so no round has cut it yet.
    // The successor's grant from month 18 (year 2), cliff in month 29 (12/48), then 1/48 a month: 43/48 vested by month
    // 60. Only the rounds after month 18 dilute it: one by months 29–36 (19/48), two in year 4, three in year 5.
    const successorEquity = 280_000 * ((19 / 48) * d + (12 / 48) * d ** 2 + (12 / 48) * d ** 3);
    expect(result.serviceEquity).toEqual({
      grantedPct: 2.5,
      vestedPct: expect.closeTo(0.25 + (2 * 43) / 48, 9),
      vestedValue: expect.closeTo(35_000 + successorEquity, 6),
    });
    expect(result.economic.fullTimeTotal).toBeCloseTo(result.cash.fullTimeTotal + ftEquity, 6);
    // At the example's 0 %, a round priced at the company value costs the holder nothing: the whole grant, 280,000.
    expect(compareCosts({ ...usd, discountPct: 0 }).fullTimeEquity.vestedValue).toBeCloseTo(280_000, 6);
    // The fee dearer than the CTO's pay and nobody charged for the empty seat: full time costs less from month 1 on.
    expect(result.cash.difference).toBeLessThan(0);
    expect(result.cash.breakEvenMonth).toBeNull();
  });

  it('charges the vacancy cost for every month a path has nobody in the seat', () => {
    const input = { ...bare, vacancyMonthlyCost: 5_000, ftMonthsToHire: 3, ftSalary: 120_000, svcMonthsToStart: 2, svcMonthlyFee: 8_000 };
    const seat = compareCosts(input);
    // Full time: empty for months 1–3, then 10,000 a month.
    expect(seat.cash.fullTime.slice(0, 5)).toEqual([5_000, 10_000, 15_000, 25_000, 35_000]);
    // A full-seat service: empty for months 1–2, then the fee alone.
    expect(seat.cash.service.slice(0, 4)).toEqual([5_000, 10_000, 18_000, 26_000]);
    // A part-time CTO on 2 days of 5 at 1,000 a day: 2 × 52 / 12 × 1,000 = 8,666.67 a month, and 3/5 of the seat still empty.
    const part = compareCosts({ ...input, serviceMode: 'fractional', svcDaysPerWeek: 2, svcDayRate: 1_000 });
    expect(fractionalMonthlyFee(2, 1_000)).toBeCloseTo(8_666.67, 2);
    expect(step(part.cash.service, 3)).toBeCloseTo(8_666.67 + 3_000, 2);
    // Five days fill the seat.
    const full = compareCosts({ ...input, serviceMode: 'fractional', svcDaysPerWeek: 5, svcDayRate: 1_000 });
    expect(step(full.cash.service, 3)).toBeCloseTo((5 * 52 * 1_000) / 12, 6);
  });

  it('leaves no empty month after the engagement: the lead starts during the handover overlap', () => {
    const r = compareCosts({ ...bare, horizonYears: 2, vacancyMonthlyCost: 7_000, svcMonthsToStart: 1, svcMonths: 6, svcOverlapMonths: 1, svcMonthlyFee: 10_000, leadSalary: 60_000 });
    // Month 1 empty; fee in months 2–7; the lead from month 7 on.
    expect(step(r.cash.service, 1)).toBe(7_000);
    expect(step(r.cash.service, 7)).toBe(10_000 + 5_000);
    for (let month = 8; month <= 24; month++) expect(step(r.cash.service, month)).toBe(5_000);
  });

  it('raises salaries and the service fee alike at the start of each year', () => {
    const r = compareCosts({ ...bare, horizonYears: 2, salaryGrowthPct: 10, ftSalary: 120_000, svcMonthlyFee: 10_000, svcMonths: 24 });
    // 12 × 10,000 + 12 × 11,000 on both paths.
    expect(r.cash.fullTimeTotal).toBeCloseTo(252_000, 6);
    expect(r.cash.serviceTotal).toBeCloseTo(252_000, 6);
    const lead = compareCosts({ ...bare, horizonYears: 2, salaryGrowthPct: 10, svcMonthlyFee: 0, svcMonths: 6, svcOverlapMonths: 0, leadSalary: 120_000 });
    // The lead, hired in month 7 at 10,000 a month, gets the raise with everyone in month 13.
    expect(step(lead.cash.service, 12)).toBeCloseTo(10_000, 6);
    expect(step(lead.cash.service, 13)).toBeCloseTo(11_000, 6);
  });

  it('discounts each month’s amount by (1 + r)^(month / 12)', () => {
    const r = compareCosts({ ...bare, discountPct: 10, ftSalary: 120_000 });
    expect(step(r.cash.fullTime, 12)).toBeCloseTo(10_000 / 1.1, 6); // 9,090.91
    expect(step(r.cash.fullTime, 6)).toBeCloseTo(10_000 / Math.sqrt(1.1), 6); // 9,534.63
    const nominal = compareCosts({ ...bare, ftSalary: 120_000 });
    expect(nominal.cash.fullTimeTotal).toBe(120_000);
    expect(r.cash.fullTimeTotal).toBeLessThan(120_000);
  });

  it('prices vested equity in the economic view, diluted by each round after the grant', () => {
    const nominal = { ...usd, discountPct: 0, equityDiscountPct: 0, svcBonusChancePct: 100, successor: 'lead' as const };
    const r = compareCosts({ ...nominal, dilutionPct: 10 });
    // Hired in month 5: the cliff vests 25 % in month 16 and 1/48 a month through month 52, at 400,000 for the grant;
    // rounds at months 13, 25, 37 and 49 each leave 90 % of the stake.
    const ft = 400_000 * ((12 / 48) * 0.9 + (8 / 48) * 0.9 + (12 / 48) * 0.81 + (12 / 48) * 0.729 + (4 / 48) * 0.6561);
    expect(r.fullTimeEquity.vestedValue).toBeCloseTo(ft, 6); // 325,770
    // The service's 0.5 % is granted when earned, in month 19: no round has come since.
    expect(r.serviceEquity.vestedValue).toBeCloseTo(100_000, 6);
    expect(r.economic.fullTimeTotal - r.cash.fullTimeTotal).toBeCloseTo(ft, 6);
    expect(r.cash).toEqual(compareCosts({ ...nominal, dilutionPct: 0 }).cash);
  });

  it('does not cut a grant by the rounds before it existed', () => {
    const nominal = { ...usd, discountPct: 0, equityDiscountPct: 0, dilutionPct: 10, horizonYears: 3 };
    // A full-time CTO hired in month 14 (year 2), vesting a 2 % grant (400,000) over one year: all 12/12 at the cliff in
    // month 25, after one round (month 25) since the grant, none for month 13's: 400,000 × 0.9 = 360,000.
    const late = compareCosts({ ...nominal, ftMonthsToHire: 13, ftVestingYears: 1 });
    expect(late.fullTimeEquity.vestedValue).toBeCloseTo(360_000, 6);
    // The successor CTO starts in month 18 (year 2) and vests the same grant at month 29: again one round, month 25.
    const successor = compareCosts({ ...nominal, ftVestingYears: 1, svcBonusEquityPct: 0 });
    expect(successor.serviceEquity.vestedValue).toBeCloseTo(360_000, 6);
  });

  it('adds nothing to equity before the cliff', () => {
    const result = compareCosts({ ...usd, horizonYears: 1, ftMonthsToHire: 3 });
    expect(result.fullTimeEquity.vestedPct).toBe(0);
    expect(result.economic.fullTime).toEqual(result.cash.fullTime);
    expect(vestedShare(11, 4)).toBe(0);
    expect(vestedShare(12, 4)).toBe(0.25);
    expect(vestedShare(60, 4)).toBe(1);
  });

  it('finds the last crossing of two lines, ignoring months where they touch', () => {
    expect(lastCrossing([1, 2, 3], [0, 1, 2])).toBeNull();
    expect(lastCrossing([1, 2, 3], [2, 2, 2])).toBe(3);
    expect(lastCrossing([2, 1, 3, 5], [1, 2, 2, 6])).toBe(4);
  });

  const inputs = fc
    .tuple(inputOf<CostComparisonInput>(toolFields['cost-comparison']), fc.constantFrom<ServiceMode>('seat', 'fractional'))
    .map(([input, serviceMode]) => ({ ...input, serviceMode }));

  it('gives finite, non-negative, non-decreasing series for any valid input, in both views', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = compareCosts(input);
        for (const view of [r.cash, r.economic]) {
          expect(view.fullTime).toHaveLength(input.horizonYears * 12);
          for (const series of [view.fullTime, view.service]) {
            expect(series.every(finiteNonNegative)).toBe(true);
            expect(series.every((v, i) => i === 0 || v >= series[i - 1]!)).toBe(true);
          }
          expect(Number.isFinite(view.difference)).toBe(true);
        }
        const equity = [r.fullTimeEquity, r.serviceEquity].flatMap((e) => [e.grantedPct, e.vestedPct, e.vestedValue]);
        expect(equity.every(finiteNonNegative)).toBe(true);
        // Economic cost is cash plus the equity counted.
        expect(r.economic.fullTimeTotal).toBeCloseTo(r.cash.fullTimeTotal + r.fullTimeEquity.vestedValue, -2);
        expect(r.economic.serviceTotal).toBeCloseTo(r.cash.serviceTotal + r.serviceEquity.vestedValue, -2);
      }),
    );
  });

  it('never lowers a path’s cost when a salary, fee, bonus or the vacancy cost rises', () => {
    const costs = ['ftSalary', 'ftBonus', 'ftRecruiting', 'svcMonthlyFee', 'svcDayRate', 'svcBonusCash', 'leadSalary', 'vacancyMonthlyCost', 'salaryGrowthPct'] as const;
    fc.assert(
      fc.property(inputs, fc.constantFrom(...costs), fc.double({ min: 0, max: 1e9, noNaN: true }), (input, field, extra) => {
        const before = compareCosts(input);
        const after = compareCosts({ ...input, [field]: Math.min(input[field] + extra, field === 'salaryGrowthPct' ? 50 : Infinity) });
        for (const view of ['cash', 'economic'] as const) {
          expect(after[view].fullTimeTotal).toBeGreaterThanOrEqual(before[view].fullTimeTotal);
          expect(after[view].serviceTotal).toBeGreaterThanOrEqual(before[view].serviceTotal);
        }
      }),
    );
  });

  it('makes a longer search cost what the empty month costs instead of the pay it saves', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const hire = input.ftMonthsToHire + 1;
        fc.pre(hire <= input.horizonYears * 12);
        const before = compareCosts(input).cash.fullTimeTotal;
        const after = compareCosts({ ...input, ftMonthsToHire: input.ftMonthsToHire + 1 }).cash.fullTimeTotal;
        // The hire month becomes an empty month: its pay (raised for its year) is replaced by the vacancy cost, and the
        // recruiting cost moves to the next month (out of the comparison if that is past the horizon), all discounted.
        const pay = ((input.ftSalary * (1 + input.ftOverheadPct / 100) + input.ftBonus) / 12) * (1 + input.salaryGrowthPct / 100) ** Math.floor((hire - 1) / 12);
        const pv = (month: number) => (month <= input.horizonYears * 12 ? (1 + input.discountPct / 100) ** (-month / 12) : 0);
        const expected = (input.vacancyMonthlyCost - pay - input.ftRecruiting) * pv(hire) + input.ftRecruiting * pv(hire + 1);
        expect(Math.abs(after - before - expected)).toBeLessThanOrEqual(1e-9 * (before + after + 1));
      }),
    );
  });

  it('never makes full time cheaper by searching longer when an empty month costs at least the CTO’s pay and the recruiting', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 36 }), fc.double({ min: 1, max: 3, noNaN: true }), (input, longer, margin) => {
        const top = (input.ftSalary * (1 + input.ftOverheadPct / 100) + input.ftBonus) / 12 * (1 + input.salaryGrowthPct / 100) ** (input.horizonYears - 1);
        // Delaying the hire also delays (or pushes past the horizon) the recruiting cost: an empty month must cover it too.
        const withVacancy = { ...input, vacancyMonthlyCost: top * margin + input.ftRecruiting };
        const searchLonger = { ...withVacancy, ftMonthsToHire: Math.min(36, input.ftMonthsToHire + longer) };
        expect(compareCosts(searchLonger).cash.fullTimeTotal).toBeGreaterThanOrEqual(compareCosts(withVacancy).cash.fullTimeTotal * (1 - 1e-12));
      }),
    );
  });

  it('reports a break-even point consistent with the series, in both views', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = compareCosts(input);
        for (const r of [result.cash, result.economic]) {
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
            // From the break-even point on, the path cheaper at the horizon is the cheaper one (lines that meet again
            // exactly at the horizon are a tie, which the verdict reports without a break-even point).
            if (r.difference !== 0) expect(Math.sign(r.difference)).toBe(signs[at]);
          }
        }
      }),
    );
  });
});

describe('bad hire cost', () => {
  const inputs = inputOf<BadHireInput>(toolFields['bad-hire-cost']);

  it('matches the US dollar example worked by hand', () => {
    const result = badHireCost(toolDefaults['bad-hire-cost'].USD);
    expect(result.rebuildMonths).toBeCloseTo(7.2, 10); // 60 % of 12 months
    expect(result.lateMonths).toBeCloseTo(11.2, 10); // 4 to find the next CTO + 7.2 to rebuild: the months in the seat are not charged again
    expect(result.parts.salary).toBeCloseTo(200_000, 6); // 200,000 / 12 × 12 months
    expect(result.parts.thrownAway).toBeCloseTo(432_000, 6); // 60,000 × 7.2 months of work thrown away
    expect(result.parts.lostMonths).toBeCloseTo(112_000, 6); // 10,000 gross profit × 11.2 months late
    expect(result.parts.replacement).toBe(30_000);
    expect(result.total).toBeCloseTo(774_000, 6); // 200,000 + 432,000 + 112,000 + 30,000
    expect(result.otherParts.salary).toBeCloseTo(180_000, 6); // 180,000 / 12 × 12 months
    expect(result.otherParts.thrownAway).toBe(432_000); // 36,000 × 12 months: the same as the CTO's 60 % of 60,000 × 12
    expect(result.otherSetbackMonths).toBe(18); // 12 months in the seat + 6 to recover
    expect(result.otherParts.lostMonths).toBe(180_000); // 10,000 gross profit × 18 months
    expect(result.otherParts.replacement).toBe(30_000);
    expect(result.otherExecTotal).toBeCloseTo(822_000, 6); // 180,000 + 432,000 + 180,000 + 30,000
    // 822,000 ÷ 774,000 = 1.06: with the same example losses on both sides the two mistakes cost about the same.
    expect(badHireVerdict(result)).toEqual({ kind: 'otherMore', times: 822_000 / 774_000 });
  });

  it('starts both hires from the same example losses: gross profit per month, waste per month and replacement', () => {
    for (const currency of currencies) {
      const d = toolDefaults['bad-hire-cost'][currency];
      expect(d.lateProfitPerMonth, currency).toBe(d.otherLostProfitPerMonth);
      expect((d.teamCostPerMonth * d.rebuildPct) / 100, currency).toBeCloseTo(d.otherWastedPerMonth, 6);
      expect(d.replacementCost, currency).toBe(d.otherExecRehireCost);
    }
    // The next hire costs the cost comparison's example recruiting fee in dollars.
    expect(toolDefaults['bad-hire-cost'].USD.replacementCost).toBe(toolDefaults['cost-comparison'].USD.ftRecruiting);
  });

  it('gives the same multiple in every currency: each example is the US dollar one × 4.5 in yuan and × 6,000 in dong', () => {
    const usd = toolDefaults['bad-hire-cost'].USD;
    for (const [currency, factor] of [
      ['CNY', 4.5], // 900,000 ÷ 200,000, the shared CTO salaries
      ['VND', 6_000], // 1,200,000,000 ÷ 200,000
    ] as const) {
      const local = toolDefaults['bad-hire-cost'][currency];
      for (const spec of toolFields['bad-hire-cost']) {
        const expected = spec.kind === 'money' ? usd[spec.name] * factor : usd[spec.name];
        expect(local[spec.name], `${currency} ${spec.name}`).toBeCloseTo(expected, 6);
      }
      // 3,483,000 ÷ 3,699,000 in yuan and 4,644,000,000 ÷ 4,932,000,000 in dong: 774,000 ÷ 822,000 both.
      expect(badHireCost(local).total).toBeCloseTo(774_000 * factor, 0);
      expect(badHireCost(local).times).toBeCloseTo(774_000 / 822_000, 10);
    }
  });

  it('at 0 % to rebuild, keeps the work: the product is late only by the search for the next CTO', () => {
    const input = { ...toolDefaults['bad-hire-cost'].USD, rebuildPct: 0 };
    const result = badHireCost(input);
    expect(result.rebuildMonths).toBe(0);
    expect(result.lateMonths).toBe(4); // the search; before, the 12 months in the seat were charged on top (16)
    expect(result.parts.thrownAway).toBe(0);
    expect(result.parts.lostMonths).toBe(40_000); // 10,000 × 4 months
    expect(result.total).toBeCloseTo(200_000 + 40_000 + 30_000, 6); // 270,000
    // 822,000 ÷ 270,000: the other executive costs about 3.0 times as much.
    expect(badHireVerdict(result)).toEqual({ kind: 'otherMore', times: 822_000 / 270_000 });
  });

  it('charges the CTO’s months in the seat once: more months before the problem is seen add salary and rebuild, not late months on top', () => {
    const base = { ...toolDefaults['bad-hire-cost'].USD, rebuildPct: 50 };
    const short = badHireCost({ ...base, monthsToNotice: 6 });
    const long = badHireCost({ ...base, monthsToNotice: 10 });
    // 4 more months: 2 more months of rebuild (50 %), so 2 more months late, 20,000 of gross profit, not 60,000.
    expect(long.lateMonths - short.lateMonths).toBeCloseTo(2, 10);
    expect(long.parts.lostMonths - short.parts.lostMonths).toBeCloseTo(20_000, 6);
  });

  it('measures both hires the same way: a CTO whose losses mirror the other executive’s costs the same', () => {
    // 8 months in the seat at 120,000 a year; 30,000 a month of spending that bought nothing;
    // 20,000 of gross profit lost in each of 11 months; 40,000 to replace.
    const mirrored: BadHireInput = {
      monthsToNotice: 8,
      ctoSalary: 120_000,
      teamCostPerMonth: 30_000,
      rebuildPct: 100, // all 8 months of work are redone
      lateProfitPerMonth: 20_000,
      monthsToReplace: 3, // late by 3 + 8 = 11 months
      replacementCost: 40_000,
      otherMonthsToNotice: 8,
      otherExecSalary: 120_000,
      otherWastedPerMonth: 30_000,
      otherLostProfitPerMonth: 20_000,
      otherRecoveryMonths: 3, // 8 in the seat + 3 to recover = 11 months
      otherExecRehireCost: 40_000,
    };
    const result = badHireCost(mirrored);
    // 80,000 + 240,000 + 220,000 + 40,000 on each side.
    expect(result.total).toBeCloseTo(580_000, 6);
    expect(result.otherExecTotal).toBeCloseTo(580_000, 6);
    for (const part of badHireParts) expect(result.parts[part]).toBeCloseTo(result.otherParts[part], 6);
    expect(badHireVerdict(result)).toEqual({ kind: 'similar' });
  });

  it('prices any mirrored pair of hires the same, part by part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 4, maxLength: 4 }),
        (months, search, [salary, wasted, profit, rehire]) => {
          const result = badHireCost({
            monthsToNotice: months,
            ctoSalary: salary!,
            teamCostPerMonth: wasted!,
            rebuildPct: 100,
            lateProfitPerMonth: profit!,
            monthsToReplace: search,
            replacementCost: rehire!,
            otherMonthsToNotice: months,
            otherExecSalary: salary!,
            otherWastedPerMonth: wasted!,
            otherLostProfitPerMonth: profit!,
            // All of the CTO's months are redone, so the product is late by as many months as the other executive
            // held the seat, plus the search: the same window when the other side recovers over the same search.
            otherRecoveryMonths: search,
            otherExecRehireCost: rehire!,
          });
          for (const part of badHireParts) expect(result.parts[part]).toBeCloseTo(result.otherParts[part], 3);
        },
      ),
    );
  });

  it('loses gross profit on the CTO side over exactly the search and the rebuild', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = badHireCost(input);
        expect(r.lateMonths).toBeCloseTo(input.monthsToReplace + (input.monthsToNotice * input.rebuildPct) / 100, 9);
        expect(r.parts.lostMonths).toBeCloseTo(input.lateProfitPerMonth * r.lateMonths, 0);
        // At 0 % to rebuild, the product is late by the search alone.
        const unbuilt = badHireCost({ ...input, rebuildPct: 0 });
        expect(unbuilt.parts.lostMonths).toBeCloseTo(input.lateProfitPerMonth * input.monthsToReplace, 0);
      }),
    );
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
    // CTO: 100,000 salary + 60,000 × 0.6 months + 10,000 × (4 + 0.6) months late + 30,000 = 212,000.
    expect(result.total).toBeCloseTo(212_000, 6);
    // CMO: 135,000 salary + 60,000 × 9 + 40,000 × (9 + 6) + 30,000 = 1,305,000.
    expect(result.otherExecTotal).toBeCloseTo(1_305_000, 6);
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
    ['parts', 'lostMonths', ['lateProfitPerMonth', 'monthsToNotice', 'monthsToReplace', 'rebuildPct']],
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
  it('matches the US dollar example worked by hand without discounting, the guide’s sensitivity', () => {
    const { fullTime, service } = ctoCareer({ ...toolDefaults['cto-career'].USD, discountPct: 0 });
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

  it('matches the US dollar example worked by hand at the example discount rate of 8 %, the guide’s illustration', () => {
    const usd = toolDefaults['cto-career'].USD;
    expect([usd.discountPct, usd.yearsToExit]).toEqual([8, 7]);
    const { fullTime, service } = ctoCareer(usd);
    // v = 1.08^(−1/12), the value today of one unit a month later. A company starts every 50 months
    // (full time: 48 + 2) or 20 (service: 18 + 2); Σ over the starts of v^start is a geometric series.
    const v = 1.08 ** (-1 / 12);
    const starts = (cycle: number) => (1 - v ** 300) / (1 - v ** cycle); // 6 starts × 50 or 15 starts × 20 months = 300
    const months = (term: number) => (v * (1 - v ** term)) / (1 - v); // Σ v^m, m = 1…term
    // Cash: 200,000 / 12 a month, for 48 months in each of 6 terms, or 18 in each of 15 engagements.
    expect(fullTime.cash).toBeCloseTo((200_000 / 12) * starts(50) * months(48), 4); // ≈ 2,136,610
    expect(service.cash).toBeCloseTo((200_000 / 12) * starts(20) * months(18), 4); // ≈ 2,003,483
    // A payout comes 7 years after joining, on both paths: 1.08^−7 = 0.58349, on top of the start's discount.
    expect(fullTime.equityPerSuccess).toBeCloseTo((1_000_000 * 1.08 ** -7 * starts(50)) / 6, 4); // 2 % × 50 % × 100M, averaged
    expect(service.equityPerSuccess).toBeCloseTo((250_000 * 1.08 ** -7 * starts(20)) / 15, 4); // 0.5 % × 50 % × 100M
    expect(fullTime.expectedValue).toBeCloseTo(fullTime.cash + 6 * 0.05 * fullTime.equityPerSuccess, 6);
    // The guide rounds them to about 2.2 and 2.1 million.
    expect(fullTime.expectedValue).toBeCloseTo(2_227_427, 0);
    expect(service.expectedValue).toBeCloseTo(2_055_223, 0);
  });

  it('pays the service CTO the fee less the firm’s margin', () => {
    const usd = { ...toolDefaults['cto-career'].USD, discountPct: 0 };
    // 250,000 × (1 − 20 %) = 200,000 a year, the shared example salary.
    expect(serviceCashPerYear(usd)).toBeCloseTo(200_000, 6);
    // 270 months × 200,000 / 12 = 4,500,000; at a 35 % margin, 270 × 162,500 / 12 = 3,656,250.
    expect(ctoCareer(usd).service.cash).toBeCloseTo(4_500_000, 6);
    expect(ctoCareer({ ...usd, svcMarginPct: 35 }).service.cash).toBeCloseTo(3_656_250, 6);
    expect(ctoCareer({ ...usd, svcMarginPct: 35 }).fullTime).toEqual(ctoCareer(usd).fullTime);
  });

  it('discounts cash month by month and each payout from its exit, the years to exit after joining', () => {
    // One four-year term: 48 monthly payments of 10,000 and, at a success, 1 % of 100,000,000 = 1,000,000
    // paid at the exit five years after joining, in month 60.
    const input: CtoCareerInput = {
      ...toolDefaults['cto-career'].USD,
      careerYears: 4,
      gapMonths: 0,
      successChancePct: 50,
      exitValue: 100_000_000,
      dilutionPct: 0,
      discountPct: 10,
      yearsToExit: 5,
      yearsPerCompany: 4,
      ftEquityPct: 1,
      ftCashPerYear: 120_000,
    };
    const { fullTime } = ctoCareer(input);
    expect(fullTime.companies).toBe(1);
    // Σ 10,000 / 1.1^(m / 12) for m = 1…48, a geometric series with ratio v = 1.1^(−1/12).
    const v = 1.1 ** (-1 / 12);
    expect(fullTime.cash).toBeCloseTo((10_000 * v * (1 - v ** 48)) / (1 - v), 6);
    expect(fullTime.cash).toBeLessThan(480_000);
    expect(fullTime.equityPerSuccess).toBeCloseTo(1_000_000 / 1.61051, 6); // 1.1^5 = 1.61051
    expect(fullTime.expectedEquity).toBeCloseTo(0.5 * 620_921.3232, 3);
    // An exit seven years after joining: 1,000,000 / 1.1^7 = 513,158.1.
    expect(ctoCareer({ ...input, yearsToExit: 7 }).fullTime.equityPerSuccess).toBeCloseTo(1_000_000 / 1.1 ** 7, 6);
    // An exit two years after joining comes before the four-year term ends: paid at its end, 1,000,000 / 1.1^4.
    expect(ctoCareer({ ...input, yearsToExit: 2 }).fullTime.equityPerSuccess).toBeCloseTo(1_000_000 / 1.4641, 6);
    // At 0 % the years to exit change nothing and the sums are nominal.
    const nominal = { ...input, discountPct: 0 };
    expect(ctoCareer(nominal).fullTime.cash).toBeCloseTo(480_000, 6);
    expect(ctoCareer({ ...nominal, yearsToExit: 10 })).toEqual(ctoCareer(nominal));
  });

  it('waits as long for the exit on both paths: a term that ends sooner is not paid sooner', () => {
    // One four-year term against one 18-month engagement, both joined in month 0, both exits 7 years on:
    // each payout is worth 1.08^−7 of its stake today, 0.58349.
    const input: CtoCareerInput = {
      ...toolDefaults['cto-career'].USD,
      careerYears: 4,
      gapMonths: 30, // no second engagement fits in the 30 months left
      dilutionPct: 0,
      exitValue: 100_000_000,
      ftEquityPct: 2,
      svcEquityPct: 2,
    };
    const { fullTime, service } = ctoCareer(input);
    expect([fullTime.companies, service.companies]).toEqual([1, 1]);
    expect(fullTime.equityPerSuccess).toBeCloseTo(2_000_000 * 1.08 ** -7, 6);
    expect(service.equityPerSuccess).toBeCloseTo(fullTime.equityPerSuccess, 6);
  });

  it('pays a success at the exit, years after joining, whatever the term, unless the term outlasts it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (termMonths, yearsToExit, discountPct) => {
          // One engagement in a career just as long: its single payout comes at the later of the exit and the term's end.
          const { service } = ctoCareer({
            ...toolDefaults['cto-career'].USD,
            careerYears: termMonths / 12,
            gapMonths: 0,
            monthsPerEngagement: termMonths,
            svcEquityPct: 1,
            dilutionPct: 0,
            exitValue: 1_000_000,
            yearsToExit,
            discountPct,
          });
          expect(service.companies).toBe(1);
          expect(service.equityPerSuccess).toBeCloseTo(10_000 * (1 + discountPct / 100) ** -Math.max(yearsToExit, termMonths / 12), 6);
        },
      ),
    );
  });

  it('averages the payout over the exits of a career’s companies', () => {
    // Two 12-month engagements back to back, joined in months 0 and 12, each exit 1 year after joining, at 10 %:
    // 0.5 % × 100,000,000 = 500,000 × (1.1^−1 + 1.1^−2) / 2.
    const { service } = ctoCareer({
      ...toolDefaults['cto-career'].USD,
      careerYears: 2,
      gapMonths: 0,
      monthsPerEngagement: 12,
      svcEquityPct: 0.5,
      exitValue: 100_000_000,
      dilutionPct: 0,
      discountPct: 10,
      yearsToExit: 1,
    });
    expect(service.companies).toBe(2);
    expect(service.equityPerSuccess).toBeCloseTo((500_000 * (1 / 1.1 + 1 / 1.21)) / 2, 6);
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

  it('gives the same career in every currency: each example amount is the US dollar one × 4.5 in yuan and × 6,000 in dong', () => {
    const usd = toolDefaults['cto-career'].USD;
    const usdCareer = ctoCareer(usd);
    for (const [currency, factor] of [
      ['CNY', 4.5],
      ['VND', 6_000],
    ] as const) {
      const local = toolDefaults['cto-career'][currency];
      for (const spec of toolFields['cto-career']) {
        expect(local[spec.name], `${currency} ${spec.name}`).toBeCloseTo(spec.kind === 'money' ? usd[spec.name] * factor : usd[spec.name], 6);
      }
      // 100,000,000 dollars at exit is 450,000,000 yuan and 600,000,000,000 dong.
      const r = ctoCareer(local);
      expect(r.fullTime.expectedValue / r.service.expectedValue).toBeCloseTo(usdCareer.fullTime.expectedValue / usdCareer.service.expectedValue, 10);
    }
  });

  it('finds the fee at which the service path is worth as much as full time, worked by hand', () => {
    // 3 years, no gaps, nominal: one 3-year full-time term at 120,000 a year = 360,000, and a 10 % chance of
    // 2 % of 1,000,000 = 2,000 of expected equity: 362,000. Three 12-month engagements: 3 × 10 % × 0.5 % × 1,000,000
    // = 1,500 of expected equity, and the CTO keeps 80 % of the fee for 3 years: 2.4 × fee.
    const input: CtoCareerInput = {
      careerYears: 3,
      gapMonths: 0,
      successChancePct: 10,
      exitValue: 1_000_000,
      dilutionPct: 0,
      discountPct: 0,
      yearsToExit: 3,
      yearsPerCompany: 3,
      ftEquityPct: 2,
      ftCashPerYear: 120_000,
      monthsPerEngagement: 12,
      svcEquityPct: 0.5,
      svcFeePerYear: 100_000,
      svcMarginPct: 20,
    };
    // (362,000 − 1,500) ÷ 2.4 = 150,208.33.
    expect(serviceBreakEvenFee(input)).toBeCloseTo(150_208.33, 1);
    const level = ctoCareer({ ...input, svcFeePerYear: 360_500 / 2.4 });
    expect(level.service.expectedValue).toBeCloseTo(level.fullTime.expectedValue, 6);
  });

  it('at the examples, puts the break-even fee 8.6 % above the example fee, and the cost comparison’s seat fee past it', () => {
    for (const currency of currencies) {
      const example = toolDefaults['cto-career'][currency];
      const fee = serviceBreakEvenFee(example)!;
      // 271,488 dollars against the example 250,000: the same ratio in every currency.
      expect(fee / example.svcFeePerYear, currency).toBeCloseTo(1.08595, 4);
      // The cost comparison's full-seat fee (32,500 a month in dollars, 390,000 a year) is above it: the service path wins there.
      const seatFee = toolDefaults['cost-comparison'][currency].svcMonthlyFee * 12;
      expect(seatFee, currency).toBeGreaterThan(fee);
      const atSeatFee = ctoCareer({ ...example, svcFeePerYear: seatFee });
      expect(atSeatFee.service.expectedValue, currency).toBeGreaterThan(atSeatFee.fullTime.expectedValue);
    }
    expect(serviceBreakEvenFee(toolDefaults['cto-career'].USD)).toBeCloseTo(271_488, 0);
  });

  const inputs = inputOf<CtoCareerInput>(toolFields['cto-career']);

  it('levels the two paths’ expected values at the break-even fee, for any inputs', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const fee = serviceBreakEvenFee(input);
        expect(fee).not.toBeNull();
        expect(Number.isFinite(fee) && fee! >= 0).toBe(true);
        const level = ctoCareer({ ...input, svcFeePerYear: fee! });
        // 0 means the service path is ahead even without a fee.
        if (fee! > 0) expect(level.service.expectedValue).toBeCloseTo(level.fullTime.expectedValue, -Math.max(0, Math.floor(Math.log10(Math.max(1, level.fullTime.expectedValue))) - 9));
        else expect(level.service.expectedValue).toBeGreaterThanOrEqual(level.fullTime.expectedValue * (1 - 1e-12));
      }),
    );
  });

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

  it('never raises the outcome when the discount rate, the years to exit or the firm’s margin rises, nor lowers it when pay, fee or exit value rise', () => {
    const lower: [keyof CtoCareerInput, number][] = [
      ['discountPct', 50],
      ['yearsToExit', 30],
      ['svcMarginPct', 90],
    ];
    const higher: (keyof CtoCareerInput)[] = ['ftCashPerYear', 'svcFeePerYear', 'exitValue'];
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1e6, noNaN: true }), (input, extra) => {
        const before = ctoCareer(input);
        for (const [name, max] of lower) {
          const after = ctoCareer({ ...input, [name]: Math.min(max, input[name] + extra) });
          for (const path of ['fullTime', 'service'] as const) {
            expect(after[path].expectedValue).toBeLessThanOrEqual(before[path].expectedValue * (1 + 1e-12) + 1e-6);
            expect(after[path].cash).toBeLessThanOrEqual(before[path].cash * (1 + 1e-12) + 1e-6);
          }
        }
        for (const name of higher) {
          const after = ctoCareer({ ...input, [name]: input[name] + extra });
          for (const path of ['fullTime', 'service'] as const) {
            expect(after[path].expectedValue).toBeGreaterThanOrEqual(before[path].expectedValue * (1 - 1e-12) - 1e-6);
          }
        }
        // Discounted sums never exceed the nominal ones.
        const nominal = ctoCareer({ ...input, discountPct: 0 });
        for (const path of ['fullTime', 'service'] as const) {
          expect(before[path].cash).toBeLessThanOrEqual(nominal[path].cash * (1 + 1e-12) + 1e-6);
          expect(before[path].expectedValue).toBeLessThanOrEqual(nominal[path].expectedValue * (1 + 1e-12) + 1e-6);
        }
      }),
    );
  });
});
