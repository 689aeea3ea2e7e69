/**
 * Two scenarios of one tool side by side: every output each tool reports, with its
 * kind (a sum of money, a month, a duration in months, a share, a ratio or a count),
 * and the difference B − A for each.
 *
 * Money is never converted between currencies: when A and B are in different
 * currencies, a sum's difference is `{ kind: 'currencies' }`, which the page states in
 * words instead of a number. Kinds without a currency (months, shares, ratios, counts)
 * are still compared. An output that does not exist in a scenario (no break-even
 * point, no multiple when the other cost is nil) is null; the difference between two
 * nulls is zero, and between a null and a number there is none.
 */
import type { ToolId } from '../data/catalog';
import type { UIKey } from '../i18n/ui/en';
import { badHireCost, badHireParts } from './cost/bad-hire-cost';
import { compareCosts, costComparisonInput, type CostLines, type EquityShare } from './cost/cost-comparison';
import { ctoCareer, type CareerPath } from './cost/cto-career';
import { toolValues } from './cost/fields';

/**
 * `month` is a point in time ("month 14"), `months` a duration; `share` is 0–1 and its
 * difference is in percentage points; `ratio` is a multiple ("2.5×").
 */
export type OutputKind = 'money' | 'month' | 'months' | 'share' | 'ratio' | 'count';

type Label = Extract<UIKey, `calc.${string}`>;

export interface Output {
  id: string;
  /** The heading of the rows this output is listed under, if any. */
  group?: Label;
  label: Label;
  kind: OutputKind;
  value: number | null;
}

/** `none`: only one scenario has the output; `same`: neither has it (no break-even in A or B). */
export type Difference = { kind: 'value'; value: number } | { kind: 'none' } | { kind: 'same' } | { kind: 'currencies' };

export interface ComparedOutput extends Omit<Output, 'value'> {
  a: number | null;
  b: number | null;
  /** B − A. */
  difference: Difference;
}

/** A scenario as the tool holds it: its fields' numbers and its switches' values. */
export interface ScenarioInputs {
  values: Record<string, number>;
  choices: Record<string, string>;
}

const lines = (group: Label, id: string, r: CostLines): Output[] => [
  { id: `${id}.fullTimeTotal`, group, label: 'calc.cc.totalFullTime', kind: 'money', value: r.fullTimeTotal },
  { id: `${id}.serviceTotal`, group, label: 'calc.cc.totalService', kind: 'money', value: r.serviceTotal },
  { id: `${id}.difference`, group, label: 'calc.scenario.cc.fullTimeMinusService', kind: 'money', value: r.difference },
  { id: `${id}.breakEvenMonth`, group, label: 'calc.cc.breakEven', kind: 'month', value: r.breakEvenMonth },
];

const equity = (group: Label, id: string, share: EquityShare): Output[] => [
  { id: `${id}.vested`, group, label: 'calc.cc.vested', kind: 'share', value: share.vestedPct / 100 },
  { id: `${id}.vestedValue`, group, label: 'calc.cc.vestedValue', kind: 'money', value: share.vestedValue },
];

const career = (group: Label, id: string, path: CareerPath): Output[] => [
  { id: `${id}.expectedValue`, group, label: 'calc.career.expected', kind: 'money', value: path.expectedValue },
  { id: `${id}.low`, group, label: 'calc.scenario.career.low', kind: 'money', value: path.low },
  { id: `${id}.high`, group, label: 'calc.scenario.career.high', kind: 'money', value: path.high },
  { id: `${id}.mostLikely`, group, label: 'calc.scenario.career.mostLikely', kind: 'count', value: path.mostLikelySuccesses },
  { id: `${id}.cash`, group, label: 'calc.career.cash', kind: 'money', value: path.cash },
  { id: `${id}.expectedEquity`, group, label: 'calc.career.equity', kind: 'money', value: path.expectedEquity },
  { id: `${id}.companies`, group, label: 'calc.career.companies', kind: 'count', value: path.companies },
  { id: `${id}.chance`, group, label: 'calc.career.chance', kind: 'share', value: path.chanceOfSuccess },
];

/**
 * Each tool's outputs for a scenario. Switches reach the models as the islands pass
 * them: the cost comparison's service mode is a model input, its view only chooses
 * which lines the page draws, so both views are listed here.
 */
export const scenarioOutputs: Record<ToolId, (scenario: ScenarioInputs) => Output[]> = {
  'cost-comparison': ({ values, choices }) => {
    const result = compareCosts(costComparisonInput(values, choices));
    return [
      ...lines('calc.scenario.cc.cash', 'cash', result.cash),
      ...lines('calc.scenario.cc.economic', 'economic', result.economic),
      ...equity('calc.scenario.cc.equityFullTime', 'fullTimeEquity', result.fullTimeEquity),
      ...equity('calc.scenario.cc.equityService', 'serviceEquity', result.serviceEquity),
    ];
  },
  'bad-hire-cost': ({ values }) => {
    const r = badHireCost(toolValues('bad-hire-cost', values));
    return [
      { id: 'times', label: 'calc.scenario.bh.times', kind: 'ratio', value: r.times },
      ...badHireParts.map((part): Output => ({ id: `cto.${part}`, group: 'calc.bh.barCto', label: `calc.bh.part.${part}`, kind: 'money', value: r.parts[part] })),
      { id: 'cto.total', group: 'calc.bh.barCto', label: 'calc.bh.total', kind: 'money', value: r.total },
      { id: 'cto.rebuildMonths', group: 'calc.bh.barCto', label: 'calc.scenario.bh.rebuildMonths', kind: 'months', value: r.rebuildMonths },
      ...badHireParts.map((part): Output => ({ id: `other.${part}`, group: 'calc.bh.barOther', label: `calc.bh.part.${part}`, kind: 'money', value: r.otherParts[part] })),
      { id: 'other.total', group: 'calc.bh.barOther', label: 'calc.bh.total', kind: 'money', value: r.otherExecTotal },
    ];
  },
  'cto-career': ({ values }) => {
    const r = ctoCareer(toolValues('cto-career', values));
    return [...career('calc.career.fullTime', 'fullTime', r.fullTime), ...career('calc.career.service', 'service', r.service)];
  },
};

/** A and B's outputs row by row, with B − A; sums in two different currencies get no difference. */
export function compareOutputs(a: readonly Output[], b: readonly Output[], sameCurrency: boolean): ComparedOutput[] {
  return b.map(({ value, ...output }, i) => {
    const before = a[i]?.value ?? null;
    return { ...output, a: before, b: value, difference: difference(output.kind, before, value, sameCurrency) };
  });
}

function difference(kind: OutputKind, a: number | null, b: number | null, sameCurrency: boolean): Difference {
  if (kind === 'money' && !sameCurrency) return { kind: 'currencies' };
  if (a === null && b === null) return { kind: 'same' };
  if (a === null || b === null) return { kind: 'none' };
  return { kind: 'value', value: b - a };
}
