/**
 * "How this is calculated" for the bad-hire cost (src/lib/cost/bad-hire-cost.ts): each
 * formula in the URL names of its inputs, with the key of the sentence that explains it.
 * Both hires carry the same four lines, so the two blocks read side by side.
 */
import type { UIKey } from '../../i18n/translate';

export const formulas = [
  { expr: 'salary = ctoSalary / 12 × monthsToNotice', explain: 'tools.bad-hire-cost.formula.salary' },
  { expr: 'rebuildMonths = monthsToNotice × rebuildPct / 100', explain: 'tools.bad-hire-cost.formula.rebuildMonths' },
  { expr: 'thrownAway = teamCostPerMonth × rebuildMonths', explain: 'tools.bad-hire-cost.formula.thrownAway' },
  { expr: 'lateMonths = monthsToReplace + rebuildMonths', explain: 'tools.bad-hire-cost.formula.lateMonths' },
  { expr: 'lostMonths = lateProfitPerMonth × lateMonths', explain: 'tools.bad-hire-cost.formula.lostProfit' },
  { expr: 'total = salary + thrownAway + lostMonths + replacementCost', explain: 'tools.bad-hire-cost.formula.total' },
  { expr: 'otherSalary = otherExecSalary / 12 × otherMonthsToNotice', explain: 'tools.bad-hire-cost.formula.otherSalary' },
  { expr: 'otherThrownAway = otherWastedPerMonth × otherMonthsToNotice', explain: 'tools.bad-hire-cost.formula.otherThrownAway' },
  {
    expr: 'otherLostMonths = otherLostProfitPerMonth × (otherMonthsToNotice + otherRecoveryMonths)',
    explain: 'tools.bad-hire-cost.formula.otherLostProfit',
  },
  {
    expr: 'otherTotal = otherSalary + otherThrownAway + otherLostMonths + otherExecRehireCost',
    explain: 'tools.bad-hire-cost.formula.otherTotal',
  },
  { expr: 'times = max(total, otherTotal) / min(total, otherTotal)', explain: 'tools.bad-hire-cost.formula.times' },
] as const satisfies readonly { expr: string; explain: UIKey }[];

export const reviewed = '2026-12-01';
