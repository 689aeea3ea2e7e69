/**
 * A tool's state in its URL (`?v=1&cur=USD&view=cash&ftSalary=200000&…`), so a result
 * can be shared and reloaded. Values are plain numbers in JavaScript notation, switches
 * one of their named values; reading is strict: a value that is not such a number, or
 * is outside its field's range, or a switch value the tool does not offer, falls back
 * to the default and is reported by name. A missing parameter takes its default, so
 * links made before a field or switch existed still open. Unknown parameters are ignored.
 *
 * Versions:
 * - `v=1`: one scenario, as above. A link without `v` reads as `v=1`.
 * - `v=2`: two scenarios side by side. The current one (B) is written exactly as in
 *   `v=1`; the kept one (A) follows with every parameter under the prefix `a.`:
 *   `a.cur`, each switch (`a.view=economic`) and each field (`a.ftSalary=150000`). The
 *   names the reader gave them are `b.label` and `a.label`, written only when the
 *   reader typed one (a link without them shows each locale's own default names, so a
 *   Chinese reader of an English link reads 方案甲, not "Scenario A"). A label is at
 *   most `labelMax` characters with no control characters; any other text falls back
 *   to the default name and is reported as `a.label` or `b.label`. A's values are read
 *   as strictly as B's and reported with their prefix (`a.ftSalary`); a missing `a.cur`
 *   means B's currency. A page writes `v=1` while no scenario is kept, so every link
 *   it made before scenarios existed, and every link without one, is unchanged.
 *
 * Currencies: each scenario keeps its own currency, and money is never converted; a
 * comparison shows sums in two currencies side by side without a difference.
 */
import type { Currency } from '../i18n/locales';
import { checkValue, type FieldSpec } from './cost/fields';

export const stateVersion = '1';
/** The version of a link holding a kept scenario A beside the current one. */
export const pairVersion = '2';
/** The longest name a reader can give a scenario, in characters. */
export const labelMax = 40;
const keptPrefix = 'a.';
export const currencies: readonly Currency[] = ['USD', 'CNY', 'VND'];

export interface ToolState {
  currency: Currency;
  values: Record<string, number>;
  /** The value of each switch. */
  choices: Record<string, string>;
}

/** A tool's switches and the values each accepts, the default first. */
export type ChoiceSpecs = Readonly<Record<string, readonly string[]>>;

/** Every switch at its default. */
export function defaultChoices(specs: ChoiceSpecs): Record<string, string> {
  return Object.fromEntries(Object.entries(specs).map(([name, options]) => [name, options[0] ?? '']));
}

export interface DecodedState {
  state: ToolState;
  /** Parameters whose values were replaced by defaults ('v', 'cur' or a field name). */
  rejected: string[];
}

const plainNumber = /^\d{1,16}(?:\.\d{1,10})?$/;

export function encodeState(state: ToolState, fields: readonly FieldSpec[], choices: ChoiceSpecs = {}): string {
  return encodeShared({ state, labels: noLabels }, fields, choices);
}

export function decodeState(
  search: string,
  fields: readonly FieldSpec[],
  defaults: (currency: Currency) => Record<string, number>,
  fallbackCurrency: Currency,
  choiceSpecs: ChoiceSpecs = {},
): DecodedState {
  const params = new URLSearchParams(search);
  const version = params.get('v');
  // A link without a version (typed by hand, or from an older page) is read as the first one.
  const known = version === null || version === stateVersion;
  const rejected = known ? [] : ['v'];
  const read = readScenario(params, '', known, fields, defaults, fallbackCurrency, choiceSpecs, rejected);
  return { state: read.state, rejected };
}

/** The names the reader gave the scenarios; '' stands for the locale's default name. */
export type ScenarioLabels = { a: string; b: string };

const noLabels: ScenarioLabels = { a: '', b: '' };

/** The current scenario (B), and the scenario kept for comparison (A) when there is one. */
export interface SharedState {
  state: ToolState;
  kept?: ToolState | undefined;
  labels: ScenarioLabels;
}

export interface DecodedShared {
  shared: SharedState;
  /** Parameters whose values were replaced by defaults: 'v', 'cur', a field or switch name, 'b.label', or A's under `a.`. */
  rejected: string[];
}

