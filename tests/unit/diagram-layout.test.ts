/** Line wrapping by estimated width and the geometry of every diagram kind. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagramError, diagramKinds, fontSize, layoutDiagram, type Box, type DiagramSpec, type Scene, type TextBlock } from '../../src/lib/diagram/layout';
import { breakUnits, charWidth, textWidth, wrapText } from '../../src/lib/diagram/text';

describe('text width estimate', () => {
  it('counts a Han character and full-width punctuation as one em', () => {
    expect(textWidth('首席技术官', 15)).toBe(75);
    expect(textWidth('，。：', 10)).toBe(30);
  });

  it('measures a Vietnamese letter like its base letter, however it is encoded', () => {
    expect(charWidth('ệ')).toBe(charWidth('e'));
    expect(textWidth('Điểm chính'.normalize('NFD'), 15)).toBe(textWidth('Điểm chính', 15));
  });

  it('makes bold text wider and narrow letters narrower than wide ones', () => {
    expect(textWidth('Handover', 15, true)).toBeGreaterThan(textWidth('Handover', 15));
    expect(charWidth('i')).toBeLessThan(charWidth('n'));
    expect(charWidth('n')).toBeLessThan(charWidth('M'));
  });
});

describe('text width estimate, class by class', () => {
  it.each([
    // One em: wide Latin capitals and marks, CJK characters and full-width punctuation.
    ['W', 1], ['%', 1], ['—', 1], ['…', 1], ['“', 1], ['’', 1], ['中', 1], ['，', 1], ['あ', 1], ['カ', 1], ['한', 1],
    ['\u3000', 1], ['！', 1],
    // Narrow: spaces, stops and thin letters.
    [' ', 0.3], ['.', 0.3], [',', 0.3], [':', 0.3], [';', 0.3], ["'", 0.3], ['!', 0.3], ['|', 0.3], ['i', 0.3], ['I', 0.3], ['j', 0.3], ['l', 0.3],
    // Slim: f, r, t, brackets, hyphen and slash.
    ['f', 0.42], ['r', 0.42], ['t', 0.42], ['(', 0.42], [')', 0.42], ['[', 0.42], [']', 0.42], ['-', 0.42], ['/', 0.42],
    // Small: c, s, z and the question mark.
    ['c', 0.56], ['s', 0.56], ['z', 0.56], ['?', 0.56],
    // Wide: m, w, M.
    ['m', 0.9], ['w', 0.9], ['M', 0.9],
    // Other capitals and the ampersand, then everything else.
    ['A', 0.76], ['Đ', 0.76], ['&', 0.76], ['a', 0.64], ['0', 0.64], ['đ', 0.64],
    // A letter with diacritics measures as its base letter; a lone combining mark takes no room.
    ['ệ', 0.64], ['Ệ', 0.76], ['\u0301', 0],
  ] as const)('gives %s %d em', (char, ems) => {
    expect(charWidth(char)).toBe(ems);
  });

  it('adds the characters up at the font size, a tenth wider in bold', () => {
    expect(textWidth('Wi', 10)).toBe(13);
    expect(textWidth('Wi', 10, true)).toBeCloseTo(14.3, 10);
    expect(textWidth('', 15)).toBe(0);
  });
});

describe('line breaking, unit by unit', () => {
  it('keeps closing punctuation with the character before it and opening punctuation with the one after', () => {
    expect(breakUnits('中文，好')).toEqual(['中', '文，', '好']);
    expect(breakUnits('（好）')).toEqual(['（好）']);
    expect(breakUnits('a b  c')).toEqual(['a ', 'b  ', 'c']);
    expect(breakUnits('见 CTO')).toEqual(['见 ', 'CTO']);
    expect(breakUnits('')).toEqual([]);
  });
});

describe('line breaking', () => {
  it('breaks Latin text only after spaces', () => {
    expect(breakUnits('Hand over decisions')).toEqual(['Hand ', 'over ', 'decisions']);
  });

  it('breaks Chinese between characters but never before closing or after opening punctuation', () => {
    const units = breakUnits('服务型（CTO）离开，团队接手。');
    expect(units).toContain('（CTO）');
    expect(units.some((u) => /^[，。）]/.test(u))).toBe(false);
    expect(units.some((u) => /（$/.test(u))).toBe(false);
  });

  it('wraps Latin text into lines that fit, keeping every word whole', () => {
    const text = 'The lead runs planning, on-call escalation and hiring; the CTO comments only afterwards.';
    const lines = wrapText(text, 150, fontSize);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('wraps Chinese text without spaces and keeps punctuation off the start of a line', () => {
    const text = '服务型 CTO 在服务期内制定技术战略、设计架构、组建团队，然后把技术工作交给留下来的人。';
    const lines = wrapText(text, 120, fontSize);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(textWidth(line, fontSize)).toBeLessThanOrEqual(120);
      expect(line).not.toMatch(/^[，。、]/);
    }
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('splits a word longer than the line rather than letting it overflow', () => {
    const lines = wrapText('Überdimensionierungsbedenken', 80, fontSize);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(80);
  });

  it('never loses a character and never overflows, for any text', () => {
    const alphabet = fc.constantFrom(...'abc XYZ il mw 中文，。（） ệđ—–'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')), fc.integer({ min: 40, max: 300 }), (text, width) => {
        const lines = wrapText(text, width, fontSize);
        for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('text measurement and wrapping, worked by hand', () => {
  // Widths in ems (charWidth's table), times the font size, times 1.1 in bold.
  it('measures Latin, Vietnamese with its diacritics, and Chinese', () => {
    // D .76 r .42 a .64 f .42 t .42 · .3 t .42 h .64 e .64 · .3 p .64 l .3 a .64 n .64 = 7.18 em = 107.7 px at 15.
    expect(textWidth('Draft the plan', 15)).toBeCloseTo(107.7, 9);
    expect(textWidth('Draft the plan', 15, true)).toBeCloseTo(118.47, 9);
    // Đ .76 ổ (as o) .64 i .3 · .3 v .64 a .64 i .3 = 3.58 em = 53.7 px.
    expect(textWidth('Đổi vai', 15)).toBeCloseTo(53.7, 9);
    // Two Han characters, one em each: 30 px, 33 px in bold.
    expect(textWidth('交接', 15)).toBe(30);
    expect(textWidth('交接', 15, true)).toBeCloseTo(33, 9);
  });

  it('wraps at spaces, regular text by default and bold text narrower', () => {
    // Regular, 107.7 px fits in 110; bold, 118.47 does not, and "Draft the" (4.66 em × 16.5 = 76.89) does.
    expect(wrapText('Draft the plan', 110, 15)).toEqual(['Draft the plan']);
    expect(wrapText('Draft the plan', 110, 15, true)).toEqual(['Draft the', 'plan']);
    // A line exactly as wide as the limit fits: "WW" is 2 em = 30 px.
    expect(wrapText('WW WW', 30, 15)).toEqual(['WW', 'WW']);
    // The space after a word does not count: "WW WW " is 69 px with it, 64.5 without.
    expect(wrapText('WW WW x', 66, 15)).toEqual(['WW WW', 'x']);
    // Runs of spaces and line breaks in the source are one space.
    expect(wrapText('Hand \n  over', 300, 15)).toEqual(['Hand over']);
  });

  it('wraps Chinese between characters, keeping a closing mark with the character before it', () => {
    // 3 em = 45 px a line.
    expect(wrapText('交接重叠期', 45, 15)).toEqual(['交接重', '叠期']);
    expect(wrapText('交接，重叠', 45, 15)).toEqual(['交接，', '重叠']);
    // After a Chinese character and its closing mark, a Latin word may start the next line.
    expect(breakUnits('离开后，CTO 休息')).toEqual(['离', '开', '后，', 'CTO ', '休', '息']);
    // A Latin word after a mark typed with a space before it is still one word: no break without a space.
    expect(breakUnits('one ,two')).toEqual(['one ,two']);
  });

  it('splits a word longer than the line where it fills the line, and keeps the space after it', () => {
    // r 6.3 e 9.6 s 8.4 p 9.6 o 9.6 n 9.6 = 53.1 px; with the next s, 61.5 > 60.
    // s 8.4 i 4.5 b 9.6 i 4.5 l 4.5 i 4.5 t 6.3 i 4.5 e 9.6 = 56.4 px; with the last s, 64.8 > 60.
    expect(wrapText('responsibilities', 60, 15)).toEqual(['respon', 'sibilitie', 's']);
    // Two W (30 px) a line; the last piece starts a line that the next word may join, after the space.
    expect(wrapText('WWWWW a', 30, 15)).toEqual(['WW', 'WW', 'W a']);
    expect(wrapText('WWWW a', 30, 15)).toEqual(['WW', 'WW', 'a']);
    // A character wider than the line still gets a line of its own, and no line is empty.
    expect(wrapText('WW', 10, 15)).toEqual(['W', 'W']);
  });

  it('has no lines for an empty or blank text', () => {
    expect(wrapText('', 100, 15)).toEqual([]);
    expect(wrapText(' \n ', 100, 15)).toEqual([]);
    expect(textWidth('', 15, true)).toBe(0);
  });
});

const samples: Record<string, DiagramSpec['items']> = {
  en: [
    { label: 'Prepare', text: '2–3 months before exit. The service CTO leads; the lead is chosen and the documents are drafted.' },
    { label: 'Shadow', text: 'Weeks 1–4 of the overlap. The lead joins every technical decision, incident and vendor call.' },
    { label: 'Reverse shadow', text: 'The lead runs planning, escalation and hiring.' },
  ],
  zh: [
    { label: '准备', text: '离任前 2–3 个月。由服务型 CTO 主导：选定接任负责人，起草文档。' },
    { label: '跟随', text: '交接重叠期第 1–4 周。接任负责人参与每一项技术决策、事故处理和供应商沟通。' },
    { label: '反向跟随', text: '接任负责人主持计划、升级处理和招聘。' },
  ],
  vi: [
    { label: 'Chuẩn bị', text: '2–3 tháng trước khi rời đi. CTO dịch vụ dẫn dắt; người kế nhiệm được chọn, tài liệu được soạn.' },
    { label: 'Đi kèm', text: 'Tuần 1–4 của giai đoạn chồng lấn. Người kế nhiệm tham gia mọi quyết định kỹ thuật.' },
    { label: 'Đổi vai', text: 'Người kế nhiệm điều hành kế hoạch, xử lý sự cố và tuyển dụng.' },
  ],
};

const rects = (scene: Scene) => scene.shapes.filter((s): s is Box => s.type === 'rect');
const texts = (scene: Scene) => scene.shapes.filter((s): s is TextBlock => s.type === 'text');
const inside = (inner: TextBlock['bounds'], outer: TextBlock['bounds']) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: TextBlock['bounds'], b: TextBlock['bounds']) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function specFor(kind: DiagramSpec['kind'], items: DiagramSpec['items']): DiagramSpec {
  if (kind !== 'compare') return { kind, title: items[0]!.label, items };
  return { kind, items: [{ label: items[0]!.label, text: '', children: items }, { label: items[1]!.label, text: '', children: items.slice(0, 2) }] };
}

describe.each(diagramKinds)('%s layout', (kind) => {
  describe.each(Object.keys(samples))('with %s text', (locale) => {
    // Laid out inside each test, not while the tests are collected, so that each test runs the layout.
    const layout = () => layoutDiagram(specFor(kind, samples[locale]!));

    it('puts every line of text inside a box, within the box padding', () => {
      const scene = layout();
      const boxes = rects(scene);
      for (const block of texts(scene).filter((t) => t.tone === 'text')) {
        expect(boxes.some((box) => inside(block.bounds, box)), block.lines.map((l) => l.text).join(' / ')).toBe(true);
      }
    });

    it('draws no two boxes and no two text blocks over each other', () => {
      const scene = layout();
      const boxes = rects(scene);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      const blocks = texts(scene);
      blocks.forEach((a, i) => blocks.slice(i + 1).forEach((b) => expect(overlap(a.bounds, b.bounds)).toBe(false)));
    });

    it('makes each box tall enough for its lines and keeps everything inside the drawing', () => {
      const scene = layout();
      for (const block of texts(scene).filter((t) => t.tone === 'text')) {
        const box = rects(scene).find((b) => inside(block.bounds, b))!;
        expect(box.height).toBeGreaterThanOrEqual(block.lines.length * scene.lineHeight);
      }
      for (const box of rects(scene)) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(scene.width);
        expect(box.y + box.height).toBeLessThanOrEqual(scene.height);
      }
    });

    it('keeps every word of the source text', () => {
      const scene = layout();
      const drawn = texts(scene).flatMap((t) => t.lines.map((l) => l.text)).join(' ');
      for (const item of samples[locale]!) {
        for (const word of `${item.label} ${item.text}`.split(/\s+/).filter((w) => /^[\p{L}]+$/u.test(w))) {
          expect(drawn.replace(/\s/g, '')).toContain(word);
        }
      }
    });
  });
});

describe('layout details', () => {
  it('numbers steps and joins them with one arrow fewer than steps', () => {
    const scene = layoutDiagram({ kind: 'steps', items: samples['en']! });
    expect(texts(scene).filter((t) => t.tone === 'on-badge').map((t) => t.lines[0]!.text)).toEqual(['1', '2', '3']);
    expect(scene.shapes.filter((s) => s.type === 'arrow')).toHaveLength(2);
  });

  it('aligns compare rows across the two sides and highlights a wholly bold row', () => {
    const scene = layoutDiagram({
      kind: 'compare',
      items: [
        { label: 'Weak CEO', text: '', children: [{ label: '', text: 'Replace the person' }, { label: '', text: 'The plan survives' }] },
        { label: 'Weak CTO', text: '', children: [{ label: '', text: 'Replace the person and the platform, at a cost many times higher' }, { label: 'The whole project', text: '', emphasis: true }] },
      ],
    });
    const rows = rects(scene).filter((r) => r.tone !== 'accent');
    expect(rows).toHaveLength(4);
    expect(rows[0]!.y).toBe(rows[1]!.y);
    expect(rows[0]!.height).toBe(rows[1]!.height);
    expect(rows[3]!.tone).toBe('warning');
  });

  it('gets taller, not wider, as the text grows', () => {
    const short = layoutDiagram({ kind: 'timeline', items: [{ label: 'A', text: 'x' }, { label: 'B', text: 'y' }] });
    const long = layoutDiagram({ kind: 'timeline', items: [{ label: 'A', text: 'word '.repeat(60) }, { label: 'B', text: 'y' }] });
    expect(long.width).toBe(short.width);
    expect(long.height).toBeGreaterThan(short.height + 100);
  });

  it('rejects content that does not fit the kind, saying what it expects', () => {
    expect(() => layoutDiagram({ kind: 'steps', items: [{ label: 'Only', text: 'one' }] })).toThrow(DiagramError);
    expect(() => layoutDiagram({ kind: 'compare', items: samples['en']!.slice(0, 2) })).toThrow(/nested list/);
    expect(() => layoutDiagram({ kind: 'pie' as never, items: samples['en']! })).toThrow(/timeline, steps, parallel, compare/);
    expect(() => layoutDiagram({ kind: 'timeline', items: [{ label: '', text: '' }, { label: 'B', text: '' }] })).toThrow(/empty/);
  });
});

/*
 * The layout's documented constants, as the drawings use them: a 320-wide scene, text at 15 px
 * on 21 px lines, boxes padded by 10 on every side, 12 between cards, 22-long arrows, a margin of
 * 1 round the drawing. A line's baseline sits 16 below the top of its line box (half the line,
 * 10.5, plus 0.35 of the font size, 5.25, rounded). Bold text is 1.1 times as wide: 16.5 px an em.
 */
