/**
 * A tool's state in its URL (`?v=1&cur=USD&ftSalary=200000&…`), so a result can be
 * shared and reloaded. Values are plain numbers in JavaScript notation; reading is
 * strict: a value that is not such a number, or is outside its field's range, falls
 * back to the example default and is reported by name. Unknown parameters are ignored.
 */
import type { Currency } from '../i18n/locales';
import { checkValue, type FieldSpec } from './cost/fields';

export const stateVersion = '1';
export const currencies: readonly Currency[] = ['USD', 'CNY', 'VND'];

export interface ToolState {
  currency: Currency;
  values: Record<string, number>;
}

export interface DecodedState {
  state: ToolState;
  /** Parameters whose values were replaced by defaults ('v', 'cur' or a field name). */
  rejected: string[];
}

const plainNumber = /^\d{1,16}(?:\.\d{1,10})?$/;

export function encodeState(state: ToolState, fields: readonly FieldSpec[]): string {
  const params = new URLSearchParams({ v: stateVersion, cur: state.currency });
  for (const { name } of fields) params.set(name, String(state.values[name]));
  return params.toString();
}

export function decodeState(
  search: string,
  fields: readonly FieldSpec[],
  defaults: (currency: Currency) => Record<string, number>,
  fallbackCurrency: Currency,
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
  if (!known) return { state: { currency, values }, rejected };
  for (const spec of fields) {
    const text = params.get(spec.name);
    if (text === null) continue;
    const check = plainNumber.test(text) ? checkValue(spec, Number(text)) : undefined;
    if (check?.ok) values[spec.name] = check.value;
    else rejected.push(spec.name);
  }
  return { state: { currency, values }, rejected };
}
