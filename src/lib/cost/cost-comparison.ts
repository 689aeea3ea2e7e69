/**
 * Full-time CTO against CTO as a service, month by month over a horizon of years, in
 * two views: cash only, and economic cost (cash plus the vested equity each path gives
 * up, at its fair value: the company value less a discount for an illiquid minority stake).
 *
 * Assumptions, stated on the tool page (and, formula by formula, in src/data/formulas/cost-comparison.ts):
 * - An empty seat costs `vacancyMonthlyCost` in every month nobody leads technology:
 *   the full-time path until the hire, the service path until its engagement starts.
 *   A part-time (fractional) CTO fills only their days of the five-day week, so the
 *   uncovered share of the vacancy cost still accrues during that engagement. The
 *   totals are linear in that cost, so the model also solves for the vacancy cost at
 *   which the cheaper path changes (`vacancyFlip`).
 * - Full time: the recruiting cost is paid in the month the CTO starts; from then,
 *   salary, bonus and overhead (a share of salary) accrue monthly. Equity vests monthly
 *   over the vesting years after a one-year cliff counted from the start.
 * - Service: the engagement starts after `svcMonthsToStart` months and runs
 *   `svcMonths` months. A full-seat service CTO is paid a monthly fee; a part-time one
 *   days a week × 52 / 12 × the day rate. The success bonus (cash and equity) is
 *   counted at its expected value, `svcBonusChancePct` of it, in the engagement's
 *   last month.
 * - The successor starts `svcOverlapMonths` before the engagement ends, so the seat is
 *   never empty after it. The overlap is at most the engagement less one month: the
 *   successor never starts before the service CTO they take over from. `successor: 'cto'` (the default) hires a full-time CTO on the
 *   full-time path's terms: recruiting cost at the start, salary, bonus, overhead and
 *   the same equity grant and vesting, counted from their own start. `successor:
 *   'lead'` (the sources' view) hires an in-house lead: their own recruiting cost
 *   (`leadRecruiting`), then salary plus the same overhead share, no bonus and no equity. A lead covers only
 *   `leadCoveragePct` of the CTO's seat, so the rest of the vacancy cost keeps accruing
 *   while they hold it. During the overlap the seat is as covered as the better of the
 *   two covers it.
 * - Salaries, bonuses and recruiting costs (a search is priced like the salary it fills)
 *   rise by `salaryGrowthPct` at the start of each year of the horizon (months 13, 25, …),
 *   whoever is paid and whenever they started. The service contract is priced a year at a
 *   time from its own start: its fee or day rate is that of the year of the horizon in which
 *   the engagement starts, fixed for the contract's first twelve months and raised by
 *   `salaryGrowthPct` on each anniversary, not on the employees' calendar. The cash success
 *   bonus is a sum fixed at signing, at the prices of that first year.
 * - Equity is priced at the company value the reader sets, held flat. A funding round
 *   priced at that value costs a holder nothing (the money it raises adds to the
 *   company as much as the new shares take), so the example counts no dilution.
 *   `dilutionPct` is the share of a stake's value lost each year to what does cost a
 *   holder: rounds below that value, or an option pool added without new money. It is
 *   taken at the start of each year of the horizon, counted from each grant's month: a
 *   stake granted in month g loses it at each year's start after g, none before.
 * - The success bonus in equity is granted when it is earned, in the engagement's last
 *   month, so no round dilutes it within the horizon.
 * - Each month's amount is discounted to today at `discountPct` a year:
 *   amount / (1 + r)^(month / 12); at 0 % the sums are nominal.
 * - Nothing after the horizon is counted: neither the unvested equity the full-time CTO
 *   (or a successor CTO) still holds, nor the cost of whoever holds the seat afterwards.
 */
import { toolValues } from './fields';

export type ServiceMode = 'seat' | 'fractional';
/** Who takes over from the service CTO: a full-time CTO hired like the full-time path, or an in-house lead. */
export type Successor = 'cto' | 'lead';

export interface CostComparisonInput {
  horizonYears: number;
  vacancyMonthlyCost: number;
  /** Annual growth of salaries, bonuses and recruiting costs, and of the service contract on its anniversaries (the URL keeps its first name). */
  salaryGrowthPct: number;
  discountPct: number;
  companyValue: number;
  /** Fair-value discount on equity: an illiquid minority stake is worth less than its share of the company value. */
  equityDiscountPct: number;
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
  /** Chance that the success bonus is earned: the bonus counts at this share of its value. */
  svcBonusChancePct: number;
  svcOverlapMonths: number;
  /** Who takes over after the engagement; a full-time CTO when absent. */
  successor?: Successor;
  leadSalary: number;
  /** The search for an in-house lead: priced like the salary it fills, so less than a CTO's search. */
  leadRecruiting: number;
  /** Share of the CTO's seat an in-house lead covers; the rest accrues the vacancy cost. */
  leadCoveragePct: number;
}

