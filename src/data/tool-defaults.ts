/**
 * Example inputs for each tool in each currency. They are round figures chosen to make
 * the arithmetic visible, NOT market data: the sources give no salaries, fees or
 * odds, and the pages label these values as examples for the reader to replace.
 */
import type { ToolId } from './catalog';
import type { ToolParam } from './tool-params';
import type { Currency } from '../i18n/locales';

type FieldName<T extends ToolId> = Exclude<ToolParam<T>, 'cur'>;
type Defaults<T extends ToolId> = Record<Currency, Record<FieldName<T>, number>>;

export type SalaryLevel = 'cto' | 'lead' | 'otherExec';

/**
 * One set of example salaries per currency, shared by the three tools, so that a CTO
 * earns the same example salary in the cost comparison, the bad-hire cost and the
 * career calculator. Annual figures.
 */
export const exampleSalaries: Record<Currency, Record<SalaryLevel, number>> = {
  USD: { cto: 200_000, lead: 150_000, otherExec: 180_000 },
  CNY: { cto: 900_000, lead: 600_000, otherExec: 810_000 },
  VND: { cto: 1_200_000_000, lead: 800_000_000, otherExec: 1_080_000_000 },
};

/** The fields that start from a shared example salary, and which one; the pages label them as such. */
export const salaryFields = {
  'cost-comparison': { ftSalary: 'cto', leadSalary: 'lead' },
  'bad-hire-cost': { ctoSalary: 'cto', otherExecSalary: 'otherExec' },
  'cto-career': { ftCashPerYear: 'cto' },
} as const satisfies { [T in ToolId]: Partial<Record<FieldName<T>, SalaryLevel>> };

