/**
 * The inputs of each tool: their query parameter, their unit and the range a value
 * must fall in. Parsing turns text into a number; these limits decide whether the
 * number makes sense (no negative salary, no 400 % equity, no 10¹⁸ budget).
 */
import type { ToolId } from '../../data/catalog';
import type { ToolParam } from '../../data/tool-params';
import type { Locale } from '../../i18n/locales';
import { parseNumber } from '../parse-number';

export type FieldKind = 'money' | 'percent' | 'months' | 'years' | 'daysPerWeek';

export interface FieldSpec<Name extends string = string> {
  name: Name;
  kind: FieldKind;
  min: number;
  max: number;
  /** Whole numbers only (months, terms). */
  whole?: boolean;
}

export type FieldError = 'empty' | 'malformed' | 'ambiguous' | 'negative' | 'tooSmall' | 'tooLarge' | 'notWhole';
/** Why a text is refused; an ambiguous one carries both readings so the message can offer them. */
export interface FieldIssue {
  error: FieldError;
  readings?: readonly [grouped: number, decimal: number];
}
export type FieldCheck = { ok: true; value: number } | ({ ok: false } & FieldIssue);

/** Beyond any company's budget in any of the three currencies (10¹⁵ ₫ is about 40 billion USD). */
const moneyMax = 1e15;

const money = <N extends string>(name: N): FieldSpec<N> => ({ name, kind: 'money', min: 0, max: moneyMax });
const percent = <N extends string>(name: N, max = 100): FieldSpec<N> => ({ name, kind: 'percent', min: 0, max });
const months = <N extends string>(name: N, min: number, max: number): FieldSpec<N> => ({ name, kind: 'months', min, max, whole: true });
const years = <N extends string>(name: N, min: number, max: number, whole = true): FieldSpec<N> => ({ name, kind: 'years', min, max, whole });
const daysPerWeek = <N extends string>(name: N): FieldSpec<N> => ({ name, kind: 'daysPerWeek', min: 0.5, max: 5 });

type Fields<T extends ToolId> = readonly FieldSpec<Exclude<ToolParam<T>, 'cur'>>[];

export const toolFields: { [T in ToolId]: Fields<T> } = {
  'cost-comparison': [
    years('horizonYears', 1, 10),
    money('vacancyMonthlyCost'),
    percent('salaryGrowthPct', 50),
    percent('discountPct', 50),
    money('ftSalary'),
    money('ftBonus'),
    percent('ftOverheadPct', 300),
    money('ftRecruiting'),
    months('ftMonthsToHire', 0, 36),
    percent('ftEquityPct'),
    money('companyValue'),
    percent('equityDiscountPct'),
    percent('dilutionPct', 90),
    years('ftVestingYears', 1, 10),
    months('svcMonthsToStart', 0, 24),
    money('svcMonthlyFee'),
    daysPerWeek('svcDaysPerWeek'),
    money('svcDayRate'),
    months('svcMonths', 1, 120),
    money('svcBonusCash'),
    percent('svcBonusEquityPct'),
    percent('svcBonusChancePct'),
    months('svcOverlapMonths', 0, 24),
    money('leadSalary'),
    money('leadRecruiting'),
    percent('leadCoveragePct'),
  ],
  'bad-hire-cost': [
    months('monthsToNotice', 0, 120),
    money('ctoSalary'),
    money('teamCostPerMonth'),
    percent('rebuildPct'),
    money('lateProfitPerMonth'),
    months('monthsToReplace', 0, 120),
    money('replacementCost'),
    months('otherMonthsToNotice', 0, 120),
    money('otherExecSalary'),
    money('otherWastedPerMonth'),
    money('otherLostProfitPerMonth'),
    months('otherRecoveryMonths', 0, 120),
    money('otherExecRehireCost'),
  ],
  'cto-career': [
    years('careerYears', 1, 50),
    months('gapMonths', 0, 60),
    percent('successChancePct'),
    money('exitValue'),
    percent('dilutionPct'),
    percent('discountPct', 50),
    years('yearsToExit', 0, 30, false),
    years('yearsPerCompany', 0.5, 20, false),
    percent('ftEquityPct'),
    money('ftCashPerYear'),
    months('monthsPerEngagement', 1, 120),
    percent('svcEquityPct'),
    money('svcFeePerYear'),
    percent('svcMarginPct', 90),
  ],
};

/** A tool's numbers by input name, as its model takes them. */
export type ToolValues<T extends ToolId> = Record<Exclude<ToolParam<T>, 'cur'>, number>;

/**
 * The tool's inputs read from a state's numbers by name: what a model takes, typed, and
 * a missing input is a programming error (every state is filled from the examples).
 */
export function toolValues<T extends ToolId>(tool: T, values: Readonly<Record<string, number>>): ToolValues<T> {
  for (const { name } of toolFields[tool]) if (values[name] === undefined) throw new Error(`${tool} lacks ${name}`);
  return values as ToolValues<T>;
}

/** Whether a number fits the field. */
export function checkValue(spec: FieldSpec, value: number): FieldCheck {
  if (!Number.isFinite(value)) return { ok: false, error: 'malformed' };
  if (value < 0) return { ok: false, error: 'negative' };
  if (value < spec.min) return { ok: false, error: 'tooSmall' };
  if (value > spec.max) return { ok: false, error: 'tooLarge' };
  if (spec.whole && !Number.isInteger(value)) return { ok: false, error: 'notWhole' };
  return { ok: true, value };
}

/** What the reader typed, read in their locale and checked against the field. */
export function checkText(spec: FieldSpec, text: string, locale: Locale): FieldCheck {
  const parsed = parseNumber(text, locale);
  if (parsed.ok) return checkValue(spec, parsed.value);
  return parsed.reason === 'ambiguous' ? { ok: false, error: 'ambiguous', readings: parsed.readings } : { ok: false, error: parsed.reason };
}
