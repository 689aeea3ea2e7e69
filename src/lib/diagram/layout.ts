/**
 * Geometry of the guides' diagrams, computed at build time from their text: boxes,
 * connectors and wrapped lines in SVG user units. Every kind is laid out vertically
 * at one phone-sized width, so the same drawing reads on a 390 px screen (where it is
 * shown at about its own size) and on a desktop (where CSS caps its width).
 */
import { textWidth, wrapText } from './text';

export const diagramKinds = ['timeline', 'steps', 'parallel', 'compare'] as const;
export type DiagramKind = (typeof diagramKinds)[number];

export interface DiagramItem {
  /** The item's lead, bold in the source (a period, a phase, a side's name); may be empty. */
  label: string;
  /** The rest of the item's text; may be empty. */
  text: string;
  /** The item is wholly bold in the source (a label and no text): a highlighted box in compare rows. */
  emphasis?: boolean;
  /** A compare side's rows. */
  children?: DiagramItem[];
}

export interface DiagramSpec {
  kind: DiagramKind;
  /** What the parallel items hold up together (drawn as a band above them). */
  title?: string | undefined;
  items: DiagramItem[];
}

export interface Box {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  tone: 'box' | 'accent' | 'warning';
}

/** A vertical arrow pointing down, its head ending at `y2`. */
export interface Arrow {
  type: 'arrow';
  x: number;
  y1: number;
  y2: number;
}

