/** Prose, guide links and a guide's names read from Markdown and MDX (src/lib/content-lint/markdown.ts). */
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/lib/content-lint/markdown';
import type { Prose } from '../../src/lib/content-lint/prose';

/** `line:column` of a block's character at `index`. */
const place = (block: Prose, index: number) => `${block.at(index).line}:${block.at(index).column}`;
const texts = (file: string, source: string) => markdownText(file, 'en', source).prose.map((block) => block.text);

describe('markdownText', () => {
  it('reads the front matter’s title, description and summary strings, and the guide’s names', () => {
    const source = [
      '---', // 1, offset 0
      'title: "Choosing: the CTO"', // 2, offset 4
      'description:', // 3
      'summary:', // 4
      '  - First point.', // 5
      '  - 2', // 6
      'updated: 2026-11-22', // 7
      '---', // 8
      '', // 9
      '## Why it pays `off` {#why-it-pays-off}', // 10
      '', // 11
      '## No anchor *here*', // 12
    ].join('\n');
    const { prose, links, names } = markdownText('content/guides/en/choosing.mdx', 'en', source);
    // An empty description and a number in the summary are no strings; `updated` is data. A heading's
    // text is prose, cut at its code.
    expect(prose.map((block) => block.text)).toEqual(['Choosing: the CTO', 'First point.', 'Why it pays ', 'No anchor here']);
    // The title's first character follows its quote: line 2, column 9; the summary item's follows `  - `:
    // column 5; “h” of “*here*” follows `## No anchor *`: column 15.
    expect([place(prose[0]!, 0), place(prose[1]!, 0), place(prose[2]!, 0), place(prose[3]!, 10)]).toEqual(['2:9', '5:5', '10:4', '12:15']);
    expect(links).toEqual([]);
    // A heading is named by its anchor, with its text (code left out) as its name; one without an anchor has none.
    expect(names).toEqual({ title: 'Choosing: the CTO', headings: new Map([['why-it-pays-off', 'Why it pays ']]) });
  });

  it('has no title without front matter', () => {
    expect(markdownText('content/pages/en/plain.md', 'en', 'Text.\n').names).toEqual({ title: '', headings: new Map() });
  });

  it('flattens a paragraph to the text shown, split where code, an expression, JSX, a directive or an image stands', () => {
    const source = ['Plain a\\*b &copy; c  ', 'next `code` x {1 + 1} <b>bold</b> :abbr[CTO]{title="Chief"} ![alt](i.png) end.'].join('\n');
    const [first, ...rest] = markdownText('content/pages/en/x.mdx', 'en', source).prose;
    // The escape and the entity read as “*” and “©”, and the hard break as a newline. The text a JSX
    // element holds is prose; the space between the directive and the image is none.
    expect([first!.text, ...rest.map((block) => block.text)]).toEqual(['Plain a*b © c\nnext ', ' x ', ' bold ', ' end.']);
    // Line 1: “a” at column 7, the backslash at 8, “*” at 9, “b” at 10, “&copy;” from 12 to 17, “c” at 19,
    // the break's spaces and newline at 20–22. “©” (index 10) is not in the source: it maps to where the
    // search stands, the “&” at column 12; the space after it is found at column 18.
    expect([7, 8, 10, 11, 12, 13, 14].map((index) => place(first!, index))).toEqual(['1:9', '1:10', '1:12', '1:18', '1:19', '1:22', '2:1']);
  });

  it('reads a .md file as Markdown, where braces and tags are text and HTML, and a .mdx file as MDX', () => {
    const source = 'Text {braces} <b>x</b> y\n';
    expect(texts('content/pages/en/x.md', source)).toEqual(['Text {braces} ', 'x', ' y']);
    expect(texts('content/pages/en/x.mdx', source)).toEqual(['Text ', ' x y']);
  });

  it('reads table cells and Markdown inside a JSX element, not a code block', () => {
    const source = ['| Model | Cost |', '|---|---|', '| Service | `n/a` |', '', '<Callout type="note">', '', 'Inside text.', '', '</Callout>', '', '```', 'code text', '```'].join('\n');
    expect(texts('content/pages/en/x.mdx', source)).toEqual(['Model', 'Cost', 'Service', 'Inside text.']);
  });

  it('reads links to guides with the text they are shown under, and whether it is all of an emphasis', () => {
    const source = [
      '*[Whole](/en/guides/a/)* and **[Strong](/en/guides/b/)** and *[Part](/en/guides/c/) more* and',
      '[*Inside*](/zh/guides/d/#sec) and [*Inside* more](/vi/guides/e/) and [split `x` link](/en/guides/f/)',
      'and [French](/fr/guides/g/) and [elsewhere](https://example.com/en/guides/g/) and [a section](/en/guides/h/#why).',
    ].join('\n');
    const { prose, links } = markdownText('content/pages/en/x.mdx', 'en', source);
    expect(prose.map((block) => block.text)).toEqual([
      'Whole and Strong and Part more and\nInside and Inside more and split ',
      ' link\nand French and elsewhere and a section.',
    ]);
    // A link is a title in italics when it is all of an emphasis or an emphasis is all of it. A link
    // split by code shows no one name, and one to a locale the site does not have is to no guide.
    expect(links.map(({ block, ...link }) => ({ text: block.text.slice(link.start, link.end), ...link }))).toEqual([
      { text: 'Whole', start: 0, end: 5, locale: 'en', slug: 'a', section: undefined, emphasized: true },
      { text: 'Strong', start: 10, end: 16, locale: 'en', slug: 'b', section: undefined, emphasized: false },
      { text: 'Part', start: 21, end: 25, locale: 'en', slug: 'c', section: undefined, emphasized: false },
      { text: 'Inside', start: 35, end: 41, locale: 'zh', slug: 'd', section: 'sec', emphasized: true },
      { text: 'Inside more', start: 46, end: 57, locale: 'vi', slug: 'e', section: undefined, emphasized: false },
      { text: 'a section', start: 35, end: 44, locale: 'en', slug: 'h', section: 'why', emphasized: false },
    ]);
    expect(links[0]!.block).toBe(prose[0]);
    expect(links[5]!.block).toBe(prose[1]);
  });
});
