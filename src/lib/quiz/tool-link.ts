/** Links from a quiz result to a cost tool, with the inputs the answers imply. */
import type { ToolId } from '../../data/catalog';
import { toolParams, type ToolParam } from '../../data/tool-params';

export function isToolParam<T extends ToolId>(tool: T, name: string): name is ToolParam<T> {
  return (toolParams[tool] as readonly string[]).includes(name);
}

/** The tool's page with `?v=1&…`; names the tool does not read are left out. */
export function toolHref<T extends ToolId>(
  path: string,
  tool: T,
  values: Partial<Record<ToolParam<T>, string | number>>,
): string {
  const query = new URLSearchParams({ v: '1' });
  for (const name of toolParams[tool]) {
    const value = values[name as ToolParam<T>];
    if (value !== undefined) query.set(name, String(value));
  }
  return `${path}?${query}`;
}

/** Tool inputs implied by the chosen options, later questions overriding earlier ones. */
export function answerParams<T extends ToolId>(
  tool: T,
  chosen: readonly { params: Readonly<Record<string, number>> }[],
): Partial<Record<ToolParam<T>, number>> {
  const values: Partial<Record<ToolParam<T>, number>> = {};
  for (const { params } of chosen) {
    for (const [name, value] of Object.entries(params)) if (isToolParam(tool, name)) values[name] = value;
  }
  return values;
}
