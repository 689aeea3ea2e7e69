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

describe('readingUnits, word by word', () => {
  it('counts a word with an apostrophe, a hyphen or combining marks once, and a digit run as a word', () => {
    expect(readingUnits("don't well-known ’90s")).toBe(3);
    expect(readingUnits('Gia\u0301m đốc')).toBe(2);
    expect(readingUnits('In 2026, 3 CTOs')).toBe(4);
  });

  it('counts no word in punctuation or an empty text', () => {
    expect(readingUnits('— … !')).toBe(0);
    expect(readingUnits('')).toBe(0);
  });

  it('counts each Han character, however they are spaced', () => {
    expect(readingUnits('技术')).toBe(2);
    expect(readingUnits('技 术 官')).toBe(3);
    expect(readingUnits('CTO即服务CTO')).toBe(5);
  });
});

describe('readingMinutes', () => {
  it('rounds half a minute up and less than half down', () => {
    expect(readingMinutes('word '.repeat(345), 230)).toBe(2);
    expect(readingMinutes('word '.repeat(344), 230)).toBe(1);
  });

  it('divides by the locale’s rate and rounds, with one minute at least', () => {
    expect(readingMinutes('word '.repeat(460), 230)).toBe(2);
    expect(readingMinutes('字'.repeat(2000), 400)).toBe(5);
    expect(readingMinutes('tiny', 230)).toBe(1);
  });
});

describe('markdownToPlainText', () => {
  const words = (markdown: string) => markdownToPlainText(markdown).split(/\s+/).filter(Boolean);

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

  it('drops front matter only at the very start, and import or export only as statements', () => {
    expect(words('Text\n---\ntitle: y\n---\nMore')).toEqual(['Text', 'title:', 'y', 'More']);
    expect(words('export const x = 1;\nimport y from "y";\nexports matter.')).toEqual(['exports', 'matter.']);
  });

  it('keeps an image’s alternative text and a link’s label, and drops Markdown marks', () => {
    expect(words('![A chart](/x.png) and [a link](/en/) here')).toEqual(['A', 'chart', 'and', 'a', 'link', 'here']);
    expect(words('**bold** _it_ `code` ~~gone~~ | a > b #tag')).toEqual(['bold', 'it', 'code', 'gone', 'a', 'b', 'tag']);
    expect(words('<Aside type="tip">Read</Aside> ## Heading {#heading-id}')).toEqual(['Read', 'Heading']);
  });

  it('keeps words apart where a code block, a tag or a heading id stood between them', () => {
    expect(words('before```\ncode\n```after')).toEqual(['before', 'after']);
    expect(words('one<br/>two')).toEqual(['one', 'two']);
    expect(words('one{#the-id}two')).toEqual(['one', 'two']);
    expect(words('before\nimport X from "x";\nafter')).toEqual(['before', 'after']);
  });

  it('reads colons inside a line as text, not as a directive fence', () => {
    expect(words('Use std::vector here\nand std::map')).toEqual(['Use', 'std::vector', 'here', 'and', 'std::map']);
    expect(words('We import data, then export it.')).toEqual(['We', 'import', 'data,', 'then', 'export', 'it.']);
  });

  it('drops several code blocks but keeps the prose between them', () => {
    expect(words('```\na\n```\nBetween\n```ts\nb\n```')).toEqual(['Between']);
  });

  it('drops directive fences of any depth, with or without a label or attributes', () => {
    expect(words('::::note\nInside\n::::\n::aside[Label]{.x}\n:::')).toEqual(['Inside', 'Label']);
    // A fence stands alone on its line: with text after it, the line is prose and keeps every word.
    expect(words('::video[Watch] now')).toEqual(['::video[Watch]', 'now']);
  });

  it('reads a callout’s title and a diagram’s text but not the directive fences', () => {
    const markdown = [':::warning[Watch the cliff]', 'Read it.', ':::', '', ':::diagram{kind="steps"}', 'Caption.', '', '1. **Prepare** — now', ':::'].join('\n');
    expect(markdownToPlainText(markdown).split(/\s+/).filter(Boolean)).toEqual(['Watch', 'the', 'cliff', 'Read', 'it.', 'Caption.', '1.', 'Prepare', '—', 'now']);
  });
});
