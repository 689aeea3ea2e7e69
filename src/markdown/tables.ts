/**
 * Tables of three or more columns become one card per row on narrow screens (CSS in
 * src/styles/prose-blocks.css), because four squeezed columns leave one or two words a
 * line on a phone. Each cell carries its column's header as `data-label`, which the CSS
 * shows above the value once the header row is hidden. The elements keep their native
 * table roles: stating them again (`role="row"` on a `tr`) is an error to the W3C Nu
 * validator, and Chromium and Firefox keep a table's semantics when CSS changes its
 * `display` (tests/e2e/guide-blocks.test.ts reads Chromium's accessibility tree at 390 px).
 */
import type { HastNode, HastPluginDefinition } from 'satteri';

type Element = Extract<HastNode, { type: 'element' }>;

const isElement = (node: HastNode): node is Element => node.type === 'element';

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as HastNode)).join('') : '';
}

/** A copy of `node` in which each body cell gets its column's header as `label`. */
function labelled(node: Element, headers: string[], label?: string): Element {
  let column = 0;
  const children = node.children.map((child) => {
    if (!isElement(child)) return child;
    const isBodyCell = node.tagName === 'tr' && child.tagName === 'td';
    return labelled(child, headers, isBodyCell ? (headers[column++] ?? '') : undefined);
  });
  return { ...node, properties: { ...node.properties, ...(label !== undefined ? { dataLabel: label } : {}) }, children };
}

export const stackedTables: HastPluginDefinition = {
  name: 'stacked-tables',
  element: {
    filter: ['table'],
    visit(table) {
      const headerRow = table.children.filter(isElement).find((c) => c.tagName === 'thead')?.children.filter(isElement)[0];
      const headers = headerRow?.children.filter(isElement).map((th) => textOf(th).trim()) ?? [];
      if (headers.length < 3) return;
      const stacked = labelled(table, headers);
      return { ...stacked, properties: { ...stacked.properties, className: ['stack'] } };
    },
  },
};
