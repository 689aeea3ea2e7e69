/**
 * What a wrong CTO costs by the time the problem is fixed, next to what a wrong CEO,
 * CMO or CFO costs. The source article calls the first "X times" the second because a
 * weak CTO leaves a platform to rebuild, not just a seat to refill; here both hires
 * carry the same four kinds of loss, so the multiple comes out of the inputs and can
 * fall below one.
 *
 * Each loss is counted once. The work the team built on the wrong foundation and its
 * rebuild are one loss: redoing the share to rebuild takes the team as long as building
 * it did (that share of the months until the problem was recognised), and the company's
 * other spending during those months buys no progress. At 0 % to rebuild, neither exists.
 */

export interface BadHireInput {
  monthsToNotice: number;
  /** Annual salary paid to the wrong CTO. */
  ctoSalary: number;
  teamCostPerMonth: number;
  /** Share of what the team built under the wrong CTO that has to be rebuilt, 0–100. */
  rebuildPct: number;
  /** Spending other than the team's that continues while the product waits for the rebuild. */
  burnPerMonth: number;
  replacementCost: number;
  otherMonthsToNotice: number;
  /** Annual salary of the other executive. */
  otherExecSalary: number;
  /** Spending in the other executive's charge that brings nothing while they are in the seat. */
  otherWastedPerMonth: number;
  /** Profit lost on missed sales, from their start until the business has recovered. */
  otherLostProfitPerMonth: number;
  /** Months the business takes to recover after the other executive leaves. */
  otherRecoveryMonths: number;
  otherExecRehireCost: number;
}

/** The four kinds of loss, the same for both hires so that they stack side by side. */
export const badHireParts = ['salary', 'thrownAway', 'lostMonths', 'replacement'] as const;
export type BadHirePart = (typeof badHireParts)[number];

export interface BadHireResult {
  /** The wrong CTO: salary, the rebuild of the share to rebuild, spending while the product waits, rehiring. */
  parts: Record<BadHirePart, number>;
  total: number;
  /** The other executive: salary, wasted spending, profit lost until recovery, rehiring. */
  otherParts: Record<BadHirePart, number>;
  otherExecTotal: number;
  /** Months the rebuild takes: the share to rebuild of the months until the problem was recognised. */
  rebuildMonths: number;
  /** How many times the other executive's cost the CTO's is; null when that cost is (next to) zero. */
  times: number | null;
}

const sum = (parts: Record<BadHirePart, number>) => badHireParts.reduce((total, part) => total + parts[part], 0);

export function badHireCost(input: BadHireInput): BadHireResult {
  const rebuildMonths = input.monthsToNotice * (input.rebuildPct / 100);
  const parts: Record<BadHirePart, number> = {
    salary: (input.ctoSalary / 12) * input.monthsToNotice,
    thrownAway: input.teamCostPerMonth * rebuildMonths,
    lostMonths: input.burnPerMonth * rebuildMonths,
    replacement: input.replacementCost,
  };
  const otherParts: Record<BadHirePart, number> = {
    salary: (input.otherExecSalary / 12) * input.otherMonthsToNotice,
    thrownAway: input.otherWastedPerMonth * input.otherMonthsToNotice,
    lostMonths: input.otherLostProfitPerMonth * (input.otherMonthsToNotice + input.otherRecoveryMonths),
    replacement: input.otherExecRehireCost,
  };
  const total = sum(parts);
  const otherExecTotal = sum(otherParts);
  const times = total / otherExecTotal;
  return {
    parts,
    total,
    otherParts,
    otherExecTotal,
    rebuildMonths,
    times: otherExecTotal > 0 && Number.isFinite(times) ? times : null,
  };
}

/**
 * The verdict in the terms a sentence needs. Sums are shown in whole units and the
 * multiple with one decimal, so a cost that rounds to nothing counts as nothing and a
 * multiple that rounds to 1 is "about as much". The multiple is always stated as the
 * larger cost over the smaller, so a bad CMO who costs more reads "2.1 times as much as
 * a wrong CTO", never "0.5 times".
 */
export type BadHireVerdict =
  | { kind: 'ctoMore'; times: number }
  | { kind: 'otherMore'; times: number }
  | { kind: 'similar' }
  /** The other executive costs nothing (or both do): the CTO's cost stands alone. */
  | { kind: 'ctoAlone' }
  | { kind: 'otherAlone' };

export function badHireVerdict({ total, otherExecTotal }: Pick<BadHireResult, 'total' | 'otherExecTotal'>): BadHireVerdict {
  const cto = Math.round(total);
  const other = Math.round(otherExecTotal);
  if (other === 0) return { kind: 'ctoAlone' };
  if (cto === 0) return { kind: 'otherAlone' };
  const tenths = (ratio: number) => Math.round(ratio * 10);
  if (tenths(total / otherExecTotal) > 10) return { kind: 'ctoMore', times: total / otherExecTotal };
  if (tenths(otherExecTotal / total) > 10) return { kind: 'otherMore', times: otherExecTotal / total };
  return { kind: 'similar' };
}
