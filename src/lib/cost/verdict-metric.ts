/**
 * The number each tool's verdict turns on, as one signed amount, so that a sensitivity
 * chart can tell how far an input moves the verdict and whether it flips it (the sign
 * changes):
 * - cost comparison: the full-time total minus the service total, in the chosen view
 *   (positive: the service costs less);
 * - bad-hire cost: the wrong CTO's total minus the other executive's (positive: the wrong
 *   CTO costs more). A difference rather than the "times" ratio: the ratio has no value
 *   when the other hire costs nothing and stretches unevenly on either side of 1;
 * - career: the service path's expected value minus the full-time path's (positive: the
 *   service path is worth more).
 */
import type { ToolId } from '../../data/catalog';
import { badHireCost, type BadHireInput } from './bad-hire-cost';
import { compareCosts, type CostComparisonInput } from './cost-comparison';
import { ctoCareer, type CtoCareerInput } from './cto-career';

export type VerdictMetric = (values: Readonly<Record<string, number>>) => number;

export function verdictMetric(tool: ToolId, choices: Readonly<Record<string, string>>): VerdictMetric {
  switch (tool) {
    case 'cost-comparison': {
      const view = choices.view === 'economic' ? 'economic' : 'cash';
      const serviceMode = choices.svcMode === 'fractional' ? 'fractional' : 'seat';
      return (values) => compareCosts({ ...(values as unknown as CostComparisonInput), serviceMode })[view].difference;
    }
    case 'bad-hire-cost':
      return (values) => {
        const result = badHireCost(values as unknown as BadHireInput);
        return result.total - result.otherExecTotal;
      };
    case 'cto-career':
      return (values) => {
        const { fullTime, service } = ctoCareer(values as unknown as CtoCareerInput);
        return service.expectedValue - fullTime.expectedValue;
      };
  }
}
