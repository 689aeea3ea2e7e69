/**
 * The cost comparison's headline, from one view's lines and the locale's strings. Kept
 * out of the island so that a test can read it in every locale.
 *
 * Where a vacancy cost of zero or more would change the cheaper path (the lines have a
 * flip point), the verdict holds only on one side of that cost, and the headline says
 * so: "A full-time CTO is cheaper unless a month without a technical leader costs you
 * more than …". The reader's own vacancy cost (0 by default, which is an assumption too)
 * then only sizes the difference. Without a flip point the verdict holds whatever an
 * empty month costs, and the headline names the cheaper path and, when the lines cross,
 * the month from which it stays cheaper.
 */
import { fill } from '../../i18n/fill';
import type { CostLines } from '../../lib/cost/cost-comparison';
import { costVerdict } from '../../lib/cost/verdict';
import type { ToolStrings } from './tool-props';

export interface CostSummaryText {
  /** The horizon, written out ("5 years"). */
  years: string;
  /** What the sums count ("in cash at today’s value"). */
  basis: string;
  money: (amount: number) => string;
}

export function costSummary(
  lines: Pick<CostLines, 'difference' | 'breakEvenMonth' | 'vacancyFlip'>,
  vacancyMonthlyCost: number,
  { years, basis, money }: CostSummaryText,
  s: ToolStrings<'cost-comparison'>,
): string {
  const verdict = costVerdict(lines);
  if (verdict.cheaper === 'neither') return fill(s['calc.cc.verdict.equal'], { years, basis });
  const amount = money(Math.abs(lines.difference));
  const flip = lines.vacancyFlip;
  if (flip !== null) {
    // Above the flip cost the path that leaves the seat empty for less is cheaper; a verdict for that path holds unless an empty month costs less.
    const side = verdict.cheaper === flip.cheaperAbove ? 'UnlessBelow' : 'UnlessAbove';
    return fill(s[`calc.cc.verdict.${verdict.cheaper}${side}`], { years, basis, amount, flip: money(flip.cost), vacancy: money(vacancyMonthlyCost) });
  }
  return verdict.from === 'start'
    ? fill(s[`calc.cc.verdict.${verdict.cheaper}Start`], { years, amount, basis })
    : fill(s[`calc.cc.verdict.${verdict.cheaper}From`], { years, amount, basis, month: verdict.from });
}
