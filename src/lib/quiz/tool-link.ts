/** Links from a quiz result to a cost tool, with the inputs and switches the answers imply. */
import type { ToolId } from '../../data/catalog';
import { toolChoices, toolParams, type ToolParam } from '../../data/tool-params';
import type { Currency } from '../../i18n/locales';

/** A tool's switch names (`svcMode`), which a quiz answer may set to one of their values. */
export type ToolSwitch<T extends ToolId> = Extract<keyof (typeof toolChoices)[T], string>;
/** What a link may set: the tool's inputs (numbers, and `cur`) and its switches. */
export type ToolLinkValues<T extends ToolId> = Partial<Record<ToolParam<T> | ToolSwitch<T>, string | number>>;

export function isToolParam<T extends ToolId>(tool: T, name: string): name is ToolParam<T> {
  return (toolParams[tool] as readonly string[]).includes(name);
}

/** Whether `value` is one of the values of the tool's switch `name`. */
export function isToolChoice<T extends ToolId>(tool: T, name: string, value: string): name is ToolSwitch<T> {
  const switches: Readonly<Record<string, readonly string[]>> = toolChoices[tool];
  return switches[name]?.includes(value) ?? false;
}

/** The tool's page with `?v=1&…`; names the tool does not read are left out. */
export function toolHref<T extends ToolId>(path: string, tool: T, values: ToolLinkValues<T>): string {
  const query = new URLSearchParams({ v: '1' });
  for (const name of [...toolParams[tool], ...Object.keys(toolChoices[tool])]) {
    const value = values[name as keyof ToolLinkValues<T>];
    if (value !== undefined) query.set(name, String(value));
  }
  return `${path}?${query}`;
}

/** An answer's implied inputs as written in a quiz: a sum of money may give one amount per currency. */
export type AnswerParams = Readonly<Record<string, number | string | Readonly<Record<Currency, number>>>>;

/** The inputs an answer implies in the currency the tool opens in. */
export function paramsIn(params: AnswerParams, currency: Currency): Record<string, number | string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? value[currency] : value]));
}

/** Tool inputs and switches implied by the chosen options, later questions overriding earlier ones. */
export function answerParams<T extends ToolId>(
  tool: T,
  chosen: readonly { params: Readonly<Record<string, number | string>> }[],
): ToolLinkValues<T> {
  const values: ToolLinkValues<T> = {};
  for (const { params } of chosen) {
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'number' ? isToolParam(tool, name) : isToolChoice(tool, name, value)) values[name as keyof ToolLinkValues<T>] = value;
    }
  }
  return values;
}
