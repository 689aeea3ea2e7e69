/** Compares a first load with its page kind's budget; returns what exceeds it, in words. */
import type { Budget } from './budgets.ts';
import type { FirstLoad } from './first-load.ts';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function overBudget(load: FirstLoad, budget: Budget): string[] {
  const over: string[] = [];
  if (load.jsBytes > budget.jsBytes) over.push(`JavaScript ${kb(load.jsBytes)} > ${kb(budget.jsBytes)}`);
  if (load.totalBytes > budget.totalBytes) over.push(`total ${kb(load.totalBytes)} > ${kb(budget.totalBytes)}`);
  if (budget.requests !== undefined && load.requests > budget.requests) {
    over.push(`${load.requests} requests > ${budget.requests} (${load.requested.join(', ')})`);
  }
  return over;
}
