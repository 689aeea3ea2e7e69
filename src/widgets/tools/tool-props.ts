/**
 * What a tool island needs from the page, computed at build time: its locale, its
 * strings (so the island ships no dictionary), its example values in each currency and
 * which fields start from a shared example salary (so the island ships no table of
 * every tool's examples), and the tool page's address (an embedded widget's "Copy link"
 * points there).
 *
 * A tool gets the `calc.` strings of its own prefix (`calc.cc.` for the cost comparison)
 * and the shared ones, every `calc.` key under no tool's prefix; a key added under
 * either reaches the island with no list to update.
 */
import type { ToolId } from '../../data/catalog';
import { salaryFields, toolDefaults } from '../../data/tool-defaults';
import type { Currency, Locale } from '../../i18n/locales';
import { dictionaries, type PluralKey, type UIDictionary, type UIKey } from '../../i18n/translate';
import { localizedPath } from '../../i18n/urls';

/** Each tool's own strings: `calc.<prefix>.…`. */
export const toolStringPrefixes = {
  'cost-comparison': 'calc.cc.',
  'bad-hire-cost': 'calc.bh.',
  'cto-career': 'calc.career.',
} as const satisfies Record<ToolId, `calc.${string}.`>;

type ToolPrefix<Id extends ToolId> = (typeof toolStringPrefixes)[Id];
export type CalcKey = Extract<UIKey | PluralKey, `calc.${string}`>;
/** The strings every tool uses: fields' messages, currency, chart and actions. */
export type SharedCalcKey = Exclude<CalcKey, `${ToolPrefix<ToolId>}${string}`>;
export type ToolStringKey<Id extends ToolId> = SharedCalcKey | Extract<CalcKey, `${ToolPrefix<Id>}${string}`>;
/** A tool's strings, plural entries with all their forms. */
export type ToolStrings<Id extends ToolId> = { readonly [K in ToolStringKey<Id>]: UIDictionary[K] };
export type SharedStrings = ToolStrings<never>;

export interface ToolProps<Id extends ToolId = ToolId> {
  locale: Locale;
  strings: ToolStrings<Id>;
  toolPath: string;
  /** Placed inside a guide: the state stays out of the guide's address. */
  embedded: boolean;
  /** The tool's example values in each currency (src/data/tool-defaults.ts). */
  examples: Readonly<Record<Currency, Readonly<Record<string, number>>>>;
  /** The fields whose example is a salary shared by all tools, labelled as such. */
  salaryFields: readonly string[];
}

/** Whether a `calc.` key is the tool's own or shared by all tools. */
function isToolKey(key: string, id: ToolId): boolean {
  if (!key.startsWith('calc.')) return false;
  const owner = (Object.keys(toolStringPrefixes) as ToolId[]).find((tool) => key.startsWith(toolStringPrefixes[tool]));
  return owner === undefined || owner === id;
}

export function toolProps<Id extends ToolId>(id: Id, locale: Locale, embedded = false): ToolProps<Id> {
  const strings = Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => isToolKey(key, id))) as ToolStrings<Id>;
  return {
    locale,
    strings,
    toolPath: localizedPath(locale, 'tools', id),
    embedded,
    examples: toolDefaults[id],
    salaryFields: Object.keys(salaryFields[id]),
  };
}

/** Strings read by keys built at run time (`labels` + a field name): any `calc.` key, as text. */
export type CalcStrings = Readonly<Record<CalcKey, string>>;

/** A tool's strings as `CalcStrings`, for the parts shared by all tools that read a tool's own keys by name. */
export function asCalcStrings(strings: SharedStrings): CalcStrings {
  return strings as unknown as CalcStrings;
}
