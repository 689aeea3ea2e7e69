/**
 * Plural forms of a UI string, chosen by `Intl.PluralRules`: a dictionary holds one
 * text per plural category its language has ("one" and "other" in English; Chinese and
 * Vietnamese have "other" alone, as a noun does not change with its number). Kept apart
 * from the dictionaries so an island can choose a form without shipping them.
 */
import { pluralRules } from '../lib/format';

/** One text per plural category of the dictionary's language; every language has "other". */
export type PluralForms = { readonly other: string } & { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

/** A dictionary shaped like the English one: plural entries hold forms, the rest text. */
export type DictionaryOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralForms };

/** The keys of a dictionary's plural entries. */
export type PluralKeyOf<T> = { [K in keyof T]: T[K] extends string ? never : K }[keyof T];

/** The form of `forms` that the language of `intlLocale` uses for `count`. */
export function pluralForm(forms: PluralForms, count: number, intlLocale: string): string {
  return forms[pluralRules(intlLocale, {}).select(count)] ?? forms.other;
}
