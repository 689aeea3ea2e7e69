/** Looks up UI strings in the locale's dictionary and fills `{name}` placeholders. */
import type { Locale } from './locales';
import { en, type UIDictionary, type UIKey } from './ui/en';
import { vi } from './ui/vi';
import { zh } from './ui/zh';

export type { UIKey };

export const dictionaries: Record<Locale, UIDictionary> = { en, zh, vi };

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) => fill(dictionary[key], values);
}
