/** Markdown tables of three or more columns get cell labels and explicit table roles. */
import { parse } from 'node-html-parser';
import { markdownToHtml } from 'satteri';
import { expect, it } from 'vitest';
import { stackedTables } from '../../src/markdown/tables';

const render = async (markdown: string) => parse((await markdownToHtml(markdown, { hastPlugins: [stackedTables] })).html);

const plan = `| Phase | Illustrative **timing** | Who leads |
| --- | --- | --- |
| Prepare | 2–3 months before exit | [Service CTO](/en/glossary/#cto) |
| Shadow | Weeks 1–4 | Service CTO, lead observes |
`;

it('labels each body cell with its column’s header text, markup and all', async () => {
  const table = (await render(plan)).querySelector('table')!;
  expect(table.classList.contains('stack')).toBe(true);
  const rows = table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.getAttribute('data-label')));
  expect(rows).toEqual([
    ['Phase', 'Illustrative timing', 'Who leads'],
    ['Phase', 'Illustrative timing', 'Who leads'],
  ]);
  expect(table.querySelector('td a')?.getAttribute('href')).toBe('/en/glossary/#cto');
});

it('states the table roles, so a table restyled as cards is still a table to a screen reader', async () => {
  const table = (await render(plan)).querySelector('table')!;
  expect(table.getAttribute('role')).toBe('table');
  expect(table.querySelectorAll('thead, tbody').map((g) => g.getAttribute('role'))).toEqual(['rowgroup', 'rowgroup']);
  expect(new Set(table.querySelectorAll('tr').map((tr) => tr.getAttribute('role')))).toEqual(new Set(['row']));
  expect(new Set(table.querySelectorAll('th').map((th) => th.getAttribute('role')))).toEqual(new Set(['columnheader']));
  expect(new Set(table.querySelectorAll('td').map((td) => td.getAttribute('role')))).toEqual(new Set(['cell']));
});

it('leaves a two-column table as it is: it reads on a phone without stacking', async () => {
  const table = (await render('| Term | Meaning |\n| --- | --- |\n| CTO | Chief technology officer |\n')).querySelector('table')!;
  expect(table.classList.contains('stack')).toBe(false);
  expect(table.getAttribute('role')).toBeUndefined();
  expect(table.querySelector('td')?.getAttribute('data-label')).toBeUndefined();
});
