/**
 * The size report as a text table: one row per page kind and locale. The total counts
 * inline scripts once, inside the HTML.
 */
import { kb } from './budget-check.ts';
import type { FirstLoad } from './first-load.ts';
import type { PageSample } from './page-kinds.ts';

export interface SizeRow {
  sample: PageSample;
  load?: FirstLoad;
  /** Why the row failed: over budget, or the page is missing. */
  problems: string[];
}

export function sizeTable(rows: SizeRow[]): string {
  const header = ['page kind', 'path', 'HTML', 'CSS', 'JS (with inline)', 'other', 'total', 'requests', 'budget'];
  const lines = rows.map(({ sample, load, problems }) => [
    sample.kind,
    sample.path,
    ...(load
      ? [kb(load.htmlBytes), kb(load.cssBytes), kb(load.jsBytes), kb(load.otherBytes), kb(load.totalBytes), String(load.requests)]
      : ['–', '–', '–', '–', '–', '–']),
    problems.length === 0 ? 'ok' : `FAIL: ${problems.join('; ')}`,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => (line[i] ?? '').length)));
  const format = (line: string[]) => line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ');
  return [format(header), ...lines.map(format)].join('\n');
}
