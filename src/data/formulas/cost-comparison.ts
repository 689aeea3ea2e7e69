/**
 * Every formula `compareCosts` (src/lib/cost/cost-comparison.ts) uses, in a notation
 * that reads in any language: the inputs carry the names they have in the page address,
 * m is the month (1 to horizonYears × 12), [condition] adds a term only when it holds,
 * and a | b lists a switch's cases. Each explanation is a dictionary key, one sentence per locale.
 */
import type { ToolFormula } from './index';

export const formulas: readonly ToolFormula[] = [
  { expr: 'ftMonthly = (ftSalary × (1 + ftOverheadPct / 100) + ftBonus) / 12', explain: 'tools.cost-comparison.formula.ftMonthly' },
  { expr: 'growth(m) = (1 + salaryGrowthPct / 100) ^ floor((m − 1) / 12)', explain: 'tools.cost-comparison.formula.growth' },
  { expr: 'pv(m) = 1 / (1 + discountPct / 100) ^ (m / 12)', explain: 'tools.cost-comparison.formula.presentValue' },
  {
    expr: 'fullTime(m) = vacancyMonthlyCost [m ≤ ftMonthsToHire] + ftRecruiting × growth(m) [m = ftMonthsToHire + 1] + ftMonthly × growth(m) [m > ftMonthsToHire]',
    explain: 'tools.cost-comparison.formula.fullTimeMonth',
  },
  { expr: 'fee = svcMonthlyFee [svcMode=seat] | svcDaysPerWeek × 52 / 12 × svcDayRate [svcMode=fractional]', explain: 'tools.cost-comparison.formula.fee' },
  { expr: 'cover = 1 [svcMode=seat] | min(1, svcDaysPerWeek / 5) [svcMode=fractional]', explain: 'tools.cost-comparison.formula.cover' },
  {
    expr: 'start = svcMonthsToStart + 1;  end = svcMonthsToStart + svcMonths;  successorStart = end − min(svcOverlapMonths, svcMonths − 1) + 1',
    explain: 'tools.cost-comparison.formula.engagement',
  },
  { expr: 'contractGrowth(m) = growth(start) × (1 + salaryGrowthPct / 100) ^ floor((m − start) / 12)', explain: 'tools.cost-comparison.formula.contractGrowth' },
  {
    expr: 'successorMonthly = ftMonthly [successor=cto] | leadSalary × (1 + ftOverheadPct / 100) / 12 [successor=lead];  successorRecruiting = ftRecruiting [successor=cto] | leadRecruiting [successor=lead]',
    explain: 'tools.cost-comparison.formula.successorMonthly',
  },
  { expr: 'successorCover = 1 [successor=cto] | leadCoveragePct / 100 [successor=lead]', explain: 'tools.cost-comparison.formula.successorCover' },
  {
    expr: 'service(m) = vacancyMonthlyCost × (1 − covered(m)) + fee × contractGrowth(m) [start ≤ m ≤ end] + svcBonusCash × svcBonusChancePct / 100 × growth(start) [m = end] + successorRecruiting × growth(m) [m = successorStart] + successorMonthly × growth(m) [m ≥ successorStart];  covered(m) = max(cover [start ≤ m ≤ end], successorCover [m ≥ successorStart])',
    explain: 'tools.cost-comparison.formula.serviceMonth',
  },
  { expr: 'vested(k) = 0 [k < 12] | min(1, k / (ftVestingYears × 12))', explain: 'tools.cost-comparison.formula.vested' },
  { expr: 'fairValue = companyValue × (1 − equityDiscountPct / 100)', explain: 'tools.cost-comparison.formula.fairValue' },
  { expr: 'diluted(m, g) = (1 − dilutionPct / 100) ^ (floor((m − 1) / 12) − floor((g − 1) / 12))', explain: 'tools.cost-comparison.formula.diluted' },
  {
    expr: 'equity(m) = ftEquityPct / 100 × fairValue × diluted(m, g) × (vested(k) − vested(k − 1)),  g = ftMonthsToHire + 1, k = m − ftMonthsToHire | g = successorStart, k = m − successorStart + 1 [successor=cto]',
    explain: 'tools.cost-comparison.formula.equityMonth',
  },
  { expr: 'bonusEquity = svcBonusEquityPct / 100 × svcBonusChancePct / 100 × fairValue  [m = end]', explain: 'tools.cost-comparison.formula.bonusEquity' },
  {
    expr: 'total = Σ cost(m) × pv(m) [view=cash] | Σ (cost(m) + equity(m) + bonusEquity [m = end]) × pv(m) [view=economic],  m = 1 … horizonYears × 12;  difference = total(fullTime) − total(service)',
    explain: 'tools.cost-comparison.formula.totals',
  },
  {
    expr: 'D(m) = Σ fullTime(1 … m) − Σ service(1 … m);  breakEven = max { m : D(m) × D(p(m)) < 0 },  p(m) = max { j < m : D(j) ≠ 0 }',
    explain: 'tools.cost-comparison.formula.breakEven',
  },
  {
    expr: 'vacancyFlip = −difference₀ / (emptyFullTime − emptyService),  difference₀ = difference [vacancyMonthlyCost = 0],  empty = Σ (1 − covered(m)) × pv(m)',
    explain: 'tools.cost-comparison.formula.vacancyFlip',
  },
];

export const reviewed = '2026-12-02';
