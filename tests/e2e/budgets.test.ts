/**
 * First-load budgets per page kind and locale (tests/quality/budgets.ts), measured as
 * `npm run size` measures them; the report table is printed after the tests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { overBudget } from '../quality/budget-check';
import { budgets } from '../quality/budgets';
import { measureFirstLoad } from '../quality/first-load';
import { assertBuilt, pageSamples } from '../quality/page-kinds';
import { sizeTable, type SizeRow } from '../quality/size-table';
import { baseURL, useBrowser } from './harness';

const browser = useBrowser();
const rows: SizeRow[] = [];

afterAll(() => {
  console.log(sizeTable(rows));
});

describe('first-load budgets', () => {
  it.each(pageSamples())('$kind $path stays within its budget', async (sample) => {
    const row: SizeRow = { sample, problems: [] };
    rows.push(row);
    try {
      assertBuilt(sample);
      row.load = await measureFirstLoad(browser(), baseURL, sample.path);
      row.problems = overBudget(row.load, budgets[sample.kind]);
    } catch (error) {
      row.problems = [error instanceof Error ? error.message : String(error)];
      throw error;
    }
    expect(row.problems).toEqual([]);
  });
});
