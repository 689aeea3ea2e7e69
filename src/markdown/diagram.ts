/**
 * Diagrams: `:::diagram{kind=…}` holding a caption paragraph and a list becomes a
 * `<figure>` with an inline SVG drawn at build time (src/lib/diagram/layout.ts) and the
 * caption, followed by the list itself as the text version in a `<details>`. The SVG's
 * text is real `<text>` in the page's language, so it can be selected, translated and
 * zoomed; its colours come from CSS classes (src/styles/prose-blocks.css), so it follows
 * the theme and needs no inline style the CSP would block.
 */
import type { HastNode, MdastNode, MdastVisitorContext } from 'satteri';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import { diagramKinds, layoutDiagram, type DiagramItem, type DiagramKind, type Scene, type Shape } from '../lib/diagram/layout';
import type { ContainerDirective } from './directives';

type Element = Extract<HastNode, { type: 'element' }>;
type ListItemNode = Extract<MdastNode, { type: 'listItem' }>;
type ParagraphNode = Extract<MdastNode, { type: 'paragraph' }>;

const element = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A bold lead, then the text after an optional dash or colon: `**Months 1–3** — Strategy`. */
function readItem(paragraph: ParagraphNode, ctx: MdastVisitorContext): DiagramItem {
  const [first, ...rest] = paragraph.children;
  const hasLabel = first?.type === 'strong';
  const label = hasLabel ? ctx.textContent(first).trim() : '';
  const text = (hasLabel ? rest : paragraph.children)
    .map((child) => ctx.textContent(child))
    .join('')
    .replace(/^[\s—–:：-]+/u, '')
    .trim();
  return { label, text, emphasis: label !== '' && text === '' };
}

function readListItem(item: ListItemNode, ctx: MdastVisitorContext): DiagramItem {
  const [paragraph, nested] = item.children;
  if (paragraph?.type !== 'paragraph') throw new Error('each diagram list item starts with its text');
  const children = nested?.type === 'list' ? nested.children.map((row) => readListItem(row, ctx)) : undefined;
  return { ...readItem(paragraph, ctx), ...(children ? { children } : {}) };
}

const number = (n: number) => String(n);

function shapeElement(shape: Shape, scene: Scene): Element {
  switch (shape.type) {
    case 'rect':
      return element('rect', { className: shape.tone === 'box' ? ['d-box'] : ['d-box', `d-${shape.tone}`], x: number(shape.x), y: number(shape.y), width: number(shape.width), height: number(shape.height), rx: '6' });
    case 'line':
      return element('path', { className: ['d-line'], d: `M${shape.x1} ${shape.y1}H${shape.x2}V${shape.y2}` });
    case 'arrow':
      return element('path', { className: ['d-arrow'], d: `M${shape.x} ${shape.y1}V${shape.y2 - 2}M${shape.x - 5} ${shape.y2 - 8}L${shape.x} ${shape.y2 - 2}L${shape.x + 5} ${shape.y2 - 8}` });
    case 'circle':
      return element('circle', { className: [`d-${shape.tone}`], cx: number(shape.cx), cy: number(shape.cy), r: number(shape.r) });
    case 'text':
      return element(
        'text',
        { className: [`d-${shape.tone}`], ...(shape.anchor === 'middle' ? { textAnchor: 'middle' } : {}) },
        shape.lines.map((line, index) =>
          element(
            'tspan',
            { x: number(shape.x), y: number(shape.y + index * scene.lineHeight), ...(line.bold ? { fontWeight: 'bold' } : {}) },
            [{ type: 'text', value: line.text }],
          ),
        ),
      );
  }
}

export interface DiagramIds {
  caption: string;
  text: string;
}

/** Replaces the directive with the figure: SVG, caption, and the list as the text version. */
export function renderDiagram(node: ContainerDirective, ctx: MdastVisitorContext, locale: Locale, ids: DiagramIds): void {
  const { kind, ...others } = node.attributes ?? {};
  if (!kind || !(diagramKinds as readonly string[]).includes(kind)) {
    throw new Error(`:::diagram needs kind="…", one of: ${diagramKinds.join(', ')}`);
  }
  if (Object.keys(others).length > 0) throw new Error(`:::diagram takes only kind, not ${Object.keys(others).join(', ')}`);
  const children = [...node.children];
  const label = children[0]?.type === 'paragraph' && children[0].data?.directiveLabel ? children.shift() : undefined;
  const [caption, list, ...extra] = children;
  if (caption?.type !== 'paragraph' || list?.type !== 'list' || extra.length > 0) {
    throw new Error(':::diagram holds a caption paragraph followed by one list');
  }
  const scene = layoutDiagram({
    kind: kind as DiagramKind,
    title: label ? ctx.textContent(label).trim() : undefined,
    items: list.children.map((item) => readListItem(item, ctx)),
  });
  // The title a `parallel` diagram draws above its items belongs in the text version too.
  const textIds = label ? `${ids.text}-title ${ids.text}` : ids.text;
  const svgProperties = {
    className: ['diagram-svg'],
    viewBox: `0 0 ${scene.width} ${scene.height}`,
    width: number(scene.width),
    height: number(scene.height),
    fontSize: number(scene.fontSize),
    role: 'img',
    ariaLabelledBy: ids.caption,
    ariaDescribedBy: textIds,
    // The list below carries the same words; index them once.
    dataPagefindIgnore: '',
  };
  // Custom nodes (Sätteri renders any `type` through `data.hName`) keep the caption's and
  // the list's own Markdown: links and emphasis survive. The text version follows the
  // figure rather than sitting inside it, because a <figcaption> must be its first or last child.
  ctx.replaceNode(node, {
    type: 'diagram',
    data: { hName: 'div', hProperties: { className: ['diagram', `diagram-${kind}`] } },
    children: [
      {
        type: 'diagramFigure',
        data: { hName: 'figure' },
        children: [
          { type: 'diagramDrawing', children: [], data: { hName: 'svg', hProperties: svgProperties, hChildren: scene.shapes.map((shape) => shapeElement(shape, scene)) } },
          { type: 'diagramCaption', children: caption.children, data: { hName: 'figcaption', hProperties: { id: ids.caption } } },
        ],
      },
      {
        type: 'diagramText',
        data: { hName: 'details', hProperties: { className: ['diagram-text'] } },
        children: [
          { type: 'diagramTextSummary', children: [{ type: 'text', value: translator(locale)('diagram.textVersion') }], data: { hName: 'summary' } },
          ...(label?.type === 'paragraph' ? [{ type: 'diagramTextTitle', children: label.children, data: { hName: 'p', hProperties: { id: `${ids.text}-title` } } }] : []),
          { ...list, data: { hProperties: { id: ids.text } } },
        ],
      },
    ],
  });
}
