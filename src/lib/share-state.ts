/**
 * A tool's state in its URL (`?v=1&cur=USD&view=cash&ftSalary=200000&…`), so a result
 * can be shared and reloaded. Values are plain numbers in JavaScript notation, switches
 * one of their named values; reading is strict: a value that is not such a number, or
 * is outside its field's range, or a switch value the tool does not offer, falls back
 * to the default and is reported by name. A missing parameter takes its default, so
 * links made before a field or switch existed still open. Unknown parameters are ignored.
 */
import type { Currency } from '../i18n/locales';
import { checkValue, type FieldSpec } from './cost/fields';

export const stateVersion = '1';
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
  const params = new URLSearchParams({ v: stateVersion, cur: state.currency });
  for (const name of Object.keys(choices)) params.set(name, state.choices[name] ?? '');
  for (const { name } of fields) params.set(name, String(state.values[name]));
  return params.toString();
}

export function decodeState(
  search: string,
  fields: readonly FieldSpec[],
  defaults: (currency: Currency) => Record<string, number>,
  fallbackCurrency: Currency,
  choiceSpecs: ChoiceSpecs = {},
): DecodedState {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const version = params.get('v');
  // A link without a version (typed by hand, or from an older page) is read as the current one.
  const known = version === null || version === stateVersion;
  if (!known) rejected.push('v');

  const cur = params.get('cur');
  const currency = currencies.find((c) => c === cur) ?? fallbackCurrency;
  if (known && cur !== null && cur !== currency) rejected.push('cur');

  const values = { ...defaults(currency) };
  const choices = defaultChoices(choiceSpecs);
  if (!known) return { state: { currency, values, choices }, rejected };
  for (const [name, options] of Object.entries(choiceSpecs)) {
    const text = params.get(name);
    if (text === null) continue;
    if (options.includes(text)) choices[name] = text;
    else rejected.push(name);
  }
  for (const spec of fields) {
    const text = params.get(spec.name);
    if (text === null) continue;
    const check = plainNumber.test(text) ? checkValue(spec, Number(text)) : undefined;
    if (check?.ok) values[spec.name] = check.value;
    else rejected.push(spec.name);
  }
  return { state: { currency, values, choices }, rejected };
}
