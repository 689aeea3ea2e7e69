/** Looks up UI strings in the locale's dictionary and fills `{name}` placeholders. */
import { fill } from './fill';
import type { Locale } from './locales';
import { en, type UIDictionary, type UIKey } from './ui/en';
import { vi } from './ui/vi';
import { zh } from './ui/zh';

export type { UIKey };
export { fill };

export const dictionaries: Record<Locale, UIDictionary> = { en, zh, vi };

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) => fill(dictionary[key], values);
}