export const toolDefaults: { [T in ToolId]: Defaults<T> } = {
  'cost-comparison': {
    USD: {
      horizonYears: 5,
      vacancyMonthlyCost: 0,
      salaryGrowthPct: 3,
      discountPct: 8,
      ftSalary: exampleSalaries.USD.cto,
      ftBonus: 40_000,
      ftOverheadPct: 25,
      ftRecruiting: 30_000,
      ftMonthsToHire: 4,
      ftEquityPct: 2,
      companyValue: 20_000_000,
      equityDiscountPct: 30,
      dilutionPct: 15,
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
      leadSalary: exampleSalaries.USD.lead,
      leadCoveragePct: 60,
    },
    CNY: {
      horizonYears: 5,
      vacancyMonthlyCost: 0,
      salaryGrowthPct: 3,
      discountPct: 8,
      ftSalary: exampleSalaries.CNY.cto,
      ftBonus: 150_000,
      ftOverheadPct: 35,
      ftRecruiting: 150_000,
      ftMonthsToHire: 4,
      ftEquityPct: 2,
      companyValue: 100_000_000,
      equityDiscountPct: 30,
      dilutionPct: 15,
      ftVestingYears: 4,
      svcMonthsToStart: 1,
      svcMonthlyFee: 130_000,
      svcDaysPerWeek: 2,
      svcDayRate: 6_000,
      svcMonths: 18,
      svcBonusCash: 150_000,
      svcBonusEquityPct: 0.5,
      svcBonusChancePct: 50,
      svcOverlapMonths: 2,
      leadSalary: exampleSalaries.CNY.lead,
      leadCoveragePct: 60,
    },
    VND: {
      horizonYears: 5,
      vacancyMonthlyCost: 0,
      salaryGrowthPct: 3,
      discountPct: 8,
      ftSalary: exampleSalaries.VND.cto,
      ftBonus: 200_000_000,
      ftOverheadPct: 25,
      ftRecruiting: 200_000_000,
      ftMonthsToHire: 4,
      ftEquityPct: 2,
      companyValue: 100_000_000_000,
      equityDiscountPct: 30,
      dilutionPct: 15,
      ftVestingYears: 4,
      svcMonthsToStart: 1,
      svcMonthlyFee: 162_500_000,
      svcDaysPerWeek: 2,
      svcDayRate: 7_500_000,
      svcMonths: 18,
      svcBonusCash: 200_000_000,
      svcBonusEquityPct: 0.5,
      svcBonusChancePct: 50,
      svcOverlapMonths: 2,
      leadSalary: exampleSalaries.VND.lead,
      leadCoveragePct: 60,
    },
  },
  // The same business in each currency: every amount is the US dollar example × 4.5 in
  // yuan and × 6,000 in dong (the ratio of the shared CTO salaries), so the multiple is
  // the same in every locale. The two hires start from the same example losses: a month
  // of the business held back loses the same gross profit, the spending that bought
  // nothing is the same per month (the CTO's 60 % of a 60,000 team is 36,000), and the
  // next hire costs the cost comparison's recruiting fee in dollars (30,000) on both
  // sides. The next CTO takes as long to find as in the cost comparison.
  'bad-hire-cost': {
    USD: {
      monthsToNotice: 12,
      ctoSalary: exampleSalaries.USD.cto,
      teamCostPerMonth: 60_000,
      rebuildPct: 60,
      lateProfitPerMonth: 10_000,
      monthsToReplace: 4,
      replacementCost: 30_000,
      otherMonthsToNotice: 12,
      otherExecSalary: exampleSalaries.USD.otherExec,
      otherWastedPerMonth: 36_000,
      otherLostProfitPerMonth: 10_000,
      otherRecoveryMonths: 6,
      otherExecRehireCost: 30_000,
    },
    CNY: {
      monthsToNotice: 12,
      ctoSalary: exampleSalaries.CNY.cto,
      teamCostPerMonth: 270_000,
      rebuildPct: 60,
      lateProfitPerMonth: 45_000,
      monthsToReplace: 4,
      replacementCost: 135_000,
      otherMonthsToNotice: 12,
      otherExecSalary: exampleSalaries.CNY.otherExec,
      otherWastedPerMonth: 162_000,
      otherLostProfitPerMonth: 45_000,
      otherRecoveryMonths: 6,
      otherExecRehireCost: 135_000,
    },
    VND: {
      monthsToNotice: 12,
      ctoSalary: exampleSalaries.VND.cto,
      teamCostPerMonth: 360_000_000,
      rebuildPct: 60,
      lateProfitPerMonth: 60_000_000,
      monthsToReplace: 4,
      replacementCost: 180_000_000,
      otherMonthsToNotice: 12,
      otherExecSalary: exampleSalaries.VND.otherExec,
      otherWastedPerMonth: 216_000_000,
      otherLostProfitPerMonth: 60_000_000,
      otherRecoveryMonths: 6,
      otherExecRehireCost: 180_000_000,
    },
  },
  // The illustration of the cto-career-math guide: 25 years, four-year vesting terms
  // (the common schedule) or 18-month engagements, two months between companies, and
  // a 5 % chance per company of a success that pays the stake in a meaningful way.
  // An example discount rate of 8 % a year (the same example as the cost comparison's;
  // the guide gives the nominal sums as its sensitivity), and an exit seven years after
  // the CTO joins, on both paths. The service fee is set so that, after an example firm margin of 20 %, the
  // service CTO receives the shared example salary while engaged: the paths differ in
  // terms, gaps and equity, not in pay. Every amount, the exit value included, is the US
  // dollar example × 4.5 in yuan and × 6,000 in dong, so each locale shows the same margins.
  'cto-career': {
    USD: {
      careerYears: 25,
      gapMonths: 2,
      successChancePct: 5,
      exitValue: 100_000_000,
      dilutionPct: 50,
      discountPct: 8,
      yearsToExit: 7,
      yearsPerCompany: 4,
      ftEquityPct: 2,
      ftCashPerYear: exampleSalaries.USD.cto,
      monthsPerEngagement: 18,
      svcEquityPct: 0.5,
      svcFeePerYear: 250_000,
      svcMarginPct: 20,
    },
    CNY: {
      careerYears: 25,
      gapMonths: 2,
      successChancePct: 5,
      exitValue: 450_000_000,
      dilutionPct: 50,
      discountPct: 8,
      yearsToExit: 7,
      yearsPerCompany: 4,
      ftEquityPct: 2,
      ftCashPerYear: exampleSalaries.CNY.cto,
      monthsPerEngagement: 18,
      svcEquityPct: 0.5,
      svcFeePerYear: 1_125_000,
      svcMarginPct: 20,
    },
    VND: {
      careerYears: 25,
      gapMonths: 2,
      successChancePct: 5,
      exitValue: 600_000_000_000,
      dilutionPct: 50,
      discountPct: 8,
      yearsToExit: 7,
      yearsPerCompany: 4,
      ftEquityPct: 2,
      ftCashPerYear: exampleSalaries.VND.cto,
      monthsPerEngagement: 18,
      svcEquityPct: 0.5,
      svcFeePerYear: 1_500_000_000,
      svcMarginPct: 20,
    },
  },
};
