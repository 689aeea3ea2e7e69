/**
 * The sentences the bad-hire and career tools lead with, in every locale, and the
 * example salaries the three tools share.
 */
import { describe, expect, it } from 'vitest';
import { toolIds } from '../../src/data/catalog';
import { exampleSalaries, salaryFields, toolDefaults } from '../../src/data/tool-defaults';
import { fill } from '../../src/i18n/fill';
import { localeInfo, locales, type Currency } from '../../src/i18n/locales';
import { badHireCost, badHireVerdict } from '../../src/lib/cost/bad-hire-cost';
import { ctoCareer, serviceBreakEvenFee } from '../../src/lib/cost/cto-career';
import { dictionaries } from '../../src/i18n/translate';
import { toolFields } from '../../src/lib/cost/fields';
import { formatMoney, formatYears, joinSentences } from '../../src/lib/format';
import { currencies } from '../../src/lib/share-state';
import { toolProps } from '../../src/widgets/tools/tool-props';
import { badHireSummary, careerSummary } from '../../src/widgets/tools/verdicts';

/** A wrong CMO noticed late, who wasted a large budget, against a wrong CTO whose platform mostly survives. */
const costlyCmo = {
  monthsToNotice: 6,
  rebuildPct: 10,
  otherMonthsToNotice: 9,
  otherRecoveryMonths: 6,
} as const;
const costlyCmoSpending: Record<Currency, { otherWastedPerMonth: number; otherLostProfitPerMonth: number }> = {
  USD: { otherWastedPerMonth: 60_000, otherLostProfitPerMonth: 40_000 },
  CNY: { otherWastedPerMonth: 300_000, otherLostProfitPerMonth: 200_000 },
  VND: { otherWastedPerMonth: 600_000_000, otherLostProfitPerMonth: 400_000_000 },
};

/** What each locale's sentence must say when the other executive costs more: who costs more, and by how much. */
const otherCostsMore: Record<(typeof locales)[number], (other: string, times: string, cto: string) => string> = {
  en: (other, times, cto) => `A wrong CEO, CMO or CFO costs ${other}: ${times} times as much as a wrong CTO (${cto}).`,
  zh: (other, times, cto) => `错招 CEO、CMO 或 CFO 要付出 ${other}，是错招 CTO（${cto}）的 ${times} 倍。`,
  vi: (other, times, cto) => `Tuyển sai CEO, CMO hoặc CFO tốn ${other}, gấp ${times} lần tuyển sai CTO (${cto}).`,
};

describe.each(locales)('bad hire verdict in %s', (locale) => {
  const { intlLocale, currency } = localeInfo[locale];
  const { strings } = toolProps('bad-hire-cost', locale);
  const sentence = (input: typeof toolDefaults['bad-hire-cost']['USD']) => {
    const r = badHireCost(input);
    const money = (v: number) => formatMoney(v, currency, intlLocale);
    return { r, text: badHireSummary(badHireVerdict(r), { total: money(r.total), other: money(r.otherExecTotal) }, strings, intlLocale) };
  };

  it('says a wrong CMO costs more, and how many times more, when the inputs say so', () => {
    const { r, text } = sentence({ ...toolDefaults['bad-hire-cost'][currency], ...costlyCmo, ...costlyCmoSpending[currency] });
    expect(r.times).toBeLessThan(1);
    const times = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(r.otherExecTotal / r.total);
    expect(Number.parseFloat(times.replace(',', '.'))).toBeGreaterThan(1);
    expect(text).toBe(otherCostsMore[locale](formatMoney(r.otherExecTotal, currency, intlLocale), times, formatMoney(r.total, currency, intlLocale)));
  });

  it('at the examples, where both hires start from the same losses, says they cost about the same: 1.1 times, the other way round', () => {
    const { r, text } = sentence(toolDefaults['bad-hire-cost'][currency]);
    // 822,000 ÷ 774,000 = 1.06 in dollars, and the same ratio in yuan and dong.
    expect(r.otherExecTotal / r.total).toBeCloseTo(822_000 / 774_000, 10);
    const times = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(1.1);
    expect(text).toBe(otherCostsMore[locale](formatMoney(r.otherExecTotal, currency, intlLocale), times, formatMoney(r.total, currency, intlLocale)));
  });

  it('says a wrong CTO costs more when the whole of a larger team’s work has to be rebuilt, with the multiple from the inputs', () => {
    const { r, text } = sentence({ ...toolDefaults['bad-hire-cost'][currency], rebuildPct: 100 });
    expect(r.times).toBeGreaterThan(1);
    expect(text).toContain(new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(r.times!));
    expect(text.indexOf(formatMoney(r.total, currency, intlLocale))).toBeLessThan(text.indexOf(formatMoney(r.otherExecTotal, currency, intlLocale)));
  });

  it('calls near-equal costs about the same, with no multiple', () => {
    const example = toolDefaults['bad-hire-cost'][currency];
    const base = badHireCost({ ...example, otherLostProfitPerMonth: 0 });
    // Profit lost over 18 months that brings the other executive's total level with the CTO's.
    const level = (base.total - base.otherExecTotal) / (example.otherMonthsToNotice + example.otherRecoveryMonths);
    const { r, text } = sentence({ ...example, otherLostProfitPerMonth: level });
    expect(badHireVerdict(r)).toEqual({ kind: 'similar' });
    expect(text).toBe(strings['calc.bh.summarySimilar'].replace('{total}', formatMoney(r.total, currency, intlLocale)).replace('{other}', formatMoney(r.otherExecTotal, currency, intlLocale)));
  });
});