const pad = 10;
const lineHeight = 21;

describe('hand-worked scenes', () => {
  it('lays out two steps: numbered badges level with the first line, joined by an arrow', () => {
    // Badge: radius 12, centre 1 + pad + 12 = 23 from the left; text from 23 + 12 + pad = 45,
    // wrapped to 320 − 45 − pad − 1 = 264. Step 1 has two lines: box height 2·10 + 2·21 = 62,
    // badge centre 1 + 10 + 10.5 = 21.5, baselines 1 + 10 + 16 = 27. The arrow runs 63 → 85;
    // step 2 (one line, 41 high) starts at 85, its badge at 85 + 20.5 = 105.5, baseline 111.
    // The number "1" is 0.64 em bold = 10.56 px, centred on 23: from 17.72.
    // Widths: "Draft the plan" 107.7 (wider than bold "Plan", 38.61); "Hire" 2.12 em = 31.8.
    const scene = layoutDiagram({ kind: 'steps', items: [{ label: 'Plan', text: 'Draft the plan' }, { label: '', text: 'Hire' }] });
    expect(scene).toEqual({
      width: 320,
      // The lowest box ends at 85 + 41 = 126; plus the margin, 127.
      height: 127,
      fontSize: 15,
      lineHeight: 21,
      shapes: [
        { type: 'rect', x: 1, y: 1, width: 318, height: 62, tone: 'box' },
        { type: 'circle', cx: 23, cy: 21.5, r: 12, tone: 'badge' },
        { type: 'text', x: 23, y: 27, anchor: 'middle', tone: 'on-badge', lines: [{ text: '1', bold: true }], bounds: { x: 17.7, y: 11, width: 10.6, height: 21 } },
        {
          type: 'text',
          x: 45,
          y: 27,
          anchor: 'start',
          tone: 'text',
          lines: [
            { text: 'Plan', bold: true },
            { text: 'Draft the plan', bold: false },
          ],
          bounds: { x: 45, y: 11, width: 107.7, height: 42 },
        },
        { type: 'arrow', x: 23, y1: 63, y2: 85 },
        { type: 'rect', x: 1, y: 85, width: 318, height: 41, tone: 'box' },
        { type: 'circle', cx: 23, cy: 105.5, r: 12, tone: 'badge' },
        { type: 'text', x: 23, y: 111, anchor: 'middle', tone: 'on-badge', lines: [{ text: '2', bold: true }], bounds: { x: 17.7, y: 95, width: 10.6, height: 21 } },
        { type: 'text', x: 45, y: 111, anchor: 'start', tone: 'text', lines: [{ text: 'Hire', bold: false }], bounds: { x: 45, y: 95, width: 31.8, height: 21 } },
      ],
    });
  });

  it('lays out a two-card timeline: dots on an axis, each joined to its card level with its first line', () => {
    // Axis at x = 11, cards from 30 to 319 (289 wide), text from 30 + pad = 40. Card 1 (two lines,
    // 62 high) at y = 1: dot at 1 + 10 + 10.5 = 21.5, baseline 27. Card 2 at 1 + 62 + 12 = 75
    // (one line, 41 high): dot at 95.5, baseline 101. The axis runs from the first dot to the
    // last card's bottom, 116. "Q1" and "Q2" are 1.4 em bold = 23.1 px, "Hire" 31.8.
    const scene = layoutDiagram({ kind: 'timeline', items: [{ label: 'Q1', text: 'Hire' }, { label: 'Q2', text: '', emphasis: true }] });
    expect(scene).toEqual({
      width: 320,
      height: 117,
      fontSize: 15,
      lineHeight: 21,
      shapes: [
        { type: 'arrow', x: 11, y1: 21.5, y2: 116 },
        { type: 'line', x1: 11, y1: 21.5, x2: 30, y2: 21.5 },
        { type: 'circle', cx: 11, cy: 21.5, r: 6, tone: 'dot' },
        { type: 'line', x1: 11, y1: 95.5, x2: 30, y2: 95.5 },
        { type: 'circle', cx: 11, cy: 95.5, r: 6, tone: 'dot' },
        { type: 'rect', x: 30, y: 1, width: 289, height: 62, tone: 'box' },
        {
          type: 'text',
          x: 40,
          y: 27,
          anchor: 'start',
          tone: 'text',
          lines: [
            { text: 'Q1', bold: true },
            { text: 'Hire', bold: false },
          ],
          bounds: { x: 40, y: 11, width: 31.8, height: 42 },
        },
        { type: 'rect', x: 30, y: 75, width: 289, height: 41, tone: 'box' },
        { type: 'text', x: 40, y: 101, anchor: 'start', tone: 'text', lines: [{ text: 'Q2', bold: true }], bounds: { x: 40, y: 85, width: 23.1, height: 21 } },
      ],
    });
  });

  it('lays out a parallel diagram: a title band, then cards hanging from a spine that starts under it', () => {
    // Title band 1 → 42 across the scene (318 wide), its line centred on 160: "Growth" is 3.78 em
    // bold = 62.37 px, from 160 − 31.185 = 128.8. Cards start 12 + 4 below the band, at 58, from
    // x = 32 (287 wide), text from 42. Card 1 at 58 (stub at 58 + 20.5 = 78.5, baseline 84),
    // card 2 at 58 + 41 + 12 = 111 (stub 131.5, baseline 137). "Sell" is 2 em bold = 33 px,
    // "Product" 4.08 em = 61.2.
    const scene = layoutDiagram({ kind: 'parallel', title: 'Growth', items: [{ label: 'Sell', text: '', emphasis: true }, { label: '', text: 'Product' }] });
    expect(scene).toEqual({
      width: 320,
      height: 153,
      fontSize: 15,
      lineHeight: 21,
      shapes: [
        { type: 'line', x1: 14, y1: 42, x2: 14, y2: 131.5 },
        { type: 'line', x1: 14, y1: 78.5, x2: 32, y2: 78.5 },
        { type: 'line', x1: 14, y1: 131.5, x2: 32, y2: 131.5 },
        { type: 'rect', x: 1, y: 1, width: 318, height: 41, tone: 'accent' },
        { type: 'text', x: 160, y: 27, anchor: 'middle', tone: 'text', lines: [{ text: 'Growth', bold: true }], bounds: { x: 128.8, y: 11, width: 62.4, height: 21 } },
        { type: 'rect', x: 32, y: 58, width: 287, height: 41, tone: 'box' },
        { type: 'text', x: 42, y: 84, anchor: 'start', tone: 'text', lines: [{ text: 'Sell', bold: true }], bounds: { x: 42, y: 68, width: 33, height: 21 } },
        { type: 'rect', x: 32, y: 111, width: 287, height: 41, tone: 'box' },
        { type: 'text', x: 42, y: 137, anchor: 'start', tone: 'text', lines: [{ text: 'Product', bold: false }], bounds: { x: 42, y: 121, width: 61.2, height: 21 } },
      ],
    });
  });

  it('wraps a long title to the band’s width inside its padding, 320 − 2 − 2·10 = 298', () => {
    // In bold, "A healthy partnership rests on four" is 18.14 em × 16.5 = 299.31 px: over 298, so
    // the first line ends at "on" (15.72 em = 259.38 px, centred on 160: from 30.31).
    const scene = layoutDiagram({ kind: 'parallel', title: 'A healthy partnership rests on four things', items: [{ label: 'Sell', text: '' }, { label: 'Build', text: '' }] });
    expect(scene.shapes.slice(3, 5)).toEqual([
      { type: 'rect', x: 1, y: 1, width: 318, height: 62, tone: 'accent' },
      {
        type: 'text',
        x: 160,
        y: 27,
        anchor: 'middle',
        tone: 'text',
        lines: [
          { text: 'A healthy partnership rests on', bold: true },
          { text: 'four things', bold: true },
        ],
        bounds: { x: 30.3, y: 11, width: 259.4, height: 42 },
      },
    ]);
  });

  it('starts the spine of a parallel diagram without a title at its first card', () => {
    const scene = layoutDiagram({ kind: 'parallel', title: undefined, items: [{ label: 'Sell', text: '' }, { label: '', text: 'Product' }] });
    // Cards at 1 and 1 + 41 + 12 = 54; stubs at 21.5 and 74.5; the lowest card ends at 95.
    expect(scene.shapes.slice(0, 3)).toEqual([
      { type: 'line', x1: 14, y1: 21.5, x2: 14, y2: 74.5 },
      { type: 'line', x1: 14, y1: 21.5, x2: 32, y2: 21.5 },
      { type: 'line', x1: 14, y1: 74.5, x2: 32, y2: 74.5 },
    ]);
    expect(scene.shapes.filter((s) => s.type === 'rect')).toHaveLength(2);
    expect(scene.height).toBe(96);
  });

  it('lays out a comparison: headers centred in their band, rows aligned across, a bold row highlighted', () => {
    // Columns (320 − 2 − 12) / 2 = 153 wide at x = 1 and 1 + 153 + 12 = 166, text wrapped to
    // 153 − 2·10 = 133. "Weak technical" is 7.92 em bold = 130.68 px and fits; with " lead"
    // (10.44 em = 172.26) it does not, so the right header has two lines and the band is
    // 62 high. "CEO" (2.28 em bold = 37.62) is centred in it: its line box starts at
    // 1 + (62 − 41) / 2 + 10 = 21.5, baseline 37.5, from 77.5 − 18.81 = 58.7 across.
    // Row 1 starts 22 below the band, at 85: "Rebuild the platform" (10.6 em = 159) wraps after
    // "the" (5.92 em = 88.8), so both cells are 62 high. Row 2 (only the right side) starts at
    // 85 + 62 + 22 = 169. "Replace" is 4.18 em = 62.7; "Cost" 2.38 em bold = 39.27.
    const scene = layoutDiagram({
      kind: 'compare',
      items: [
        { label: 'CEO', text: '', children: [{ label: '', text: 'Replace' }] },
        { label: 'Weak technical lead', text: '', children: [{ label: '', text: 'Rebuild the platform' }, { label: 'Cost', text: '', emphasis: true }] },
      ],
    });
    const block = (x: number, y: number, anchor: TextBlock['anchor'], lines: [string, boolean][], bounds: TextBlock['bounds']) => ({
      type: 'text',
      x,
      y,
      anchor,
      tone: 'text',
      lines: lines.map(([text, bold]) => ({ text, bold })),
      bounds,
    });
    expect(scene).toEqual({
      width: 320,
      height: 211,
      fontSize: 15,
      lineHeight: 21,
      shapes: [
        { type: 'rect', x: 1, y: 1, width: 153, height: 62, tone: 'accent' },
        block(77.5, 37.5, 'middle', [['CEO', true]], { x: 58.7, y: 21.5, width: 37.6, height: 21 }),
        { type: 'rect', x: 166, y: 1, width: 153, height: 62, tone: 'accent' },
        // Centred on 166 + 76.5 = 242.5: from 242.5 − 65.34 = 177.2.
        block(242.5, 27, 'middle', [['Weak technical', true], ['lead', true]], { x: 177.2, y: 11, width: 130.7, height: 42 }),
        { type: 'arrow', x: 77.5, y1: 63, y2: 85 },
        { type: 'rect', x: 1, y: 85, width: 153, height: 62, tone: 'box' },
        block(11, 111, 'start', [['Replace', false]], { x: 11, y: 95, width: 62.7, height: 21 }),
        { type: 'arrow', x: 242.5, y1: 63, y2: 85 },
        { type: 'rect', x: 166, y: 85, width: 153, height: 62, tone: 'box' },
        block(176, 111, 'start', [['Rebuild the', false], ['platform', false]], { x: 176, y: 95, width: 88.8, height: 42 }),
        { type: 'arrow', x: 242.5, y1: 147, y2: 169 },
        { type: 'rect', x: 166, y: 169, width: 153, height: 41, tone: 'warning' },
        block(176, 195, 'start', [['Cost', true]], { x: 176, y: 179, width: 39.3, height: 21 }),
      ],
    });
  });

  it('says how many items a kind takes, and wants every side of a comparison named with rows', () => {
    expect(() => layoutDiagram({ kind: 'steps', items: [{ label: 'Only', text: 'one' }] })).toThrow('a steps diagram takes 2–8 items, not 1');
    const five = Array.from({ length: 5 }, (_, i) => ({ label: `Part ${i + 1}`, text: '' }));
    expect(() => layoutDiagram({ kind: 'parallel', items: five })).toThrow('a parallel diagram takes 2–4 items, not 5');
    const side = { label: 'CEO', text: '', children: [{ label: '', text: 'Replace' }] };
    expect(() => layoutDiagram({ kind: 'compare', items: [side, { label: 'CTO', text: '' }] })).toThrow(/nested list/);
    // A side written without bold has no name.
    expect(() => layoutDiagram({ kind: 'compare', items: [{ ...side, label: '', text: 'CEO' }, side] })).toThrow(/nested list/);
  });
});

