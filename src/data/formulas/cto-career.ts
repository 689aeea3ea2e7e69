/**
 * "How this is calculated" for the CTO career (src/lib/cost/cto-career.ts): each formula
 * in the URL names of its inputs, with the key of the sentence that explains it. Every
 * formula applies to both paths: termMonths, equityPct and cashPerYear are the full-time
 * path's or the service path's. Only inputs carry their URL names; the service CTO's
 * yearly cash is derived (the fee less the margin), so it is written out, not named.
 */
import type { UIKey } from '../../i18n/translate';

export const formulas = [
  {
    expr: 'termMonths, equityPct, cashPerYear = yearsPerCompany × 12, ftEquityPct, ftCashPerYear (full time) | monthsPerEngagement, svcEquityPct, svcFeePerYear × (1 − svcMarginPct / 100) (service)',
    explain: 'tools.cto-career.formula.paths',
  },
  {
    expr: 'companies = floor((careerYears × 12 + gapMonths) / (termMonths + gapMonths))',
    explain: 'tools.cto-career.formula.companies',
  },
  {
    expr: 'cash = Σ over months m in a seat: cashPerYear / 12 ÷ (1 + discountPct / 100)^(m / 12)',
    explain: 'tools.cto-career.formula.cash',
  },
  {
    expr: 'payoutYears = max(yearsToExit, termMonths / 12)',
    explain: 'tools.cto-career.formula.payoutYears',
  },
  {
    expr: 'payout = equityPct / 100 × (1 − dilutionPct / 100) × exitValue × (1 / companies) × Σₜ (1 + discountPct / 100)^−(startₜ / 12 + payoutYears); startₜ = t × (termMonths + gapMonths)',
    explain: 'tools.cto-career.formula.payout',
  },
  { expr: 'expectedValue = cash + companies × successChancePct / 100 × payout', explain: 'tools.cto-career.formula.expected' },
  { expr: 'chance = 1 − (1 − successChancePct / 100)^companies', explain: 'tools.cto-career.formula.chance' },
  {
    expr: 'low, high = cash + k₁₀ × payout, cash + k₉₀ × payout; k ~ Binomial(companies, successChancePct / 100)',
    explain: 'tools.cto-career.formula.range',
  },
] as const satisfies readonly { expr: string; explain: UIKey }[];

export const reviewed = '2026-12-01';
