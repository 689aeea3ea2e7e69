import { describe, expect, it } from 'vitest';
import { markdownToPlainText, readingMinutes, readingUnits } from '../../src/lib/reading-time';

describe('readingUnits', () => {
  it('counts English and Vietnamese by words', () => {
    expect(readingUnits('A good CTO’s work compounds.')).toBe(5);
    expect(readingUnits('Giám đốc công nghệ (CTO) rất quan trọng.')).toBe(8);
  });

  it('counts Chinese by characters, and Latin words inside it as words', () => {
    expect(readingUnits('首席技术官（CTO）很重要。')).toBe(8 + 1);
    expect(readingUnits('CTO 即服务，1–2 年')).toBe(1 + 3 + 2 + 1);
  });
});

describe('readingMinutes', () => {
  it('divides by the locale’s rate and rounds, with one minute at least', () => {
    expect(readingMinutes('word '.repeat(460), 230)).toBe(2);
    expect(readingMinutes('字'.repeat(2000), 400)).toBe(5);
    expect(readingMinutes('tiny', 230)).toBe(1);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words a reader reads and drops the markup', () => {
    const markdown = [
      '---',
      'title: x',
      '---',
      'import X from "./x";',
      '## Why it matters {#why}',
      'See [the guide](/en/guides/x/) and **this**.',
      '```',
      'code here',
      '```',
      '<Widget client:load />',
    ].join('\n');
    const text = markdownToPlainText(markdown);
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Why', 'it', 'matters', 'See', 'the', 'guide', 'and', 'this', '.']);
  });

  it('reads a callout’s title and a diagram’s text but not the directive fences', () => {
    const markdown = [':::warning[Watch the cliff]', 'Read it.', ':::', '', ':::diagram{kind="steps"}', 'Caption.', '', '1. **Prepare** — now', ':::'].join('\n');
    expect(markdownToPlainText(markdown).split(/\s+/).filter(Boolean)).toEqual(['Watch', 'the', 'cliff', 'Read', 'it.', 'Caption.', '1.', 'Prepare', '—', 'now']);
  });
});
