/**
 * The deal from the CTO's side: how many companies a career can hold under full-time
 * vesting terms or as a series of service engagements, with a gap between one company
 * and the next, and what that career is worth: the cash, the equity a large success
 * pays after dilution, the expected value of both and how widely it spreads.
 *
 * The number of large successes is binomial: n companies, each succeeding with chance
 * p, independently (the guide says why that flatters the portfolio). The spread is
 * read from that distribution: the 10th and 90th percentile careers and the most
 * likely number of successes, which for small p is none.
 *
 * Money is valued at the start of the career. A discount rate above 0 turns each month's
 * cash, and each success's payout, into its present value, amount ÷ (1 + rate)^(years
 * from the start); at 0 the sums are nominal. A success pays at the company's exit, the
 * years to exit after the CTO joins it: when a company sells does not depend on how long
 * its CTO stays, so both paths wait as long for a payout. An exit before the term ends
 * pays at the term's end, since only a completed term earns the stake. The service
 * path's cash is what the CTO receives: the fee the firm charges less the firm's margin.
 */

export interface CtoCareerInput {
  careerYears: number;
  /** Months between leaving one company and starting at the next, on both paths. */
  gapMonths: number;
  /** Chance, 0–100, that one company becomes a large success. */
  successChancePct: number;
  /** What a successful company is worth at exit. */
  exitValue: number;
  /** Share of a stake lost to later funding rounds before the exit, 0–100. */
  dilutionPct: number;
  /** Annual discount rate, 0–100: 0 = nominal sums. */
  discountPct: number;
  /** Years from joining a company to its exit, which pays the stake (at the term's end at the earliest). */
  yearsToExit: number;
  yearsPerCompany: number;
  ftEquityPct: number;
  ftCashPerYear: number;
  monthsPerEngagement: number;
  svcEquityPct: number;
  /** What the service firm charges a client per year for the CTO's seat. */
  svcFeePerYear: number;
  /** The firm's share of that fee, 0–100: the CTO receives the rest. */
  svcMarginPct: number;
}

export interface CareerPath {
  /** Whole terms that fit in the career with the gaps between them: only a completed term earns its equity. */
  companies: number;
  /** Months in a seat, including a last term cut short by the end of the career: every one is paid. */
  monthsWorked: number;
  /** Cash received over the career, in present value at the discount rate. */
  cash: number;
  /**
   * What one large success pays: the stake after dilution at the exit value, in present
   * value at the average of the career's exits (each company's exit comes at another time).
   */
  equityPerSuccess: number;
  expectedEquity: number;
  /** Cash plus expected equity. */
  expectedValue: number;
  /** 1 − (1 − p)ⁿ. */
  chanceOfSuccess: number;
  /** Cash plus equity in the 10th and the 90th percentile career. */
  low: number;
  high: number;
  /** The number of large successes most likely to happen, and its chance. */
  mostLikelySuccesses: number;
  mostLikelyChance: number;
}

export interface CtoCareerResult {
  fullTime: CareerPath;
  service: CareerPath;
}

/** The binomial distribution of successes in n tries at chance p, as chances of 0…n. */
export function successDistribution(n: number, p: number): number[] {
  if (p <= 0) return Array.from({ length: n + 1 }, (_, k) => (k === 0 ? 1 : 0));
  if (p >= 1) return Array.from({ length: n + 1 }, (_, k) => (k === n ? 1 : 0));
  // In logarithms, so that a chance too small for a double at one end does not zero the rest.
  const chances: number[] = [];
  let logChoose = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logChoose += Math.log((n - k + 1) / k);
    chances.push(Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p)));
  }
  return chances;
}

/** The smallest number of successes whose cumulative chance reaches the given share. */
function percentile(chances: number[], share: number): number {
  let cumulative = 0;
  for (const [k, chance] of chances.entries()) {
    cumulative += chance;
    // A hair below the share, so that rounding in the sum cannot push a percentile one step up.
    if (cumulative >= share - 1e-12) return k;
  }
  return chances.length - 1;
}

/** The present-value factor of an amount paid `months` after the start of the career. */
const discountFactor = (ratePct: number, months: number) => (1 + ratePct / 100) ** -(months / 12);

