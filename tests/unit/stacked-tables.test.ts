/** Markdown tables of three or more columns get cell labels, and no restated table roles. */
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

it('restates no table role: a role on a tr, th or td of a table is an error to the W3C Nu validator', async () => {
  const table = (await render(plan)).querySelector('table')!;
  expect(table.querySelectorAll('[role]').length + (table.hasAttribute('role') ? 1 : 0)).toBe(0);
});

it('leaves a two-column table as it is: it reads on a phone without stacking', async () => {
  const table = (await render('| Term | Meaning |\n| --- | --- |\n| CTO | Chief technology officer |\n')).querySelector('table')!;
  expect(table.classList.contains('stack')).toBe(false);
  expect(table.querySelector('td')?.getAttribute('data-label')).toBeUndefined();
});
