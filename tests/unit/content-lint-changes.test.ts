/** Where a formatter's corrected text differs from the original (src/lib/content-lint/changes.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changes, describeChange, type Change } from '../../src/lib/content-lint/changes';

/** The original with every change applied, from the last to the first so that offsets stay valid. */
const apply = (text: string, found: readonly Change[]) =>
  [...found].reverse().reduce((result, c) => result.slice(0, c.start) + c.replacement + result.slice(c.end), text);

describe('changes', () => {
  it('finds nothing in an unchanged text', () => {
    expect(changes('', '')).toEqual([]);
    expect(changes('中文 English', '中文 English')).toEqual([]);
  });

  it('reports an insertion, a replacement and a deletion at their offsets in the original', () => {
    expect(changes('中文English', '中文 English')).toEqual([{ start: 2, end: 2, replacement: ' ' }]);
    expect(changes('成本,结论', '成本，结论')).toEqual([{ start: 2, end: 3, replacement: '，' }]);
    expect(changes('abc', 'ac')).toEqual([{ start: 1, end: 2, replacement: '' }]);
    expect(changes('', 'new')).toEqual([{ start: 0, end: 0, replacement: 'new' }]);
    expect(changes('old', '')).toEqual([{ start: 0, end: 3, replacement: '' }]);
  });

  it('reports each place a rewrite of the whole paragraph touched as its own change', () => {
    // Two commas in one sentence, corrected in one pass: two changes, with the text between them unchanged.
    expect(changes('甲,乙,丙', '甲，乙，丙')).toEqual([
      { start: 1, end: 2, replacement: '，' },
      { start: 3, end: 4, replacement: '，' },
    ]);
    // A removal next to an insertion is one change.
    expect(changes('ab', 'xb')).toEqual([{ start: 0, end: 1, replacement: 'x' }]);
  });

  it('gives ordered, separate changes that turn the original into the corrected text, for any pair of texts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '中', '，', ','), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const found = changes(before, after);
        expect(apply(before, found)).toBe(after);
        for (const [i, c] of found.entries()) {
          expect(c.end > c.start || c.replacement !== '').toBe(true);
          if (i > 0) expect(c.start).toBeGreaterThan(found[i - 1]!.end);
        }
        if (before === after) expect(found).toEqual([]);
      }),
    );
  });
});

describe('describeChange', () => {
  it('shows the change with a few characters of context, within its line', () => {
    const text = 'first line\n这是中文English的例子\nlast';
    const [change] = changes(text, 'first line\n这是中文 English 的例子\nlast');
    expect(describeChange(text, change!)).toBe('“这是中文Englis” → “这是中文 Englis”');
    expect(describeChange('ab,\ncd', { start: 2, end: 3, replacement: '，' })).toBe('“ab,” → “ab，”');
    // Short lines: the context stops at the nearest line break on either side, however many fall in reach.
    expect(describeChange('a\nb\ncd,e\nf\ng', { start: 6, end: 7, replacement: '，' })).toBe('“cd,e” → “cd，e”');
    expect(describeChange('成本,结论', { start: 2, end: 3, replacement: '，' }, 2)).toBe('“成本,结论” → “成本，结论”');
  });
});
