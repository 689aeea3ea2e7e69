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
    const scene = layoutDiagram(specFor(kind, samples[locale]!));

    it('puts every line of text inside a box, within the box padding', () => {
      const boxes = rects(scene);
      for (const block of texts(scene).filter((t) => t.tone === 'text')) {
        expect(boxes.some((box) => inside(block.bounds, box)), block.lines.map((l) => l.text).join(' / ')).toBe(true);
      }
    });

    it('draws no two boxes and no two text blocks over each other', () => {
      const boxes = rects(scene);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      const blocks = texts(scene);
      blocks.forEach((a, i) => blocks.slice(i + 1).forEach((b) => expect(overlap(a.bounds, b.bounds)).toBe(false)));
    });

    it('makes each box tall enough for its lines and keeps everything inside the drawing', () => {
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