describe.each(locales)('career verdict in %s', (locale) => {
  const { intlLocale, currency } = localeInfo[locale];
  const { strings } = toolProps('cto-career', locale);
  const money = (v: number) => formatMoney(v, currency, intlLocale);
  const sentence = (input: typeof toolDefaults['cto-career']['USD']) => {
    const r = ctoCareer(input);
    return careerSummary(r, { years: formatYears(input.careerYears, intlLocale), fullTime: money(r.fullTime.expectedValue), service: money(r.service.expectedValue) }, strings, joinSentences);
  };

  it('leads with both expected values and says that the most likely outcome is no large success', () => {
    const example = toolDefaults['cto-career'][currency];
    const r = ctoCareer(example);
    const expected = fill(strings['calc.career.summary'], {
      years: formatYears(25, intlLocale),
      fullTime: money(r.fullTime.expectedValue),
      service: money(r.service.expectedValue),
    });
    expect(sentence(example)).toBe(joinSentences(expected, strings['calc.career.summaryNoneBoth']));
  });

  it('says it of one path only when the other path’s most likely outcome is a success', () => {
    const likely = { ...toolDefaults['cto-career'][currency], successChancePct: 12 };
    expect(ctoCareer(likely).service.mostLikelySuccesses).toBeGreaterThan(0);
    expect(ctoCareer(likely).fullTime.mostLikelySuccesses).toBe(0);
    expect(sentence(likely).endsWith(strings['calc.career.summaryNoneFullTime'])).toBe(true);
    const certain = { ...likely, successChancePct: 60 };
    expect(sentence(certain)).not.toContain(strings['calc.career.summaryNoneBoth']);
    expect(sentence(certain)).not.toContain(strings['calc.career.summaryNoneService']);
  });
});

describe('example salaries', () => {
  it.each(toolIds)('%s takes its salary defaults from the shared set, in every currency', (id) => {
    const fields: Record<string, keyof (typeof exampleSalaries)['USD']> = salaryFields[id];
    expect(Object.keys(fields).length).toBeGreaterThan(0);
    for (const currency of currencies) {
      const defaults: Record<string, number> = toolDefaults[id][currency];
      for (const [name, level] of Object.entries(fields)) {
        expect(toolFields[id].some((spec) => spec.name === name), name).toBe(true);
        expect(defaults[name], `${id} ${currency} ${name}`).toBe(exampleSalaries[currency][level]);
      }
    }
  });

  it('gives a CTO the same example salary in the three tools', () => {
    for (const currency of currencies) {
      const cto = exampleSalaries[currency].cto;
      expect([
        toolDefaults['cost-comparison'][currency].ftSalary,
        toolDefaults['bad-hire-cost'][currency].ctoSalary,
        toolDefaults['cto-career'][currency].ftCashPerYear,
      ]).toEqual([cto, cto, cto]);
    }
  });
});

describe.each(locales)('the career method in %s', (locale) => {
  it('states the break-even fee as the calculator computes it: 8.6 % above the example fee', () => {
    const example = toolDefaults['cto-career'][localeInfo[locale].currency];
    // 271,488 ÷ 250,000 − 1 = 8.6 % in dollars, the same share in yuan and dong.
    const above = (serviceBreakEvenFee(example)! / example.svcFeePerYear - 1) * 100;
    const written = new Intl.NumberFormat(localeInfo[locale].intlLocale, { maximumFractionDigits: 1 }).format(above);
    expect(written).toBe(locale === 'vi' ? '8,6' : '8.6');
    expect(dictionaries[locale]['tools.cto-career.method7']).toContain(`${written}${locale === 'en' ? ' %' : '%'}`);
  });
});