/** What the service CTO receives per year: the fee less the firm's margin. */
export function serviceCashPerYear({ svcFeePerYear, svcMarginPct }: Pick<CtoCareerInput, 'svcFeePerYear' | 'svcMarginPct'>): number {
  return svcFeePerYear * (1 - svcMarginPct / 100);
}

export function ctoCareer(input: CtoCareerInput): CtoCareerResult {
  const careerMonths = input.careerYears * 12;
  const p = input.successChancePct / 100;
  const kept = 1 - input.dilutionPct / 100;
  /** The months paid at the end of each of `months` months after month `from`, each weighted by its present-value factor. */
  const paidMonths = (from: number, months: number) => {
    let total = 0;
    const whole = Math.floor(months);
    for (let m = 1; m <= whole; m++) total += discountFactor(input.discountPct, from + m);
    // A fractional last month (from a fractional term) is paid in proportion.
    const part = months - whole;
    if (part > 0) total += part * discountFactor(input.discountPct, from + months);
    return total;
  };
  const path = (termMonths: number, equityPct: number, cashPerYear: number): CareerPath => {
    // From joining to the payout: the exit, or the term's end if the company sells before the stake is earned.
    const monthsToPayout = Math.max(input.yearsToExit * 12, termMonths);
    // n terms and the n − 1 gaps between them must fit: n·term + (n − 1)·gap ≤ career.
    const cycle = termMonths + input.gapMonths;
    const companies = Math.floor((careerMonths + input.gapMonths) / cycle + 1e-9);
    const leftover = Math.min(termMonths, Math.max(0, careerMonths - companies * cycle));
    // Clamped so that rounding in a fractional term never pays for more months than the career has.
    const monthsWorked = Math.min(careerMonths, companies * termMonths + leftover);
    // Weighted months, paid up to the months worked so that the clamp above holds here too;
    // at a 0 % rate every weight is 1 and the cash is the pay for the months worked.
    let weightedMonths = 0;
    let exitFactors = 0;
    let unpaid = monthsWorked;
    for (let i = 0; i < companies; i++) {
      const months = Math.min(termMonths, unpaid);
      weightedMonths += paidMonths(i * cycle, months);
      unpaid -= months;
      exitFactors += discountFactor(input.discountPct, i * cycle + monthsToPayout);
    }
    weightedMonths += paidMonths(companies * cycle, Math.max(0, unpaid));
    const cash = (cashPerYear / 12) * weightedMonths;
    // With no completed term nothing pays; the factor only keeps the payout of a success defined.
    const averageExitFactor = companies > 0 ? exitFactors / companies : discountFactor(input.discountPct, monthsToPayout);
    const equityPerSuccess = (equityPct / 100) * kept * input.exitValue * averageExitFactor;
    const expectedEquity = companies * p * equityPerSuccess;
    const chances = successDistribution(companies, p);
    const mostLikelySuccesses = chances.indexOf(Math.max(...chances));
    return {
      companies,
      monthsWorked,
      cash,
      equityPerSuccess,
      expectedEquity,
      expectedValue: cash + expectedEquity,
      chanceOfSuccess: 1 - (1 - p) ** companies,
      low: cash + percentile(chances, 0.1) * equityPerSuccess,
      high: cash + percentile(chances, 0.9) * equityPerSuccess,
      mostLikelySuccesses,
      mostLikelyChance: chances[mostLikelySuccesses] ?? 1,
    };
  };
  return {
    fullTime: path(input.yearsPerCompany * 12, input.ftEquityPct, input.ftCashPerYear),
    service: path(input.monthsPerEngagement, input.svcEquityPct, serviceCashPerYear(input)),
  };
}

/**
 * The fee at which the service path's expected value equals the full-time path's, with
 * every other input as given. The service CTO's cash is the only part of either path
 * that the fee moves, and it moves in proportion, so one run at a fee of 1 gives the
 * cash per unit of fee. 0 when the service path is ahead at any fee; null when no fee
 * reaches the CTO (a margin that keeps it all).
 */
export function serviceBreakEvenFee(input: CtoCareerInput): number | null {
  const { fullTime, service } = ctoCareer(input);
  const cashPerUnitFee = ctoCareer({ ...input, svcFeePerYear: 1 }).service.cash;
  if (!(cashPerUnitFee > 0)) return null;
  return Math.max(0, (fullTime.expectedValue - service.expectedEquity) / cashPerUnitFee);
}
