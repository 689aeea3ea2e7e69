/** The cost comparison's verdict: which path is cheaper at the horizon, and from which month on. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolDefaults } from '../../src/data/tool-defaults';
import { compareCosts, type CostComparisonInput } from '../../src/lib/cost/cost-comparison';
import { toolFields, type FieldSpec } from '../../src/lib/cost/fields';
import { costVerdict } from '../../src/lib/cost/verdict';

const example = toolDefaults['cost-comparison'].USD;
/** The example, in nominal sums, with an in-house lead taking over: the service's dearer months come first, then the lead's lower pay catches up. */
const crossing: CostComparisonInput = { ...example, discountPct: 0, successor: 'lead' };

describe('cost verdict', () => {
  it('names the break-even month when the cumulative lines cross', () => {
    // Month 47: full time 1,120,178 against 1,128,412. Month 48 adds full time’s pay, raised three times,
    // 24,166.67 × 1.03³ = 26,407, against the lead’s 15,625 × 1.03³ = 17,074: 1,146,585 against 1,145,486.
    const result = compareCosts(crossing).cash;
    expect([result.fullTime[46], result.service[46], result.fullTime[47], result.service[47]].map((sum) => Math.round(sum!))).toEqual([1_120_178, 1_128_412, 1_146_585, 1_145_486]);
    expect(costVerdict(result)).toEqual({ cheaper: 'service', from: 48 });
  });

  it('says the service never costs more when it is cheaper from the first month', () => {
    // An empty month at 50,000: both paths are empty in month 1, then the service's 1,000 fee is all it costs.
    expect(costVerdict(compareCosts({ ...crossing, vacancyMonthlyCost: 50_000, svcMonthlyFee: 1_000 }).cash)).toEqual({ cheaper: 'service', from: 'start' });
  });

  it('says the full-time path never costs more when it is cheaper from the first month', () => {
    expect(costVerdict(compareCosts({ ...crossing, ftRecruiting: 0, ftSalary: 10_000, ftBonus: 0 }).cash)).toEqual({
      cheaper: 'fullTime',
      from: 'start',
    });
  });

  it('calls a difference that rounds to nothing a tie', () => {
    expect(costVerdict({ difference: 0.4, breakEvenMonth: 12 })).toEqual({ cheaper: 'neither' });
    expect(costVerdict({ difference: -0.49, breakEvenMonth: null })).toEqual({ cheaper: 'neither' });
  });

  it('holds for any valid input: from the month it names on, the cheaper path never costs more', () => {
    const value = (spec: FieldSpec) =>
      spec.whole ? fc.integer({ min: spec.min, max: spec.max }) : fc.double({ min: spec.min, max: spec.max, noNaN: true });
    const inputs = fc.record({
      ...Object.fromEntries(toolFields['cost-comparison'].map((spec) => [spec.name, value(spec)])),
      serviceMode: fc.constantFrom('seat', 'fractional'),
    }) as unknown as fc.Arbitrary<CostComparisonInput>;
    fc.assert(
      fc.property(inputs, fc.constantFrom('cash', 'economic' as const), (input, view) => {
        const r = compareCosts(input)[view];
        const verdict = costVerdict(r);
        if (verdict.cheaper === 'neither') return;
        const [cheap, dear] = verdict.cheaper === 'service' ? [r.service, r.fullTime] : [r.fullTime, r.service];
        const first = verdict.from === 'start' ? 0 : verdict.from - 1;
        for (let i = first; i < r.fullTime.length; i++) expect(cheap[i]!).toBeLessThanOrEqual(dear[i]!);
        if (verdict.from !== 'start') expect(cheap[first]!).toBeLessThan(dear[first]!);
      }),
    );
  });
});
