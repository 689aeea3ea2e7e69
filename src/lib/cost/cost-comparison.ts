/**
 * Full-time CTO against CTO as a service, month by month over a horizon of years, in
 * two views: cash only, and economic cost (cash plus the vested equity each path gives
 * up, priced at a company value the reader sets).
 *
 * Assumptions, stated on the tool page:
 * - An empty seat costs `vacancyMonthlyCost` in every month nobody leads technology:
 *   the full-time path until the hire, the service path until its engagement starts.
 *   A part-time (fractional) CTO fills only their days of the five-day week, so the
 *   uncovered share of the vacancy cost still accrues during that engagement.
 * - Full time: the recruiting cost is paid in month 1; from the hire, salary, bonus
 *   and overhead (a share of salary) accrue monthly. Equity vests monthly over the
 *   vesting years after a one-year cliff counted from the hire.
 * - Service: the engagement starts after `svcMonthsToStart` months and runs
 *   `svcMonths` months. A full-seat service CTO is paid a monthly fee; a part-time one
 *   days a week × 52 / 12 × the day rate. The fee is fixed for the engagement. The
 *   cash success bonus is paid and the equity bonus vests in the engagement's last
 *   month. The in-house lead starts `svcOverlapMonths` before the engagement ends
 *   (so the seat is never empty after it), and costs salary plus the same overhead
 *   share as the full-time CTO.
 * - Salaries (full-time pay and the lead's) rise by `salaryGrowthPct` at the start of
 *   each year of the horizon (months 13, 25, …), whenever the person was hired.
 * - Equity is diluted by `dilutionPct` at the start of each year of the horizon.
 * - Each month's amount is discounted to today at `discountPct` a year:
 *   amount / (1 + r)^(month / 12); at 0 % the sums are nominal.
 */

export type ServiceMode = 'seat' | 'fractional';

export interface CostComparisonInput {
  horizonYears: number;
  vacancyMonthlyCost: number;
  salaryGrowthPct: number;
  discountPct: number;
  companyValue: number;
  dilutionPct: number;
  ftSalary: number;
  ftBonus: number;
  ftOverheadPct: number;
  ftRecruiting: number;
  ftMonthsToHire: number;
  ftEquityPct: number;
  ftVestingYears: number;
  /** A full-seat service CTO (the sources' model, and the default) or a part-time one. */
  serviceMode?: ServiceMode;
  svcMonthsToStart: number;
  svcMonthlyFee: number;
  svcDaysPerWeek: number;
  svcDayRate: number;
  svcMonths: number;
  svcBonusCash: number;
  svcBonusEquityPct: number;
  svcOverlapMonths: number;
  leadSalary: number;
}

export interface EquityShare {
  /** Percentage of the company promised. */
  grantedPct: number;
  /** Percentage of the grant earned by the end of the horizon, before dilution. */
  vestedPct: number;
  /** What the economic view counts for it: each month's vested part, diluted and discounted, at the company value. */
  vestedValue: number;
}

/** Both paths' cumulative cost in one view. */
export interface CostLines {
  /** Cumulative cost by the end of each month (index 0 is month 1). */
  fullTime: number[];
  service: number[];
  fullTimeTotal: number;
  serviceTotal: number;
  /** Full-time total minus service total: positive when the service costs less. */
  difference: number;
  /**
   * The break-even point: the first month from which the path cheaper at the horizon
   * stays cheaper to the end of the horizon (the last crossing of the two lines), or
   * null when the lines never cross.
   */
  breakEvenMonth: number | null;
}

export interface CostComparisonResult {
  months: number;
  cash: CostLines;
  economic: CostLines;
  fullTimeEquity: EquityShare;
  serviceEquity: EquityShare;
}

/** Days in a full working week: a part-time CTO on d days fills d / 5 of the seat. */
const fullWeekDays = 5;

/** The part-time fee for a month: days a week × 52 weeks / 12 months × the day rate. */
export function fractionalMonthlyFee(daysPerWeek: number, dayRate: number): number {
  return (daysPerWeek * 52 * dayRate) / 12;
}