export interface Connector {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Dot {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  tone: 'dot' | 'badge';
}

export interface TextLine {
  text: string;
  bold: boolean;
}

export interface TextBlock {
  type: 'text';
  /** Start (or centre, for `anchor: 'middle'`) of every line. */
  x: number;
  /** Baseline of the first line; the others follow at the scene's line height. */
  y: number;
  anchor: 'start' | 'middle';
  tone: 'text' | 'on-badge';
  lines: TextLine[];
  /** The area the lines take, by the width estimate: what must fit inside the text's box. */
  bounds: { x: number; y: number; width: number; height: number };
}

export type Shape = Box | Arrow | Connector | Dot | TextBlock;

export interface Scene {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** In paint order: later shapes are drawn over earlier ones. */
  shapes: Shape[];
}

export const sceneWidth = 320;
export const fontSize = 15;
const lineHeight = 21;
const pad = 10;
const gap = 12;
const arrowGap = 22;
/** From the top of a line box to its baseline. */
const baselineOffset = Math.round(lineHeight / 2 + fontSize * 0.35);

const round = (n: number) => Math.round(n * 10) / 10;

/** Lines for a bold label followed by regular text, each wrapped to `width`. */
function wrapItem(item: DiagramItem, width: number): TextLine[] {
  return [
    ...wrapText(item.label, width, fontSize, true).map((text) => ({ text, bold: true })),
    ...wrapText(item.text, width, fontSize).map((text) => ({ text, bold: false })),
  ];
}

function textBlock(lines: TextLine[], x: number, top: number, anchor: TextBlock['anchor'] = 'start'): TextBlock {
  const used = Math.max(0, ...lines.map((l) => textWidth(l.text, fontSize, l.bold)));
  return {
    type: 'text',
    x: round(x),
    y: round(top + baselineOffset),
    anchor,
    tone: 'text',
    lines,
    bounds: {
      x: round(anchor === 'middle' ? x - used / 2 : x),
      y: round(top),
      width: round(used),
      height: lines.length * lineHeight,
    },
  };
}

const boxHeight = (lineCount: number) => pad * 2 + lineCount * lineHeight;
const rect = (x: number, y: number, width: number, height: number, tone: Box['tone'] = 'box'): Box => ({
  type: 'rect',
  x: round(x),
  y: round(y),
  width: round(width),
  height: round(height),
  tone,
});

/** Cards on a vertical time axis, each joined to its dot. */
function timeline(items: DiagramItem[]): Scene['shapes'] {
  const axisX = 11;
  const cardX = 30;
  const cardWidth = sceneWidth - cardX - 1;
  const cards: Shape[] = [];
  const dots: Shape[] = [];
  let y = 1;
  for (const item of items) {
    const lines = wrapItem(item, cardWidth - 2 * pad);
    const height = boxHeight(lines.length);
    const cy = y + pad + lineHeight / 2;
    cards.push(rect(cardX, y, cardWidth, height), textBlock(lines, cardX + pad, y + pad));
    dots.push({ type: 'line', x1: axisX, y1: cy, x2: cardX, y2: cy }, { type: 'circle', cx: axisX, cy, r: 6, tone: 'dot' });
    y += height + gap;
  }
  const firstDot = 1 + pad + lineHeight / 2;
  return [{ type: 'arrow', x: axisX, y1: firstDot, y2: y - gap }, ...dots, ...cards];
}

/** Numbered boxes joined by arrows. */
function steps(items: DiagramItem[]): Scene['shapes'] {
  const badgeR = 12;
  const badgeX = pad + badgeR + 1;
  const textX = badgeX + badgeR + pad;
  const shapes: Shape[] = [];
  let y = 1;
  items.forEach((item, index) => {
    const lines = wrapItem(item, sceneWidth - textX - pad - 1);
    // The badge sits level with the first line, so the box is at least one line tall: the
    // badge is then as far from the box's bottom as from its top.
    const cy = y + pad + lineHeight / 2;
    const height = boxHeight(Math.max(1, lines.length));
    const number = textBlock([{ text: String(index + 1), bold: true }], badgeX, cy - lineHeight / 2, 'middle');
    shapes.push(
      rect(1, y, sceneWidth - 2, height),
      { type: 'circle', cx: badgeX, cy, r: badgeR, tone: 'badge' },
      { ...number, tone: 'on-badge' },
      textBlock(lines, textX, y + pad),
    );
    if (index < items.length - 1) shapes.push({ type: 'arrow', x: badgeX, y1: y + height, y2: y + height + arrowGap });
    y += height + arrowGap;
  });
  return shapes;
}

/** Items that stand side by side in meaning, hanging from one spine under an optional title band. */
function parallel(items: DiagramItem[], title: string | undefined): Scene['shapes'] {
  const spineX = 14;
  const cardX = 32;
  const cardWidth = sceneWidth - cardX - 1;
  const shapes: Shape[] = [];
  const stubs: Shape[] = [];
  let y = 1;
  let spineTop: number | undefined;
  if (title) {
    const lines = wrapText(title, sceneWidth - 2 - 2 * pad, fontSize, true).map((text) => ({ text, bold: true }));
    const height = boxHeight(lines.length);
    shapes.push(rect(1, y, sceneWidth - 2, height, 'accent'), textBlock(lines, sceneWidth / 2, y + pad, 'middle'));
    spineTop = y + height;
    y += height + gap + 4;
  }
  let stubY = 0;
  for (const item of items) {
    const lines = wrapItem(item, cardWidth - 2 * pad);
    const height = boxHeight(lines.length);
    stubY = y + pad + lineHeight / 2;
    spineTop ??= stubY;
    stubs.push({ type: 'line', x1: spineX, y1: stubY, x2: cardX, y2: stubY });
    shapes.push(rect(cardX, y, cardWidth, height), textBlock(lines, cardX + pad, y + pad));
    y += height + gap;
  }
  return [{ type: 'line', x1: spineX, y1: spineTop ?? stubY, x2: spineX, y2: stubY }, ...stubs, ...shapes];
}

/** Two sides in columns, rows aligned so that the same step can be compared across. */
function compare(items: DiagramItem[]): Scene['shapes'] {
  const columnGap = 12;
  const columnWidth = (sceneWidth - 2 - columnGap) / 2;
  const columnX = [1, 1 + columnWidth + columnGap];
  const inner = columnWidth - 2 * pad;
  const shapes: Shape[] = [];
  const headers = items.map((side) => wrapText(side.label, inner, fontSize, true).map((text) => ({ text, bold: true })));
  const headerHeight = boxHeight(Math.max(...headers.map((h) => h.length)));
  headers.forEach((lines, side) => {
    const x = columnX[side]!;
    const top = 1 + (headerHeight - boxHeight(lines.length)) / 2 + pad;
    shapes.push(rect(x, 1, columnWidth, headerHeight, 'accent'), textBlock(lines, x + columnWidth / 2, top, 'middle'));
  });
  let y = 1 + headerHeight;
  // validate() gives each side its rows; row by row, each side's cell (none past a shorter side's last).
  const sides = items.map((side) => side.children!);
  const rows = Array.from({ length: Math.max(...sides.map((cells) => cells.length)) }, (_, row) => sides.map((cells) => cells[row]));
  for (const cells of rows) {
    const wrapped = cells.map((cell) => cell && wrapItem(cell, inner));
    const height = boxHeight(Math.max(...wrapped.map((w) => w?.length ?? 0)));
    y += arrowGap;
    cells.forEach((cell, side) => {
      if (!cell) return;
      const x = columnX[side]!;
      shapes.push(
        { type: 'arrow', x: round(x + columnWidth / 2), y1: y - arrowGap, y2: y },
        rect(x, y, columnWidth, height, cell.emphasis ? 'warning' : 'box'),
        textBlock(wrapped[side]!, x + pad, y + pad),
      );
    });
    y += height;
  }
  return shapes;
}

/** How many items each kind takes: enough to be a diagram, few enough to read on a phone. */
const itemCounts: Record<DiagramKind, { min: number; max: number }> = {
  timeline: { min: 2, max: 8 },
  steps: { min: 2, max: 8 },
  parallel: { min: 2, max: 4 },
  compare: { min: 2, max: 2 },
};

/** Thrown for a diagram whose content does not fit its kind; the message says what is expected. */
export class DiagramError extends Error {}

function validate({ kind, items }: DiagramSpec): void {
  if (!diagramKinds.includes(kind)) throw new DiagramError(`unknown diagram kind "${kind}" (expected one of: ${diagramKinds.join(', ')})`);
  if (items.some((item) => !item.label && !item.text)) throw new DiagramError('a diagram item is empty');
  const { min, max } = itemCounts[kind];
  if (items.length < min || items.length > max) throw new DiagramError(`a ${kind} diagram takes ${min}–${max} items, not ${items.length}`);
  if (kind === 'compare' && items.some((side) => !side.label || !side.children?.length)) {
    throw new DiagramError('each side of a compare diagram is a bold name followed by a nested list of rows');
  }
}

/** The scene for a diagram: every shape with its position, and the text wrapped to fit. */
export function layoutDiagram(spec: DiagramSpec): Scene {
  validate(spec);
  const shapes = {
    timeline: () => timeline(spec.items),
    steps: () => steps(spec.items),
    parallel: () => parallel(spec.items, spec.title),
    compare: () => compare(spec.items),
  }[spec.kind]();
  // Every text lies inside a box and every arrow ends at one, so the lowest box is the drawing's bottom.
  const bottom = Math.max(...shapes.filter((s): s is Box => s.type === 'rect').map((s) => s.y + s.height));
  return { width: sceneWidth, height: Math.ceil(bottom + 1), fontSize, lineHeight, shapes };
}
