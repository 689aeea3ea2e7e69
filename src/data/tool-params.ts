/**
 * The query parameters each cost tool reads and writes (`/{locale}/tools/{id}/?…`), so a
 * shared link, a quiz result or a guide can open a tool with its inputs filled in.
 * Money is a plain number in major units of `cur` (USD, CNY or VND); percentages are
 * 0–100; durations are in the unit their name says. A tool ignores parameters it does
 * not know and reports values it cannot read next to the field.
 */
import type { ToolId } from './catalog';

export const toolParams = {
  'cost-comparison': [
    'cur',
    'horizonYears',
    'vacancyMonthlyCost',
    'salaryGrowthPct',
    'discountPct',
    'ftSalary',
    'ftBonus',
    'ftOverheadPct',
    'ftRecruiting',
    'ftMonthsToHire',
    'ftEquityPct',
    'companyValue',
    'equityDiscountPct',
    'dilutionPct',
    'ftVestingYears',
    'svcMonthsToStart',
    'svcMonthlyFee',
    'svcDaysPerWeek',
    'svcDayRate',
    'svcMonths',
    'svcBonusCash',
    'svcBonusEquityPct',
    'svcBonusChancePct',
    'svcOverlapMonths',
    'leadSalary',
    'leadRecruiting',
    'leadCoveragePct',
  ],
  'bad-hire-cost': [
    'cur',
    'monthsToNotice',
    'ctoSalary',
    'teamCostPerMonth',
    'rebuildPct',
    'lateProfitPerMonth',
    'monthsToReplace',
    'replacementCost',
    'otherMonthsToNotice',
    'otherExecSalary',
    'otherWastedPerMonth',
    'otherLostProfitPerMonth',
    'otherRecoveryMonths',
    'otherExecRehireCost',
  ],
  'cto-career': [
    'cur',
    'careerYears',
    'gapMonths',
    'successChancePct',
    'exitValue',
    'dilutionPct',
    'discountPct',
    'yearsToExit',
    'yearsPerCompany',
    'ftEquityPct',
    'ftCashPerYear',
    'monthsPerEngagement',
    'svcEquityPct',
    'svcFeePerYear',
    'svcMarginPct',
  ],
} as const satisfies Record<ToolId, readonly string[]>;

export type ToolParam<T extends ToolId> = (typeof toolParams)[T][number];

/**
 * Parameters a tool read once and reads no more, because the input was dropped or now
 * means something else. An old link that still sets one opens with the tool's current
 * inputs, and the page names the dropped ones instead of ignoring them in silence.
 */
export const removedParams = {
  'cost-comparison': [],
  // Months to rebuild became a share of the work; burn (spending while the product waits) became gross profit lost;
  // gross profit lost per month of setback (from the CTO's start) became gross profit lost per month the product is late.
  'bad-hire-cost': ['rebuildMonths', 'burnPerMonth', 'lostProfitPerMonth'],
  // The CTO's cash became the firm's fee less its margin; the exit lag from a term's end became the years to exit from joining.
  'cto-career': ['svcCashPerYear', 'exitLagYears'],
} as const satisfies Record<ToolId, readonly string[]>;

/**
 * The switches each tool reads besides its numbers (`view=economic`), with the values
 * each accepts; the first is the default, so a link without the parameter opens as
 * before the switch existed.
 */
export const toolChoices = {
  'cost-comparison': {
    /** Cash only, or economic cost: cash plus the vested equity priced at the company value. */
    view: ['cash', 'economic'],
    /** A full-seat service CTO paid a monthly fee, or a part-time (fractional) one paid by the day. */
    svcMode: ['seat', 'fractional'],
    /** Who takes over after the engagement: a full-time CTO hired on the full-time path's terms, or an in-house lead. */
    successor: ['cto', 'lead'],
  },
  'bad-hire-cost': {},
  'cto-career': {},
} as const satisfies Record<ToolId, Record<string, readonly [string, ...string[]]>>;
