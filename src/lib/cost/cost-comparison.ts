/**
 * Full-time CTO against CTO as a service, month by month over a horizon of years.
 * Cash and equity are kept apart: equity is not paid out of the bank account, but it
 * is what the company gives up.
 *
 * Assumptions, stated on the tool page:
 * - Full time: nothing is paid while the search runs except the recruiting cost (in
 *   month 1); from the hire, salary, bonus and overhead (a share of salary) accrue
 *   monthly. Equity vests monthly over the vesting years after a one-year cliff
 *   counted from the hire.
 * - Service: the engagement starts in month 1; the fee is monthly; the cash success
 *   bonus is paid and the equity bonus vests in the engagement's last month. The
 *   in-house lead starts `svcOverlapMonths` before the engagement ends, and costs
 *   salary plus the same overhead share as the full-time CTO.
 */

export interface CostComparisonInput {
  horizonYears: number;
  ftSalary: number;
  ftBonus: number;
  ftOverheadPct: number;
  ftRecruiting: number;
  ftMonthsToHire: number;
  ftEquityPct: number;
  companyValue: number;
  ftVestingYears: number;
  svcMonthlyFee: number;
  svcMonths: number;
  svcBonusCash: number;
  svcBonusEquityPct: number;
  svcOverlapMonths: number;
  leadSalary: number;
}

export interface EquityShare {
  /** Percentage of the company promised. */
  grantedPct: number;
  /** Percentage earned by the end of the horizon. */
  vestedPct: number;
  /** The vested share priced at the company value. */
  vestedValue: number;
}

export interface CostComparisonResult {
  months: number;
  /** Cumulative cash paid by the end of each month (index 0 is month 1). */
  fullTime: number[];
  service: number[];
  fullTimeTotal: number;
  serviceTotal: number;
  /** Full-time total minus service total: positive when the service costs less. */
  difference: number;
  /** The month from which the path cheaper at the horizon stays cheaper, if the lines cross. */
  breakEvenMonth: number | null;
  fullTimeEquity: EquityShare;
  serviceEquity: EquityShare;
}

export function compareCosts(input: CostComparisonInput): CostComparisonResult {
  const months = Math.round(input.horizonYears * 12);
  const overhead = 1 + input.ftOverheadPct / 100;
  const hireMonth = Math.round(input.ftMonthsToHire) + 1;
  const ftMonthly = (input.ftSalary * overhead + input.ftBonus) / 12;
  const svcMonths = Math.round(input.svcMonths);
  const leadStart = Math.max(1, svcMonths - Math.round(input.svcOverlapMonths) + 1);
  const leadMonthly = (input.leadSalary / 12) * overhead;

  const fullTime: number[] = [];
  const service: number[] = [];
  let ft = input.ftRecruiting;
  let svc = 0;
  for (let month = 1; month <= months; month++) {
    if (month >= hireMonth) ft += ftMonthly;
    if (month <= svcMonths) svc += input.svcMonthlyFee;
    if (month === svcMonths) svc += input.svcBonusCash;
    if (month >= leadStart) svc += leadMonthly;
    fullTime.push(ft);
    service.push(svc);
  }

  const fullTimeTotal = fullTime.at(-1) ?? 0;
  const serviceTotal = service.at(-1) ?? 0;
  const monthsEmployed = Math.max(0, months - hireMonth + 1);
  const ftVested = input.ftEquityPct * vestedShare(monthsEmployed, input.ftVestingYears);
  const svcVested = svcMonths <= months ? input.svcBonusEquityPct : 0;
  return {
    months,
    fullTime,
    service,
    fullTimeTotal,
    serviceTotal,
    difference: fullTimeTotal - serviceTotal,
    breakEvenMonth: lastCrossing(fullTime, service),
    fullTimeEquity: equity(input.ftEquityPct, ftVested, input.companyValue),
    serviceEquity: equity(input.svcBonusEquityPct, svcVested, input.companyValue),
  };
}

/** Share of a grant earned after some months: nothing before the one-year cliff, then monthly. */
export function vestedShare(monthsEmployed: number, vestingYears: number): number {
  if (monthsEmployed < 12) return 0;
  return Math.min(1, monthsEmployed / (vestingYears * 12));
}

function equity(grantedPct: number, vestedPct: number, companyValue: number): EquityShare {
  return { grantedPct, vestedPct, vestedValue: (vestedPct / 100) * companyValue };
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
