/** Callouts and diagrams through the real Sätteri pipeline, as Markdown and as MDX. */
import { parse, type HTMLElement } from 'node-html-parser';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentDirectives, localeOfFile } from '../../src/markdown/directives';
import { embedMarker, splitAtEmbeds } from '../../src/markdown/embeds';

const fileIn = (locale: string, ext = 'md') => new URL(`file:///site/content/guides/${locale}/example.${ext}`);

async function renderFile(markdown: string, fileURL: URL): Promise<HTMLElement> {
  const { html } = await markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [contentDirectives], fileURL });
  return parse(html);
}

const render = (markdown: string, locale = 'en') => renderFile(markdown, fileIn(locale));

const callouts = `
:::takeaway
Hand over **decisions**, not only [tasks](/en/guides/handover/).
:::

:::warning
Fear the last sign most.
:::

:::warning[Before you *sign*]
Read the vesting terms.
:::
`;

describe('callouts', () => {
  it('render as labelled notes, not landmarks, that keep their Markdown', async () => {
    const root = await render(callouts);
    const notes = root.querySelectorAll('div[role=note].callout');
    expect(notes.map((a) => a.classList.value)).toEqual([
      ['callout', 'callout-takeaway'],
      ['callout', 'callout-warning'],
      ['callout', 'callout-warning'],
    ]);
    for (const note of notes) {
      const title = root.getElementById(note.getAttribute('aria-labelledby')!);
      expect(title?.classList.contains('callout-title')).toBe(true);
      expect(note.firstElementChild).toBe(title);
    }
    expect(notes.map((a) => a.querySelector('.callout-title')!.text)).toEqual(['Key takeaway', 'Watch out', 'Before you sign']);
    expect(notes[0]!.querySelector('strong')?.text).toBe('decisions');
    expect(notes[0]!.querySelector('a')?.getAttribute('href')).toBe('/en/guides/handover/');
    expect(notes[2]!.querySelector('.callout-title em')?.text).toBe('sign');
  });

  it.each([
    ['zh', ['要点', '注意']],
    ['vi', ['Điểm chính', 'Cần lưu ý']],
  ])('take their default titles from the %s dictionary, by the file’s folder', async (locale, titles) => {
    const root = await render(callouts, locale);
    expect(root.querySelectorAll('.callout-title').map((t) => t.text).slice(0, 2)).toEqual(titles);
  });

  it('give every callout on a page its own id', async () => {
    const ids = (await render(callouts)).querySelectorAll('.callout-title').map((t) => t.id);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('directives that would lose text', () => {
  it.each([
    [':::tip\nText that would vanish.\n:::\n', ':::tip'],
    ['::youtube[clip]\n', '::youtube'],
    ['See the note:here for details.\n', ':here'],
  ])('fail the build, naming the file: %j', async (markdown, name) => {
    await expect(render(markdown)).rejects.toThrow(new RegExp(`content/guides/en/example\\.md: unknown directive "${name}"`));
  });

  it('reject an empty callout, a callout with attributes and a file outside the content folders', async () => {
    await expect(render(':::takeaway\n:::\n')).rejects.toThrow(/:::takeaway is empty/);
    await expect(render(':::warning{title="x"}\nText.\n:::\n')).rejects.toThrow(/takes no attributes/);
    await expect(renderFile(':::takeaway\nText.\n:::\n', new URL('file:///site/notes/a.md'))).rejects.toThrow(/notes\/a\.md: its locale is unknown/);
  });

  it('leave a colon escaped with a backslash as text', async () => {
    expect((await render('Ratio 3\\:to one.\n')).text.trim()).toBe('Ratio 3:to one.');
  });
});

const timeline = (locale: string) =>
  ({
    en: `:::diagram{kind="timeline"}
An engagement covers the first *one or two* years.

1. **Years 1–2** — The service CTO sets the strategy and hires the team.
2. **Afterwards** — The in-house team keeps the processes going.
:::
`,
    zh: `:::diagram{kind="timeline"}
服务期覆盖最初一到两年。

1. **第 1–2 年**——服务型 CTO 制定战略，组建团队。
2. **之后**：内部团队维持已建成的流程。
:::
`,
  })[locale]!;

describe('diagrams', () => {
  it('render a figure: an SVG with the items as text, the caption, and the list as the text version', async () => {
    const root = await render(timeline('en'));
    const figure = root.querySelector('.diagram.diagram-timeline')!;
    expect(figure.querySelector('figure > svg + figcaption:last-child')).not.toBeNull();
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 320 \d+$/);
    const caption = root.getElementById(svg.getAttribute('aria-labelledby')!);
    expect(caption?.tagName).toBe('FIGCAPTION');
    expect(caption?.querySelector('em')?.text).toBe('one or two');
    const list = root.getElementById(svg.getAttribute('aria-describedby')!);
    expect(list?.tagName).toBe('OL');
    expect(list?.parentNode?.tagName).toBe('DETAILS');
    expect(figure.querySelector('details summary')?.text).toBe('Diagram as text');
    const drawn = svg.querySelectorAll('tspan').map((t) => t.text);
    expect(drawn).toContain('Years 1–2');
    expect(drawn.join(' ')).toContain('The in-house team keeps the processes going.');
    expect(figure.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('draw the text in the page’s language, with the separator after the label dropped', async () => {
    const root = await render(timeline('zh'), 'zh');
    const drawn = root.querySelectorAll('svg tspan').map((t) => t.text);
    expect(drawn).toContain('第 1–2 年');
    expect(drawn).toContain('之后');
    expect(drawn.join('')).toContain('服务型 CTO 制定战略');
    expect(drawn.join('')).not.toMatch(/^——|^：/m);
    expect(root.querySelector('summary')?.text).toBe('图示文字版');
  });

  it('put the title a parallel diagram draws into its text version', async () => {
    const root = await render(':::diagram[A healthy *partnership*]{kind="parallel"}\nCaption.\n\n- **Understand** — roles\n- **Collaborate** — goals\n:::\n');
    const svg = root.querySelector('svg')!;
    expect(svg.querySelectorAll('tspan').map((t) => t.text)).toContain('A healthy partnership');
    const described = svg.getAttribute('aria-describedby')!.split(' ').map((id) => root.getElementById(id)?.text.trim());
    expect(described[0]).toBe('A healthy partnership');
    expect(described[1]).toContain('Understand — roles');
    expect(root.querySelector('details p em')?.text).toBe('partnership');
  });

  it('reject a diagram without a kind or without a list, naming the file', async () => {
    await expect(render(':::diagram\nCaption.\n\n- **A** — a\n- **B** — b\n:::\n')).rejects.toThrow(/example\.md: :::diagram needs kind=/);
    await expect(render(':::diagram{kind="steps"}\nOnly a caption.\n:::\n')).rejects.toThrow(/caption paragraph followed by one list/);
  });
});

describe('embedded calculators and quizzes', () => {
  it('become the marker the guide page cuts at, one per directive, in place', async () => {
    const markdown = 'Before.\n\n::tool{id="cost-comparison"}\n\nBetween.\n\n::quiz{id="cto-model"}\n\nAfter.\n';
    const { html } = await markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [contentDirectives], fileURL: fileIn('zh') });
    expect(html).toContain(embedMarker({ kind: 'tool', id: 'cost-comparison' }));
    expect(splitAtEmbeds(html).map((part) => (typeof part === 'string' ? part.replace(/\s+/g, ' ').trim() : part))).toEqual([
      '<p>Before.</p>',
      { kind: 'tool', id: 'cost-comparison' },
      '<p>Between.</p>',
      { kind: 'quiz', id: 'cto-model' },
      '<p>After.</p>',
    ]);
  });

  it('reject an unknown widget, a missing id, other attributes and a label, naming the file', async () => {
    await expect(render('::tool{id="roi"}\n')).rejects.toThrow(/example\.md: ::tool needs id="…", one of cost-comparison, bad-hire-cost, cto-career \(got "roi"\)/);
    await expect(render('::quiz\n')).rejects.toThrow(/::quiz needs id="…".*\(got none\)/);
    await expect(render('::quiz{id="cto-model" locale="en"}\n')).rejects.toThrow(/::quiz takes only an id \(got locale\)/);
    await expect(render('::tool[Label]{id="cto-career"}\n')).rejects.toThrow(/::tool takes no label/);
    await expect(render('::video{id="x"}\n')).rejects.toThrow(/unknown directive "::video"/);
  });

  it('leave HTML without markers whole, and refuse a marker that names no widget', () => {
    expect(splitAtEmbeds('<p>Only text.</p>')).toEqual(['<p>Only text.</p>']);
    expect(splitAtEmbeds('')).toEqual([]);
    expect(() => splitAtEmbeds('<div data-guide-embed="tool:roi"></div>')).toThrow(/::tool needs id/);
    expect(() => splitAtEmbeds('<div data-guide-embed="video:x"></div>')).toThrow(/unknown embed "video:x"/);
  });
});

it('works the same in MDX', async () => {
  const { code } = await mdxToJs(`${callouts}\n${timeline('en')}`, {
    features: { directive: true },
    mdastPlugins: [contentDirectives],
    fileURL: fileIn('en', 'mdx'),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  expect(code).toContain('"callout callout-takeaway"');
  expect(code).toContain('"aria-labelledby": "diagram-1-caption"');
  expect(code).toContain('"Years 1–2"');
});

it('reads the locale from the content path on any platform', () => {
  expect(localeOfFile('/site/content/pages/vi/faq.md')).toBe('vi');
  expect(localeOfFile('C:\\site\\content\\guides\\zh\\a.mdx')).toBe('zh');
  expect(localeOfFile('/site/content/guides/fr/a.md')).toBeUndefined();
});
