/**
 * The deal from the CTO's side: how many companies a career can hold under full-time
 * vesting terms or as a series of service engagements, the chance that at least one
 * of them becomes a large success, and the expected value of the equity and the cash.
 */

export interface CtoCareerInput {
  careerYears: number;
  yearsPerCompany: number;
  monthsPerEngagement: number;
  /** Chance, 0–100, that one company becomes a large success. */
  successChancePct: number;
  ftEquityPct: number;
  ftCashPerYear: number;
  svcEquityPct: number;
  svcCashPerYear: number;
  /** What a successful company is worth at exit. */
  exitValue: number;
}

export interface CareerPath {
  /** Whole terms that fit in the career: only a completed term earns its equity. */
  companies: number;
  /** 1 − (1 − p)ⁿ. */
  chanceOfSuccess: number;
  expectedEquity: number;
  cash: number;
}

export interface CtoCareerResult {
  fullTime: CareerPath;
  service: CareerPath;
}

export function ctoCareer(input: CtoCareerInput): CtoCareerResult {
  const careerMonths = input.careerYears * 12;
  const p = input.successChancePct / 100;
  const path = (termMonths: number, equityPct: number, cashPerYear: number): CareerPath => {
    const companies = Math.floor(careerMonths / termMonths + 1e-9);
    return {
      companies,
      chanceOfSuccess: 1 - (1 - p) ** companies,
      expectedEquity: companies * p * (equityPct / 100) * input.exitValue,
      cash: cashPerYear * input.careerYears,
    };
  };
  return {
    fullTime: path(input.yearsPerCompany * 12, input.ftEquityPct, input.ftCashPerYear),
    service: path(input.monthsPerEngagement, input.svcEquityPct, input.svcCashPerYear),
  };
}
