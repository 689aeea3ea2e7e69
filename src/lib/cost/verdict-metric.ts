/**
 * The number each tool's verdict turns on, as one signed amount taken from the model's
 * result, so that a sensitivity chart can tell how far an input moves the verdict and
 * whether it flips it (the sign changes). The island composes it with the model it
 * already loads; importing only the result types keeps the other tools' models out of
 * its script.
 */
import type { BadHireResult } from './bad-hire-cost';
import type { CostComparisonResult } from './cost-comparison';
import type { CtoCareerResult } from './cto-career';

/** The full-time total minus the service total, in the chosen view: above 0, the service costs less. */
export function costDifference(result: CostComparisonResult, view: 'cash' | 'economic'): number {
  return result[view].difference;
}

/**
 * The wrong CTO's total minus the other executive's: above 0, the wrong CTO costs more.
 * A difference rather than the "times" multiple: the multiple has no value when the
 * other hire costs nothing and stretches unevenly on either side of 1.
 */
export function badHireDifference(result: Pick<BadHireResult, 'total' | 'otherExecTotal'>): number {
  return result.total - result.otherExecTotal;
}

/** The service path's expected value minus the full-time path's: above 0, the service path is worth more. */
export function careerDifference({ fullTime, service }: CtoCareerResult): number {
  return service.expectedValue - fullTime.expectedValue;
}
