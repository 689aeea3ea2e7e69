/**
 * What a wrong CTO costs by the time the problem is fixed, next to what a wrong CEO,
 * CMO or CFO costs. The source article calls the first "X times" the second because a
 * weak CTO leaves a platform to rebuild, not just a seat to refill; here both hires
 * carry the same four kinds of loss, so the multiple comes out of the inputs and can
 * fall below one:
 *
 * - salary: the base salary the wrong hire is paid until the problem is recognised
 *   (on both sides, without the employer's overhead or bonus);
 * - spending that bought nothing: money spent in their charge, until the problem is
 *   recognised, on work that is thrown away (for the CTO, the team's cost of the share to
 *   rebuild; for the other executive, the spending wasted per month);
 * - gross profit (sales less their direct costs, not spending) lost in the months the
 *   mistake holds the business back, where each side's loss falls:
 *   - a wrong CTO's loss is a product that ships late. Work kept from their months in the
 *     seat is not late; what is late is the thrown-away work and the wait for the next
 *     CTO (the rebuild cannot start without one): the search plus the rebuild, which
 *     takes the team as long as building the share to rebuild did. At 0 % to rebuild the
 *     product is late by the search alone. Their months in the seat are not charged
 *     again: the rebuild already is what those months failed to deliver;
 *   - a wrong CEO, CMO or CFO loses sales while they hold the seat, and the business
 *     takes time to recover after they leave: their months in the seat plus the
 *     recovery (the search for the next one included), entered as one figure;
 * - replacement: hiring the next person.
 *
 * Each loss is counted once: the rebuild buys back what was thrown away, so what it costs
 * is the time, priced as gross profit. The team's cost of the thrown-away work stands for
 * the value of that work, at cost. The company's other spending is counted on neither side.
 */

export interface BadHireInput {
  monthsToNotice: number;
  /** Annual salary paid to the wrong CTO. */
  ctoSalary: number;
  teamCostPerMonth: number;
  /** Share of what the team built under the wrong CTO that has to be rebuilt, 0–100. */
  rebuildPct: number;
  /** Gross profit lost per month the product is late (sales less their direct costs). */
  lateProfitPerMonth: number;
  /** Months from the wrong CTO's departure until the next one starts: the rebuild waits for them. */
  monthsToReplace: number;
  replacementCost: number;
  otherMonthsToNotice: number;
  /** Annual salary of the other executive. */
  otherExecSalary: number;
  /** Spending in the other executive's charge that brings nothing while they are in the seat. */
  otherWastedPerMonth: number;
  /** Gross profit lost per month on missed sales, from their start until the business has recovered. */
  otherLostProfitPerMonth: number;
  /** Months the business takes to recover after the other executive leaves. */
  otherRecoveryMonths: number;
  otherExecRehireCost: number;
}

/** The four kinds of loss, the same for both hires so that they stack side by side. */
export const badHireParts = ['salary', 'thrownAway', 'lostMonths', 'replacement'] as const;
export type BadHirePart = (typeof badHireParts)[number];

export interface BadHireResult {
  /** The wrong CTO: salary, the team's cost of the share to rebuild, gross profit lost while the product is late, rehiring. */
  parts: Record<BadHirePart, number>;
  total: number;
  /** The other executive: salary, wasted spending, gross profit lost until recovery, rehiring. */
  otherParts: Record<BadHirePart, number>;
  otherExecTotal: number;
  /** Months the rebuild takes: the share to rebuild of the months until the problem was recognised. */
  rebuildMonths: number;
  /** Months the product ships late because of the wrong CTO: the search for the next CTO and the rebuild. */
  lateMonths: number;
  /** Months the other executive sets the business back: their months in the seat plus the recovery. */
  otherSetbackMonths: number;
  /** How many times the other executive's cost the CTO's is; null when that cost is (next to) zero. */
  times: number | null;
}

const sum = (parts: Record<BadHirePart, number>) => badHireParts.reduce((total, part) => total + parts[part], 0);

export function badHireCost(input: BadHireInput): BadHireResult {
  const rebuildMonths = input.monthsToNotice * (input.rebuildPct / 100);
  const lateMonths = input.monthsToReplace + rebuildMonths;
  const otherSetbackMonths = input.otherMonthsToNotice + input.otherRecoveryMonths;
  const parts: Record<BadHirePart, number> = {
    salary: (input.ctoSalary / 12) * input.monthsToNotice,
    // The team's cost over the months whose work is thrown away, which is as many months as redoing it takes.
    thrownAway: input.teamCostPerMonth * rebuildMonths,
    lostMonths: input.lateProfitPerMonth * lateMonths,
    replacement: input.replacementCost,
  };
  const otherParts: Record<BadHirePart, number> = {
    salary: (input.otherExecSalary / 12) * input.otherMonthsToNotice,
    thrownAway: input.otherWastedPerMonth * input.otherMonthsToNotice,
    lostMonths: input.otherLostProfitPerMonth * otherSetbackMonths,
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
    lateMonths,
    otherSetbackMonths,
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