/** A name as a reader may give it: trimmed, at most `labelMax` characters, no control characters; otherwise undefined. */
export function cleanLabel(text: string): string | undefined {
  const label = text.trim();
  return [...label].length <= labelMax && !/\p{Cc}/u.test(label) ? label : undefined;
}

export function encodeShared({ state, kept, labels }: SharedState, fields: readonly FieldSpec[], choices: ChoiceSpecs = {}): string {
  const params = new URLSearchParams({ v: kept ? pairVersion : stateVersion });
  writeScenario(params, '', state, fields, choices);
  if (!kept) return params.toString();
  if (labels.b !== '') params.set('b.label', labels.b);
  writeScenario(params, keptPrefix, kept, fields, choices);
  if (labels.a !== '') params.set('a.label', labels.a);
  return params.toString();
}

export function decodeShared(
  search: string,
  fields: readonly FieldSpec[],
  defaults: (currency: Currency) => Record<string, number>,
  fallbackCurrency: Currency,
  choiceSpecs: ChoiceSpecs = {},
): DecodedShared {
  const params = new URLSearchParams(search);
  const version = params.get('v');
  const pair = version === pairVersion;
  const known = pair || version === null || version === stateVersion;
  const rejected = known ? [] : ['v'];
  const current = readScenario(params, '', known, fields, defaults, fallbackCurrency, choiceSpecs, rejected);
  if (!pair) return { shared: { state: current.state, labels: { ...noLabels } }, rejected };
  const kept = readScenario(params, keptPrefix, true, fields, defaults, current.state.currency, choiceSpecs, rejected);
  const label = (name: string) => {
    const text = params.get(name);
    const clean = text === null ? '' : cleanLabel(text);
    if (clean === undefined) rejected.push(name);
    return clean ?? '';
  };
  const labels = { b: label('b.label'), a: label('a.label') };
  return { shared: { state: current.state, kept: kept.state, labels }, rejected };
}

/**
 * The parameters a link sets that the tool no longer reads (`removed`), for either
 * scenario, each named once without its `a.` prefix, in the order of `removed`.
 */
export function removedInLink(search: string, removed: readonly string[]): string[] {
  const params = new URLSearchParams(search);
  return removed.filter((name) => params.has(name) || params.has(keptPrefix + name));
}

function writeScenario(params: URLSearchParams, prefix: string, state: ToolState, fields: readonly FieldSpec[], choices: ChoiceSpecs): void {
  params.set(`${prefix}cur`, state.currency);
  for (const name of Object.keys(choices)) params.set(prefix + name, state.choices[name] ?? '');
  for (const { name } of fields) params.set(prefix + name, String(state.values[name]));
}

/** One scenario's parameters under `prefix`, each unreadable one added to `rejected` with its prefix. */
function readScenario(
  params: URLSearchParams,
  prefix: string,
  known: boolean,
  fields: readonly FieldSpec[],
  defaults: (currency: Currency) => Record<string, number>,
  fallbackCurrency: Currency,
  choiceSpecs: ChoiceSpecs,
  rejected: string[],
): { state: ToolState } {
  const cur = params.get(`${prefix}cur`);
  const currency = currencies.find((c) => c === cur) ?? fallbackCurrency;
  if (known && cur !== null && cur !== currency) rejected.push(`${prefix}cur`);

  const values = { ...defaults(currency) };
  const choices = defaultChoices(choiceSpecs);
  if (!known) return { state: { currency, values, choices } };
  for (const [name, options] of Object.entries(choiceSpecs)) {
    const text = params.get(prefix + name);
    if (text === null) continue;
    if (options.includes(text)) choices[name] = text;
    else rejected.push(prefix + name);
  }
  for (const spec of fields) {
    const text = params.get(prefix + spec.name);
    if (text === null) continue;
    const check = plainNumber.test(text) ? checkValue(spec, Number(text)) : undefined;
    if (check?.ok) values[spec.name] = check.value;
    else rejected.push(prefix + spec.name);
  }
  return { state: { currency, values, choices } };
}
