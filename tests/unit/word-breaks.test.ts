import { describe, expect, it } from 'vitest';
import { markHeadingWordBreaks, markWordBreaks } from '../../src/lib/word-breaks';

const zh = new Intl.Segmenter('zh-CN', { granularity: 'word' });

describe('markWordBreaks', () => {
  it('marks boundaries between Chinese words and never splits one', () => {
    const marked = markWordBreaks('什么情况下适合', zh);
    expect(marked.replaceAll('<wbr>', '')).toBe('什么情况下适合');
    expect(marked).toContain('<wbr>');
    expect(markWordBreaks('CTO 即服务是什么', zh)).not.toMatch(/服<wbr>务/);
  });

  it('keeps the given terms whole', () => {
    const marked = markWordBreaks('什么是首席技术官即服务', zh, ['首席技术官', '即服务']);
    expect(marked).toContain('首席技术官');
    expect(marked).toContain('即服务');
    expect(marked).toMatch(/<wbr>首席技术官<wbr>即服务$/);
  });

  it('leaves Latin words, spaces and punctuation to the browser', () => {
    expect(markWordBreaks('CTO 即服务', zh)).toMatch(/^CTO 即/);
    expect(markWordBreaks('Dmitry Mishunin', zh)).toBe('Dmitry Mishunin');
    expect(markWordBreaks('交接（一）', zh)).not.toMatch(/<wbr>[（）]|[（）]<wbr>/);
  });
});

describe('markHeadingWordBreaks', () => {
  it('marks text inside headings only, and never inside a tag or an attribute', () => {
    const html =
      '<p>什么情况下适合</p><h2 id="fit" title="什么情况下适合">什么情况下<a href="/zh/glossary/#cto">适合</a></h2>';
    const marked = markHeadingWordBreaks(html, 'zh-CN');
    expect(marked).toMatch(/^<p>什么情况下适合<\/p><h2 id="fit" title="什么情况下适合">/);
    expect(marked).toContain('<a href="/zh/glossary/#cto">适合</a></h2>');
    expect(marked.replaceAll('<wbr>', '')).toBe(html);
    expect(marked).toMatch(/<h2[^>]*>[^<]*<wbr>/);
  });

  it('leaves interactive islands as the server rendered them', () => {
    const island = '<astro-island uid="1"><h2>什么情况下适合</h2><astro-island uid="2"></astro-island><h3>两种定义</h3></astro-island>';
    const html = `<h1>什么情况下适合</h1>${island}<h2>两种定义</h2>`;
    const marked = markHeadingWordBreaks(html, 'zh-CN');
    expect(marked).toContain(island);
    expect(marked.startsWith('<h1>什么情况下适合</h1>')).toBe(false);
    expect(marked.endsWith('<h2>两种定义</h2>')).toBe(false);
  });
});