export interface EquityShare {
  /** Percentage of the company promised (the service's bonus at its full size). */
  grantedPct: number;
  /** Percentage of the company earned by the end of the horizon, before dilution (the bonus at its expected value). */
  vestedPct: number;
  /** What the economic view counts for it: each month's vested part, diluted, at fair value, discounted. */
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
  /**
   * The monthly vacancy cost at which both paths cost the same over the horizon, and
   * the path cheaper above it; null when no vacancy cost of zero or more changes the
   * verdict (both paths leave the seat empty equally long, or the answer would need a
   * negative cost).
   */
  vacancyFlip: VacancyFlip | null;
}

export interface VacancyFlip {
  /** Monthly vacancy cost at which the difference is zero. */
  cost: number;
  /** The path that costs less when an empty month costs more than `cost`: the one that leaves the seat empty for less. */
  cheaperAbove: 'fullTime' | 'service';
}

export interface CostComparisonResult {
  months: number;
  /** Whether the full-time CTO is hired within the horizon; when not, the full-time path is empty months only. */
  fullTimeStarts: boolean;
  /** Whether the engagement starts within the horizon. */
  serviceStarts: boolean;
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

/**
 * The model's input from a tool state's numbers and switches, read the same way by the
 * page, its kept scenario, its sensitivity chart and the quizzes' links.
 */
export function costComparisonInput(values: Readonly<Record<string, number>>, choices: Readonly<Record<string, string>>): CostComparisonInput {
  const serviceMode: ServiceMode = choices['svcMode'] === 'fractional' ? 'fractional' : 'seat';
  const successor: Successor = choices['successor'] === 'lead' ? 'lead' : 'cto';
  return { ...toolValues('cost-comparison', values), serviceMode, successor };
}

export function compareCosts(input: CostComparisonInput): CostComparisonResult {
  const months = Math.round(input.horizonYears * 12);
  const overhead = 1 + input.ftOverheadPct / 100;
  const hireMonth = Math.round(input.ftMonthsToHire) + 1;
  const ftMonthly = (input.ftSalary * overhead + input.ftBonus) / 12;
  const successorIsCto = input.successor !== 'lead';
  const successorMonthly = successorIsCto ? ftMonthly : (input.leadSalary / 12) * overhead;
  const successorRecruiting = successorIsCto ? input.ftRecruiting : input.leadRecruiting;
  const fractional = input.serviceMode === 'fractional';
  const svcFee = fractional ? fractionalMonthlyFee(input.svcDaysPerWeek, input.svcDayRate) : input.svcMonthlyFee;
  const svcCover = fractional ? Math.min(1, input.svcDaysPerWeek / fullWeekDays) : 1;
  const successorCover = successorIsCto ? 1 : input.leadCoveragePct / 100;
  const svcStart = Math.round(input.svcMonthsToStart) + 1;
  const svcEnd = svcStart + Math.round(input.svcMonths) - 1;
  const overlap = Math.min(Math.round(input.svcOverlapMonths), Math.round(input.svcMonths) - 1);
  const successorStart = svcEnd - overlap + 1;
  const bonusChance = input.svcBonusChancePct / 100;
  const fairValue = input.companyValue * (1 - input.equityDiscountPct / 100);
  const ftGrant = (input.ftEquityPct / 100) * fairValue;
  const successorGrant = successorIsCto ? ftGrant : 0;
  const svcGrant = (input.svcBonusEquityPct / 100) * fairValue * bonusChance;
  const newlyVested = (employed: number) =>
    employed >= 1 ? vestedShare(employed, input.ftVestingYears) - vestedShare(employed - 1, input.ftVestingYears) : 0;

  const cash = { fullTime: [] as number[], service: [] as number[] };
  const economic = { fullTime: [] as number[], service: [] as number[] };
  let ftCash = 0;
  let svcCash = 0;
  let ftEquity = 0;
  let svcEquity = 0;
  // Discounted months with nobody in the seat, weighted by the share left empty: what one unit of vacancy cost adds.
  let ftEmpty = 0;
  let svcEmpty = 0;
  // Both paths' cash without the vacancy cost, summed apart so that the flip point is solved from them directly:
  // solving back from totals that include a large vacancy cost would drown a small flip point in rounding.
  let ftRest = 0;
  let svcRest = 0;
  const yearOf = (month: number) => Math.floor((month - 1) / 12);
  /** The share left in `month` of a stake granted in `grantMonth`: one round at the start of each later year. */
  const diluted = (month: number, grantMonth: number) => (1 - input.dilutionPct / 100) ** Math.max(0, yearOf(month) - yearOf(grantMonth));
  const growth = (month: number) => (1 + input.salaryGrowthPct / 100) ** yearOf(month);
  /** The contract's prices in `month`: those of its start, raised on each anniversary (its own month 13, 25, …). */
  const contractPrices = (month: number) => growth(svcStart) * growth(month - svcStart + 1);
  for (let month = 1; month <= months; month++) {
    const raise = growth(month);
    const discount = (1 + input.discountPct / 100) ** (-month / 12);

    const employed = month - hireMonth + 1;
    const ftUncovered = employed >= 1 ? 0 : 1;
    let ft = 0;
    if (employed === 1) ft += input.ftRecruiting * raise;
    if (employed >= 1) ft += ftMonthly * raise;

    const engaged = month >= svcStart && month <= svcEnd;
    const successorMonths = month - successorStart + 1;
    const svcUncovered = 1 - Math.max(engaged ? svcCover : 0, successorMonths >= 1 ? successorCover : 0);
    let svc = 0;
    if (engaged) svc += svcFee * contractPrices(month);
    if (month === svcEnd) svc += input.svcBonusCash * bonusChance * growth(svcStart);
    if (successorMonths === 1) svc += successorRecruiting * raise;
    if (successorMonths >= 1) svc += successorMonthly * raise;

    ftRest += ft * discount;
    svcRest += svc * discount;
    ftCash += (ft + ftUncovered * input.vacancyMonthlyCost) * discount;
    svcCash += (svc + svcUncovered * input.vacancyMonthlyCost) * discount;
    ftEmpty += ftUncovered * discount;
    svcEmpty += svcUncovered * discount;
    ftEquity += ftGrant * newlyVested(employed) * diluted(month, hireMonth) * discount;
    svcEquity += successorGrant * newlyVested(successorMonths) * diluted(month, successorStart) * discount;
    if (month === svcEnd) svcEquity += svcGrant * discount;
    cash.fullTime.push(ftCash);
    cash.service.push(svcCash);
    economic.fullTime.push(ftCash + ftEquity);
    economic.service.push(svcCash + svcEquity);
  }

  const slope = ftEmpty - svcEmpty;
  const cashWithoutVacancy = ftRest - svcRest;
  const successorMonthsIn = Math.max(0, months - successorStart + 1);
  const bonusVestedPct = svcEnd <= months ? input.svcBonusEquityPct * bonusChance : 0;
  return {
    months,
    fullTimeStarts: hireMonth <= months,
    serviceStarts: svcStart <= months,
    cash: lines(cash.fullTime, cash.service, vacancyFlip(cashWithoutVacancy, slope)),
    economic: lines(economic.fullTime, economic.service, vacancyFlip(cashWithoutVacancy + ftEquity - svcEquity, slope)),
    fullTimeEquity: {
      grantedPct: input.ftEquityPct,
      vestedPct: input.ftEquityPct * vestedShare(Math.max(0, months - hireMonth + 1), input.ftVestingYears),
      vestedValue: ftEquity,
    },
    serviceEquity: {
      // A sum of two entered shares, rid of binary rounding (0.125 + 0.004): entries carry at most ten decimals.
      grantedPct: Number((input.svcBonusEquityPct + (successorIsCto ? input.ftEquityPct : 0)).toFixed(10)),
      vestedPct: bonusVestedPct + (successorIsCto ? input.ftEquityPct * vestedShare(successorMonthsIn, input.ftVestingYears) : 0),
      vestedValue: svcEquity,
    },
  };
}

function lines(fullTime: number[], service: number[], flip: VacancyFlip | null): CostLines {
  const fullTimeTotal = fullTime.at(-1) ?? 0;
  const serviceTotal = service.at(-1) ?? 0;
  return {
    fullTime,
    service,
    fullTimeTotal,
    serviceTotal,
    difference: fullTimeTotal - serviceTotal,
    breakEvenMonth: lastCrossing(fullTime, service),
    vacancyFlip: flip,
  };
}

/**
 * The difference is linear in the monthly vacancy cost v: difference(v) = difference(0)
 * + v × slope, where slope is the full-time path's empty months less the service path's
 * (discounted, weighted by the share of the seat left empty). It is zero at
 * v = −difference(0) / slope. Null when the slope is nil (the vacancy cost never
 * matters) or that cost would be negative or round to zero.
 */
export function vacancyFlip(differenceWithoutVacancy: number, slope: number): VacancyFlip | null {
  // Below a millionth of a discounted month, rounding noise rather than an empty seat.
  if (Math.abs(slope) < 1e-6) return null;
  const cost = -differenceWithoutVacancy / slope;
  // Sums are shown in whole units: a flip point that rounds to nothing is no flip ("unless an empty month costs more than 0").
  if (!Number.isFinite(cost) || cost < 0.5) return null;
  return { cost, cheaperAbove: slope > 0 ? 'service' : 'fullTime' };
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
