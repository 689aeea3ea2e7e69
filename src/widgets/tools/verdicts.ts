/**
 * The verdict sentences of the three tools, from their models' results
 * and the locale's strings. Kept out of the islands so that a test can read them in
 * every locale.
 */
import { fill } from '../../i18n/fill';
import { numberFormat } from '../../lib/format';
import type { BadHireVerdict } from '../../lib/cost/bad-hire-cost';
import type { CostLines } from '../../lib/cost/cost-comparison';
import type { CtoCareerResult } from '../../lib/cost/cto-career';
import { costVerdict } from '../../lib/cost/verdict';
import type { ToolStrings } from './tool-props';

/** The bad-hire verdict: the multiple is written with one decimal, as the verdict rounds it. */
export function badHireSummary(verdict: BadHireVerdict, sums: { total: string; other: string }, s: ToolStrings<'bad-hire-cost'>, intlLocale: string): string {
  const times = (ratio: number) => numberFormat(intlLocale, { maximumFractionDigits: 1 }).format(ratio);
  switch (verdict.kind) {
    case 'ctoMore':
      return fill(s['calc.bh.summary'], { ...sums, times: times(verdict.times) });
    case 'otherMore':
      return fill(s['calc.bh.summaryOtherMore'], { ...sums, times: times(verdict.times) });
    case 'similar':
      return fill(s['calc.bh.summarySimilar'], sums);
    case 'ctoAlone':
      return fill(s['calc.bh.summaryAlone'], sums);
    case 'otherAlone':
      return fill(s['calc.bh.summaryOtherAlone'], sums);
  }
}

/** The career verdict: the expected values first, then, when it is so, that the most likely outcome is no large success. */
export function careerSummary(
  { fullTime, service }: CtoCareerResult,
  values: { years: string; fullTime: string; service: string },
  s: ToolStrings<'cto-career'>,
  join: (...sentences: string[]) => string,
): string {
  const expected = fill(s['calc.career.summary'], values);
  const noneFullTime = fullTime.mostLikelySuccesses === 0;
  const noneService = service.mostLikelySuccesses === 0;
  if (noneFullTime && noneService) return join(expected, s['calc.career.summaryNoneBoth']);
  if (noneFullTime) return join(expected, s['calc.career.summaryNoneFullTime']);
  if (noneService) return join(expected, s['calc.career.summaryNoneService']);
  return expected;
}

export interface CostSummaryText {
  /** The horizon, written out ("5 years"). */
  years: string;
  /** What the sums count ("in cash at today’s value"). */
  basis: string;
  money: (amount: number) => string;
}

/**
 * The cost comparison's headline, from one view's lines.
 *
 * Where a vacancy cost of zero or more would change the cheaper path (the lines have a
 * flip point), the verdict holds only on one side of that cost, and the headline says
 * so: "A full-time CTO is cheaper unless a month without a technical leader costs you
 * more than …". The reader's own vacancy cost (0 by default, which is an assumption too)
 * then only sizes the difference. Without a flip point the verdict holds whatever an
 * empty month costs, and the headline names the cheaper path and, when the lines cross,
 * the month from which it stays cheaper.
 */
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
