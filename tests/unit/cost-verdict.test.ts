/** The cost comparison's verdict: which path is cheaper at the horizon, and from which month on. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolDefaults } from '../../src/data/tool-defaults';
import { compareCosts, type CostComparisonInput } from '../../src/lib/cost/cost-comparison';
import { toolFields, type FieldSpec } from '../../src/lib/cost/fields';
import { costVerdict } from '../../src/lib/cost/verdict';

const example = toolDefaults['cost-comparison'].USD;
/** The example with its lines crossing: no vacancy cost, so the service's dearer months come first. */
const crossing = { ...example, vacancyMonthlyCost: 0 };

describe('cost verdict', () => {
  it('names the break-even month when the cumulative lines cross', () => {
    // Month 21: full time 223,333 + 9 × 24,891.67 = 447,358 against 390,000 + 4 × 16,093.75 = 454,375;
    // month 22: 472,250 against 470,469.
    expect(costVerdict(compareCosts(crossing).cash)).toEqual({ cheaper: 'service', from: 22 });
  });

  it('says the service never costs more when it is cheaper from the first month', () => {
    expect(costVerdict(compareCosts(example).cash)).toEqual({ cheaper: 'service', from: 'start' });
    expect(costVerdict(compareCosts({ ...crossing, svcMonthlyFee: 1_000 }).cash)).toEqual({ cheaper: 'service', from: 'start' });
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
