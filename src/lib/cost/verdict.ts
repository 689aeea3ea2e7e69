/**
 * The cost comparison's verdict, in one view, in the terms a sentence needs: which
 * path is cheaper at the horizon, and since when. "Since when" is the break-even
 * point of `compareCosts` (the last crossing of the cumulative lines), so "from month
 * m on, this path stays cheaper" holds; without a crossing the cheaper path never
 * costs more in any month.
 */
import type { CostLines } from './cost-comparison';

export type CostVerdict =
  | { cheaper: 'service' | 'fullTime'; from: number }
  | { cheaper: 'service' | 'fullTime'; from: 'start' }
  | { cheaper: 'neither' };

export function costVerdict(result: Pick<CostLines, 'difference' | 'breakEvenMonth'>): CostVerdict {
  // Sums are shown in whole units: a difference that rounds to nothing is a tie.
  const difference = Math.round(result.difference);
  if (difference === 0) return { cheaper: 'neither' };
  // Stryker disable next-line EqualityOperator: a zero difference has returned above
  const cheaper = difference > 0 ? 'service' : 'fullTime';
  return { cheaper, from: result.breakEvenMonth ?? 'start' };
}