describe('layout promises, for any items', () => {
  // Words of Latin and Vietnamese letters, narrow to wide, at most 8 letters: even in bold
  // (8 × 16.5 = 132 px) a word fits the narrowest line (133 in a comparison), so no word is split.
  const word = fc.array(fc.constantFrom(...'aeinorstfilmwWMĐAăâđêôơưệố'.split('')), { minLength: 1, maxLength: 8, size: 'max' }).map((letters) => letters.join(''));
  const words = (maxLength: number) => fc.array(word, { maxLength, size: 'max' }).map((list) => list.join(' '));
  const item = fc.record({ label: words(6), text: words(24) }).filter((i) => i.label !== '' || i.text !== '');
  const spec: fc.Arbitrary<DiagramSpec> = fc.oneof(
    fc.record({ kind: fc.constant('timeline' as const), items: fc.array(item, { minLength: 2, maxLength: 8 }) }),
    fc.record({ kind: fc.constant('steps' as const), items: fc.array(item, { minLength: 2, maxLength: 8 }) }),
    fc.record({ kind: fc.constant('parallel' as const), title: fc.option(words(20).filter((t) => t !== ''), { nil: undefined }), items: fc.array(item, { minLength: 2, maxLength: 4 }) }),
    fc.record({
      kind: fc.constant('compare' as const),
      items: fc.tuple(...[0, 1].map(() => fc.record({ label: words(6).filter((l) => l !== ''), text: fc.constant(''), children: fc.array(item, { minLength: 1, maxLength: 5 }) }))),
    }),
  );

  const bottomOf = (shape: Scene['shapes'][number]) =>
    shape.type === 'rect' ? shape.y + shape.height
    : shape.type === 'text' ? shape.bounds.y + shape.bounds.height
    : shape.type === 'arrow' ? shape.y2
    : shape.type === 'circle' ? shape.cy + shape.r
    : Math.max(shape.y1, shape.y2);
  const squash = (text: string) => text.replace(/\s/g, '');
  /** The box a text block lies in, and the width its lines may take there (inside the padding, right of a badge). */
  const boxFor = (scene: Scene, block: TextBlock) => {
    const box = rects(scene).find((b) => inside(block.bounds, b))!;
    const room = block.anchor === 'middle' ? box.width - 2 * pad : box.x + box.width - pad - block.x;
    return { box, room };
  };

  it('keeps every text inside its box with the padding on each side, in lines that fill the box’s width and no more', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const scene = layoutDiagram(s);
        for (const block of texts(scene).filter((t) => t.tone === 'text')) {
          const { box, room } = boxFor(scene, block);
          expect(box).toBeDefined();
          expect(block.bounds.x).toBeGreaterThanOrEqual(box.x + pad - 0.051);
          expect(block.bounds.y).toBeGreaterThanOrEqual(box.y + pad);
          expect(block.bounds.x + block.bounds.width).toBeLessThanOrEqual(box.x + box.width - pad + 0.051);
          expect(block.bounds.y + block.bounds.height).toBeLessThanOrEqual(box.y + box.height - pad);
          // The block takes its lines' height, and the width of its widest line (to the 0.1 rounding).
          expect(block.bounds.height).toBe(block.lines.length * lineHeight);
          const widths = block.lines.map((line) => textWidth(line.text, fontSize, line.bold));
          expect(Math.abs(block.bounds.width - Math.max(...widths))).toBeLessThanOrEqual(0.051);
          block.lines.forEach((line, i) => {
            expect(widths[i]).toBeLessThanOrEqual(room);
            // Greedy wrapping: the next line's first word would not have fitted on this one.
            const next = block.lines[i + 1];
            if (next && next.bold === line.bold) {
              expect(textWidth(`${line.text} ${next.text.split(' ')[0]}`, fontSize, line.bold)).toBeGreaterThan(room);
            }
          });
          if (block.anchor === 'start') expect(block.bounds.x).toBe(block.x);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('centres middle-anchored text in its box, across and down', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const scene = layoutDiagram(s);
        for (const block of texts(scene).filter((t) => t.tone === 'text' && t.anchor === 'middle')) {
          const { box } = boxFor(scene, block);
          expect(Math.abs(block.x - (box.x + box.width / 2))).toBeLessThanOrEqual(0.1);
          expect(Math.abs(block.bounds.x + block.bounds.width / 2 - block.x)).toBeLessThanOrEqual(0.1);
          expect(Math.abs(block.bounds.y + block.bounds.height / 2 - (box.y + box.height / 2))).toBeLessThanOrEqual(0.1);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('draws boxes apart from each other, inside the scene, which ends a margin below its lowest shape', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const scene = layoutDiagram(s);
        const boxes = rects(scene);
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(scene.width);
        }
        expect(scene.width).toBe(320);
        expect(scene.height).toBe(Math.ceil(Math.max(...scene.shapes.map(bottomOf)) + 1));
      }),
      { numRuns: 25 },
    );
  });

  it('shows the items in source order, top to bottom, each label in bold and its text in regular', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const scene = layoutDiagram(s);
        const blocks = texts(scene).filter((t) => t.tone === 'text');
        const read = (block: TextBlock, bold: boolean) => squash(block.lines.filter((l) => l.bold === bold).map((l) => l.text).join(''));
        if (s.kind === 'compare') {
          // Each side's name heads its column, in bold; then its rows, top to bottom.
          s.items.forEach((side, i) => {
            const column = blocks.filter((b) => (b.anchor === 'middle' ? b.x : b.x - pad) > (i === 0 ? 0 : 160) && (b.anchor === 'middle' ? b.x : b.x - pad) < (i === 0 ? 160 : 320));
            expect(read(column[0]!, true)).toBe(squash(side.label));
            expect(read(column[0]!, false)).toBe('');
            const rows = column.slice(1);
            expect(rows.map((b) => read(b, true))).toEqual(side.children!.map((c) => squash(c.label)));
            expect(rows.map((b) => read(b, false))).toEqual(side.children!.map((c) => squash(c.text)));
            rows.forEach((b, r) => r > 0 && expect(b.bounds.y).toBeGreaterThan(rows[r - 1]!.bounds.y + rows[r - 1]!.bounds.height));
          });
          return;
        }
        const body = s.kind === 'parallel' && s.title ? blocks.slice(1) : blocks;
        if (s.kind === 'parallel' && s.title) expect(read(blocks[0]!, true)).toBe(squash(s.title));
        expect(body.map((b) => read(b, true))).toEqual(s.items.map((i) => squash(i.label)));
        expect(body.map((b) => read(b, false))).toEqual(s.items.map((i) => squash(i.text)));
        // Label lines come before text lines.
        for (const b of body) expect(b.lines.findIndex((l) => !l.bold)).toBe(b.lines.findIndex((l, i) => !l.bold || i === b.lines.length));
        body.forEach((b, i) => i > 0 && expect(b.bounds.y).toBeGreaterThan(body[i - 1]!.bounds.y + body[i - 1]!.bounds.height));
      }),
      { numRuns: 25 },
    );
  });
});
