/**
 * Example inputs for each tool in each currency. They are round figures chosen to make
 * the arithmetic visible, NOT market data: the sources give no salaries, fees or
 * odds, and the pages label these values as examples for the reader to replace.
 */
import type { ToolId } from './catalog';
import type { ToolParam } from './tool-params';
import type { Currency } from '../i18n/locales';
import { toolFields } from '../lib/cost/fields';

type FieldName<T extends ToolId> = Exclude<ToolParam<T>, 'cur'>;
type Example<T extends ToolId> = Record<FieldName<T>, number>;
type Defaults<T extends ToolId> = Record<Currency, Example<T>>;

export type SalaryLevel = 'cto' | 'lead' | 'otherExec';

/**
 * Each example is written once, in US dollars, and every amount becomes yuan at × 4.5
 * and dong at × 6,000, so that a company is the same business in each locale: the
 * ratios between amounts, and therefore every verdict, multiple and break-even, are
 * the same whichever currency the reader picks. Shares, months and years are not
 * converted. The factors are round example ratios, not exchange rates.
 */
export const exampleScale: Record<Currency, number> = { USD: 1, CNY: 4.5, VND: 6_000 };

const usdSalaries: Record<SalaryLevel, number> = { cto: 200_000, lead: 150_000, otherExec: 180_000 };

/**
 * One set of example salaries per currency, shared by the three tools, so that a CTO
 * earns the same example salary in the cost comparison, the bad-hire cost and the
 * career calculator. Annual figures. Marked pure so that pages which never read it
 * (every island) do not ship it.
 */
export const exampleSalaries = /* @__PURE__ */ salariesInEachCurrency();

function salariesInEachCurrency(): Record<Currency, Record<SalaryLevel, number>> {
  return Object.fromEntries(
    Object.entries(exampleScale).map(([currency, scale]) => [currency, Object.fromEntries(Object.entries(usdSalaries).map(([level, usd]) => [level, usd * scale]))]),
  ) as Record<Currency, Record<SalaryLevel, number>>;
}

/** The fields that start from a shared example salary, and which one; the pages label them as such. */
export const salaryFields = {
  'cost-comparison': { ftSalary: 'cto', leadSalary: 'lead' },
  'bad-hire-cost': { ctoSalary: 'cto', otherExecSalary: 'otherExec' },
  'cto-career': { ftCashPerYear: 'cto' },
} as const satisfies { [T in ToolId]: Partial<Record<FieldName<T>, SalaryLevel>> };

function inEachCurrency<T extends ToolId>(tool: T, usd: Example<T>): Defaults<T> {
  const isMoney = new Set<string>(toolFields[tool].filter((spec) => spec.kind === 'money').map((spec) => spec.name));
  const convert = (currency: Currency) =>
    Object.fromEntries(Object.entries(usd).map(([name, value]) => [name, isMoney.has(name) ? (value as number) * exampleScale[currency] : value])) as Example<T>;
  return { USD: convert('USD'), CNY: convert('CNY'), VND: convert('VND') };
}

export const toolDefaults: { [T in ToolId]: Defaults<T> } = {
  'cost-comparison': /* @__PURE__ */ inEachCurrency('cost-comparison', {
    horizonYears: 5,
    vacancyMonthlyCost: 0,
    salaryGrowthPct: 3,
    discountPct: 8,
    ftSalary: usdSalaries.cto,
    ftBonus: 40_000,
    ftOverheadPct: 25,
    ftRecruiting: 30_000,
    ftMonthsToHire: 4,
    ftEquityPct: 2,
    companyValue: 20_000_000,
    equityDiscountPct: 30,
    // A round priced at the company value costs a holder nothing (see cost-comparison.ts).
    dilutionPct: 0,
    ftVestingYears: 4,
    svcMonthsToStart: 1,
    svcMonthlyFee: 32_500,
    svcDaysPerWeek: 2,
    svcDayRate: 1_500,
    svcMonths: 18,
    svcBonusCash: 30_000,
    svcBonusEquityPct: 0.5,
    svcBonusChancePct: 50,
    svcOverlapMonths: 2,
    leadSalary: usdSalaries.lead,
    // The CTO's search at the same share of the salary it fills: 30,000 × 150,000 / 200,000.
    leadRecruiting: 22_500,
    leadCoveragePct: 60,
  }),
  // The two hires start from the same example losses: a month
  // of the business held back loses the same gross profit, the spending that bought
  // nothing is the same per month (the CTO's 60 % of a 60,000 team is 36,000), and the
  // next hire costs the cost comparison's recruiting fee in dollars (30,000) on both
  // sides. The next CTO takes as long to find as in the cost comparison.
  'bad-hire-cost': /* @__PURE__ */ inEachCurrency('bad-hire-cost', {
    monthsToNotice: 12,
    ctoSalary: usdSalaries.cto,
    teamCostPerMonth: 60_000,
    rebuildPct: 60,
    lateProfitPerMonth: 10_000,
    monthsToReplace: 4,
    replacementCost: 30_000,
    otherMonthsToNotice: 12,
    otherExecSalary: usdSalaries.otherExec,
    otherWastedPerMonth: 36_000,
    otherLostProfitPerMonth: 10_000,
    otherRecoveryMonths: 6,
    otherExecRehireCost: 30_000,
  }),
  // The illustration of the cto-career-math guide: 25 years, four-year vesting terms
  // (the common schedule) or 18-month engagements, two months between companies, and
  // a 5 % chance per company of a success that pays the stake in a meaningful way.
  // An example discount rate of 8 % a year (the same example as the cost comparison's;
  // the guide gives the nominal sums as its sensitivity), and an exit seven years after
  // the CTO joins, on both paths. The service fee is set so that, after an example firm margin of 20 %, the
  // service CTO receives the shared example salary while engaged: the paths differ in
  // terms, gaps and equity, not in pay.
  'cto-career': /* @__PURE__ */ inEachCurrency('cto-career', {
    careerYears: 25,
    gapMonths: 2,
    successChancePct: 5,
    exitValue: 100_000_000,
    dilutionPct: 50,
    discountPct: 8,
    yearsToExit: 7,
    yearsPerCompany: 4,
    ftEquityPct: 2,
    ftCashPerYear: usdSalaries.cto,
    monthsPerEngagement: 18,
    svcEquityPct: 0.5,
    svcFeePerYear: 250_000,
    svcMarginPct: 20,
  }),
};