export function compareCosts(input: CostComparisonInput): CostComparisonResult {
  const months = Math.round(input.horizonYears * 12);
  const overhead = 1 + input.ftOverheadPct / 100;
  const hireMonth = Math.round(input.ftMonthsToHire) + 1;
  const ftMonthly = (input.ftSalary * overhead + input.ftBonus) / 12;
  const leadMonthly = (input.leadSalary / 12) * overhead;
  const fractional = input.serviceMode === 'fractional';
  const svcFee = fractional ? fractionalMonthlyFee(input.svcDaysPerWeek, input.svcDayRate) : input.svcMonthlyFee;
  const svcCover = fractional ? Math.min(1, input.svcDaysPerWeek / fullWeekDays) : 1;
  const svcStart = Math.round(input.svcMonthsToStart) + 1;
  const svcEnd = svcStart + Math.round(input.svcMonths) - 1;
  const leadStart = Math.max(1, svcEnd - Math.round(input.svcOverlapMonths) + 1);
  const ftGrant = (input.ftEquityPct / 100) * input.companyValue;
  const svcGrant = (input.svcBonusEquityPct / 100) * input.companyValue;

  const cash = { fullTime: [] as number[], service: [] as number[] };
  const economic = { fullTime: [] as number[], service: [] as number[] };
  let ftCash = 0;
  let svcCash = 0;
  let ftEquity = 0;
  let svcEquity = 0;
  for (let month = 1; month <= months; month++) {
    const year = Math.floor((month - 1) / 12);
    const raise = (1 + input.salaryGrowthPct / 100) ** year;
    const diluted = (1 - input.dilutionPct / 100) ** year;
    const discount = (1 + input.discountPct / 100) ** (-month / 12);

    const employed = month - hireMonth + 1;
    let ft = month === 1 ? input.ftRecruiting : 0;
    ft += employed >= 1 ? ftMonthly * raise : input.vacancyMonthlyCost;
    const ftVesting = employed >= 1 ? vestedShare(employed, input.ftVestingYears) - vestedShare(employed - 1, input.ftVestingYears) : 0;

    const engaged = month >= svcStart && month <= svcEnd;
    const led = month >= leadStart;
    const covered = led ? 1 : engaged ? svcCover : 0;
    let svc = (1 - covered) * input.vacancyMonthlyCost;
    if (engaged) svc += svcFee;
    if (month === svcEnd) svc += input.svcBonusCash;
    if (led) svc += leadMonthly * raise;

    ftCash += ft * discount;
    svcCash += svc * discount;
    ftEquity += ftGrant * ftVesting * diluted * discount;
    if (month === svcEnd) svcEquity += svcGrant * diluted * discount;
    cash.fullTime.push(ftCash);
    cash.service.push(svcCash);
    economic.fullTime.push(ftCash + ftEquity);
    economic.service.push(svcCash + svcEquity);
  }

  const monthsEmployed = Math.max(0, months - hireMonth + 1);
  return {
    months,
    cash: lines(cash.fullTime, cash.service),
    economic: lines(economic.fullTime, economic.service),
    fullTimeEquity: {
      grantedPct: input.ftEquityPct,
      vestedPct: input.ftEquityPct * vestedShare(monthsEmployed, input.ftVestingYears),
      vestedValue: ftEquity,
    },
    serviceEquity: {
      grantedPct: input.svcBonusEquityPct,
      vestedPct: svcEnd <= months ? input.svcBonusEquityPct : 0,
      vestedValue: svcEquity,
    },
  };
}

function lines(fullTime: number[], service: number[]): CostLines {
  const fullTimeTotal = fullTime.at(-1) ?? 0;
  const serviceTotal = service.at(-1) ?? 0;
  return {
    fullTime,
    service,
    fullTimeTotal,
    serviceTotal,
    difference: fullTimeTotal - serviceTotal,
    breakEvenMonth: lastCrossing(fullTime, service),
  };
}

/** Share of a grant earned after some months: nothing before the one-year cliff, then monthly. */
export function vestedShare(monthsEmployed: number, vestingYears: number): number {
  if (monthsEmployed < 12) return 0;
  return Math.min(1, monthsEmployed / (vestingYears * 12));
}

/**
 * The month (1-based) of the last crossing of two cumulative lines: where the sign of
 * a − b last turned against the sign before it. Months where the lines touch do not
 * count as a crossing on their own.
 */
export function lastCrossing(a: readonly number[], b: readonly number[]): number | null {
  let previous = 0;
  let crossing: number | null = null;
  for (let i = 0; i < a.length; i++) {
    const sign = Math.sign((a[i] ?? 0) - (b[i] ?? 0));
    if (sign === 0) continue;
    if (previous !== 0 && sign !== previous) crossing = i + 1;
    previous = sign;
  }
  return crossing;
}
