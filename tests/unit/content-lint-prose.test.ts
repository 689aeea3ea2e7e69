/** Offsets to lines and columns, and prose tied back to its source (src/lib/content-lint/prose.ts). */
import { describe, expect, it } from 'vitest';
import { LineIndex, ProseBuilder, stringProse, type Prose } from '../../src/lib/content-lint/prose';

/** `line:column` of each index of a block's text, and of the index just past its end. */
const places = (block: Prose) => Array.from({ length: block.text.length + 1 }, (_, i) => `${block.at(i).line}:${block.at(i).column}`);

describe('LineIndex', () => {
  it('gives the 1-based line and column of an offset, a line start and an empty line included', () => {
    // Offsets: a0 b1 \n2 | c3 d4 \n5 | \n6 | e7 f8
    const lines = new LineIndex('ab\ncd\n\nef');
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((offset) => lines.point(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});

describe('ProseBuilder', () => {
  it('maps a string spelled otherwise in its source (a YAML escape) character by character', () => {
    // YAML reads `"a\u00e9a"` (columns 8 to 17 of line 1) as “aéa”: “a” is at column 9; “é” is not in the
    // source, so it maps to where the search stands, the backslash (column 10); the next “a” is searched
    // from there and found at column 16, not at column 9; past the end comes column 17, the closing quote.
    const source = 'title: "a\\u00e9a"\n';
    const block = stringProse('content/sources.yaml', 'en', new LineIndex(source), source, 'aéa', 7, 17);
    expect(block).toMatchObject({ file: 'content/sources.yaml', locale: 'en', text: 'aéa' });
    expect(places(block)).toEqual(['1:9', '1:10', '1:16', '1:17']);
  });

  it('joins runs read from separate places, as a paragraph’s text nodes and hard break', () => {
    // “ab”, a hard break written as two spaces and a newline (offsets 2–4), “cd” on line 2.
    const source = 'ab  \ncd';
    const builder = new ProseBuilder('content/pages/en/x.md', 'en', new LineIndex(source));
    builder.append('ab', source, 0, 2);
    builder.append('\n', source, 2, 5);
    expect(builder.length).toBe(3);
    builder.append('cd', source, 5, 7);
    const block = builder.build();
    expect(block.text).toBe('ab\ncd');
    // The break maps to the newline, at column 5 of line 1.
    expect(places(block)).toEqual(['1:1', '1:2', '1:5', '2:1', '2:2', '2:3']);
  });

  it('places a block with no text at the start of the file', () => {
    // A link with no text, `[](/en/guides/x/)`, alone in a paragraph makes such a block.
    const block = new ProseBuilder('content/pages/en/x.md', 'en', new LineIndex('\n\n[](/en/guides/x/)\n')).build();
    expect(block.text).toBe('');
    expect(block.at(0)).toEqual({ line: 1, column: 1 });
  });
});
