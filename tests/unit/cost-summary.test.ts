/**
 * The cost comparison's headline in every locale: conditional on the vacancy cost
 * wherever that cost would change the verdict, unconditional only where it would not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { compareCosts, type CostComparisonInput } from '../../src/lib/cost/cost-comparison';
import { costVerdict } from '../../src/lib/cost/verdict';
import { formatMoney, formatYears } from '../../src/lib/format';
import { costSummary } from '../../src/widgets/tools/verdicts';
import { toolProps } from '../../src/widgets/tools/tool-props';
import { bareCostInput as bare } from '../fixtures/cost-comparison';

// Full time empty for 3 months, then 120,000 / 12 = 10,000 a month: 9 × 10,000 = 90,000.
// Service from month 1 at 12,000 a month for 12 months: 144,000. Full time is 54,000 cheaper
// at no vacancy cost; each unit of it adds 3 months to full time and none to the service, so
// both cost the same at 54,000 / 3 = 18,000 a month.
const waiting: CostComparisonInput = { ...bare, ftMonthsToHire: 3, ftSalary: 120_000, svcMonthlyFee: 12_000, svcMonths: 12 };

const headline = (locale: Locale, input: CostComparisonInput) => {
  const { intlLocale } = localeInfo[locale];
  // The sums of the example are dollars in every locale: the sentence is what is checked, not the currency.
  const money = (v: number) => formatMoney(v, 'USD', intlLocale);
  const { strings } = toolProps('cost-comparison', locale);
  return costSummary(compareCosts(input).cash, input.vacancyMonthlyCost, { years: formatYears(1, intlLocale), basis: strings['calc.cc.basis.cash'], money }, strings);
};

/** Each locale's sentence, written out: who is cheaper, unless an empty month costs more or less than the flip. */
const written: Record<Locale, { fullTimeUnlessAbove: string; serviceUnlessBelow: string; fullTimeStart: string; serviceUnlessAbove: string }> = {
  en: {
    fullTimeUnlessAbove:
      'A full-time CTO is cheaper unless a month without a technical leader costs you more than $18,000: at $0 a month, $54,000 less in cash over 1 year.',
    serviceUnlessBelow:
      'CTO as a service is cheaper unless a month without a technical leader costs you less than $18,000: at $20,000 a month, $6,000 less in cash over 1 year.',
    fullTimeStart: 'A full-time CTO never costs more than CTO as a service, month by month: $18,000 less in cash over 1 year.',
    serviceUnlessAbove:
      'CTO as a service is cheaper unless a month without a technical leader costs you more than $9,048: at $0 a month, $38,000 less in cash over 1 year.',
  },
  zh: {
    fullTimeUnlessAbove: '全职首席技术官更省钱，除非没有技术负责人的一个月让你损失超过 US$18,000：按每月损失 US$0 计，1年内按现金计少花 US$54,000。',
    serviceUnlessBelow: 'CTO 即服务更省钱，除非没有技术负责人的一个月让你损失不到 US$18,000：按每月损失 US$20,000 计，1年内按现金计少花 US$6,000。',
    fullTimeStart: '逐月累计，全职首席技术官从未比 CTO 即服务花得多：1年内按现金计少花 US$18,000。',
    serviceUnlessAbove: 'CTO 即服务更省钱，除非没有技术负责人的一个月让你损失超过 US$9,048：按每月损失 US$0 计，1年内按现金计少花 US$38,000。',
  },
  vi: {
    fullTimeUnlessAbove:
      'CTO toàn thời gian rẻ hơn, trừ khi một tháng không có người lãnh đạo kỹ thuật khiến bạn thiệt hại trên 18.000\u00a0US$. Với mức 0\u00a0US$ mỗi tháng, phương án này rẻ hơn 54.000\u00a0US$ (tiền mặt) trong 1 năm.',
    serviceUnlessBelow:
      'CTO dịch vụ rẻ hơn, trừ khi một tháng không có người lãnh đạo kỹ thuật khiến bạn thiệt hại dưới 18.000\u00a0US$. Với mức 20.000\u00a0US$ mỗi tháng, phương án này rẻ hơn 6.000\u00a0US$ (tiền mặt) trong 1 năm.',
    fullTimeStart: 'Cộng dồn theo từng tháng, CTO toàn thời gian chưa lúc nào tốn hơn CTO dịch vụ: tổng cộng ít hơn 18.000\u00a0US$ tiền mặt trong 1 năm.',
    serviceUnlessAbove:
      'CTO dịch vụ rẻ hơn, trừ khi một tháng không có người lãnh đạo kỹ thuật khiến bạn thiệt hại trên 9.048\u00a0US$. Với mức 0\u00a0US$ mỗi tháng, phương án này rẻ hơn 38.000\u00a0US$ (tiền mặt) trong 1 năm.',
  },
};

describe.each(locales)('cost comparison headline in %s', (locale) => {
  it('at no vacancy cost, says full time is cheaper only unless an empty month costs more than the flip point', () => {
    expect(headline(locale, waiting)).toBe(written[locale].fullTimeUnlessAbove);
  });

  it('past the flip point, says the service is cheaper unless an empty month costs less', () => {
    // At 20,000 a month full time costs 90,000 + 3 × 20,000 = 150,000 against the service’s 144,000.
    expect(headline(locale, { ...waiting, vacancyMonthlyCost: 20_000 })).toBe(written[locale].serviceUnlessBelow);
  });

  it('keeps the unconditional sentence where no vacancy cost changes the verdict', () => {
    // Both paths start in month 4: full time 90,000, the service 9 × 12,000 = 108,000, empty for as long.
    expect(headline(locale, { ...waiting, svcMonthsToStart: 3 })).toBe(written[locale].fullTimeStart);
  });

  it('words the mirror case: a part-time CTO cheaper unless an empty month costs more', () => {
    // Two days of five at 500 a day: 2 × 52 / 12 × 500 × 12 = 52,000, 38,000 less than full time; 3/5 of each
    // month is empty, 12 × 3/5 = 7.2 months against full time’s 3, so the flip is 38,000 / 4.2 = 9,047.62.
    expect(headline(locale, { ...waiting, serviceMode: 'fractional', svcDaysPerWeek: 2, svcDayRate: 500 })).toBe(written[locale].serviceUnlessAbove);
  });
});

describe('cost comparison headline, for any vacancy cost', () => {
  it('is conditional whenever a flip point exists, and names the path the totals make cheaper', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (vacancy, hire, start) => {
        const input = { ...waiting, vacancyMonthlyCost: vacancy, ftMonthsToHire: hire, svcMonthsToStart: start };
        const lines = compareCosts(input).cash;
        const text = headline('en', input);
        const verdict = costVerdict(lines);
        if (verdict.cheaper === 'neither') return;
        expect(text.includes(' unless ')).toBe(lines.vacancyFlip !== null);
        if (lines.vacancyFlip !== null) expect(text.startsWith(verdict.cheaper === 'service' ? 'CTO as a service is cheaper' : 'A full-time CTO is cheaper')).toBe(true);
      }),
    );
  });
});
