/** Looks up UI strings in the locale's dictionary and fills `{name}` placeholders. */
import { numberFormat } from '../lib/format';
import { fill } from './fill';
import { localeInfo, type Locale } from './locales';
import { pluralForm } from './plural';
import { en, type PluralKey, type UIDictionary, type UIKey } from './ui/en';
import { vi } from './ui/vi';
import { zh } from './ui/zh';

export type { PluralKey, UIDictionary, UIKey };
export { fill };

export const dictionaries: Record<Locale, UIDictionary> = { en, zh, vi };

type Values = Record<string, string | number>;

export interface Translate {
  (key: UIKey, values?: Values): string;
  /** The form of a plural entry for `count`, its `{count}` written as the locale writes numbers. */
  plural(key: PluralKey, count: number, values?: Values): string;
}

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  const { intlLocale } = localeInfo[locale];
  const t = (key: UIKey, values?: Values) => fill(dictionary[key], values);
  t.plural = (key: PluralKey, count: number, values: Values = {}) =>
    fill(pluralForm(dictionary[key], count, intlLocale), { count: numberFormat(intlLocale, {}).format(count), ...values });
  return t;
}
