/**
 * What a wrong CTO costs by the time the problem is fixed, next to what a wrong
 * CEO, CMO or CFO costs: the source article's claim that the first is "X times" the
 * second, because a weak CTO leaves a platform to rebuild, not just a seat to refill.
 */

export interface BadHireInput {
  monthsToNotice: number;
  /** Annual salary paid to the wrong CTO. */
  ctoSalary: number;
  teamCostPerMonth: number;
  /** Share of the platform that has to be rebuilt, 0–100. */
  rebuildPct: number;
  rebuildMonths: number;
  burnPerMonth: number;
  replacementCost: number;
  /** Annual salary of the other executive. */
  otherExecSalary: number;
  otherExecRehireCost: number;
}

export const badHireParts = ['salary', 'wastedWork', 'rebuild', 'delay', 'replacement'] as const;
export type BadHirePart = (typeof badHireParts)[number];

export interface BadHireResult {
  parts: Record<BadHirePart, number>;
  total: number;
  /** Salary until noticed plus rehiring: the cost of replacing another executive. */
  otherExecTotal: number;
  /** How many times the other executive's cost the CTO's is; null when that cost is (next to) zero. */
  times: number | null;
}

export function badHireCost(input: BadHireInput): BadHireResult {
  const rebuildShare = input.rebuildPct / 100;
  const parts: Record<BadHirePart, number> = {
    salary: (input.ctoSalary / 12) * input.monthsToNotice,
    // The share of what the team built on the wrong foundation that is thrown away.
    wastedWork: input.teamCostPerMonth * input.monthsToNotice * rebuildShare,
    rebuild: input.teamCostPerMonth * input.rebuildMonths,
    // The company keeps burning cash while the product waits for the rebuild.
    delay: input.burnPerMonth * input.rebuildMonths,
    replacement: input.replacementCost,
  };
  const total = badHireParts.reduce((sum, part) => sum + parts[part], 0);
  const otherExecTotal = (input.otherExecSalary / 12) * input.monthsToNotice + input.otherExecRehireCost;
  const times = total / otherExecTotal;
  return { parts, total, otherExecTotal, times: otherExecTotal > 0 && Number.isFinite(times) ? times : null };
}
