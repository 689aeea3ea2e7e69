/**
 * What a tool island needs from the page, computed at build time: its locale, the
 * calculator strings (so the island ships no dictionary) and the tool page's address
 * (an embedded widget's "Copy link" points there).
 */
import type { ToolId } from '../../data/catalog';
import type { Locale } from '../../i18n/locales';
import { dictionaries, type UIKey } from '../../i18n/translate';
import { localizedPath } from '../../i18n/urls';

export type CalcKey = Extract<UIKey, `calc.${string}`>;
export type CalcStrings = Record<CalcKey, string>;

export interface ToolProps {
  locale: Locale;
  strings: CalcStrings;
  toolPath: string;
  /** Placed inside a guide: the state stays out of the guide's address. */
  embedded: boolean;
}

export function toolProps(id: ToolId, locale: Locale, embedded = false): ToolProps {
  const dictionary = dictionaries[locale];
  const strings = Object.fromEntries(Object.entries(dictionary).filter(([key]) => key.startsWith('calc.'))) as CalcStrings;
  return { locale, strings, toolPath: localizedPath(locale, 'tools', id), embedded };
}
