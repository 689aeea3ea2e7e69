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

describe('markWordBreaks, mark by mark', () => {
  it('puts <wbr> exactly between adjacent Chinese words', () => {
    expect(markWordBreaks('什么情况下适合', zh)).toBe('什么<wbr>情况<wbr>下<wbr>适合');
    expect(markWordBreaks('CTO 即服务是什么', zh)).toBe('CTO 即<wbr>服务<wbr>是<wbr>什么');
  });

  it('marks the boundaries of a word of a Chinese character outside the BMP (a surrogate pair in UTF-16)', () => {
    // 𠮷 (U+20BB7) is a word of its own between 吃 and 野家; its two halves are no Chinese characters, it is.
    expect(markWordBreaks('吃𠮷野家', zh)).toBe('吃<wbr>𠮷<wbr>野家');
  });

  it('marks nothing next to punctuation or a Latin letter', () => {
    expect(markWordBreaks('你好，世界', zh)).toBe('你好，世界');
    expect(markWordBreaks('技术a服务', zh)).toBe('技术a服务');
    expect(markWordBreaks('交接（一）', zh)).toBe('交接（一）');
  });

  it('joins a term back wherever the dictionary split it, every time it occurs', () => {
    expect(markWordBreaks('什么是首席技术官即服务', zh, ['首席技术官', '即服务'])).toBe('什么<wbr>是<wbr>首席技术官<wbr>即服务');
    expect(markWordBreaks('即服务是即服务', zh, ['即服务'])).toBe('即服务<wbr>是<wbr>即服务');
  });
});

describe('markHeadingWordBreaks', () => {
  it('marks <h1> to <h4> whatever their case and attributes, and leaves <h5> alone', () => {
    expect(markHeadingWordBreaks('<H2 class="x">两种定义</H2><h5>两种定义</h5><h4>两种定义</h4>', 'zh-CN')).toBe(
      '<H2 class="x">两<wbr>种<wbr>定义</H2><h5>两种定义</h5><h4>两<wbr>种<wbr>定义</h4>',
    );
    expect(markHeadingWordBreaks('<h1>两种定义</h1><h3 id="a">两种定义</h3>', 'zh-CN')).toBe('<h1>两<wbr>种<wbr>定义</h1><h3 id="a">两<wbr>种<wbr>定义</h3>');
  });

  it('finds islands in any case, and marks again after the outermost one closes', () => {
    expect(markHeadingWordBreaks('<h1>两种定义</h1><ASTRO-ISLAND><h2>两种定义</h2></astro-island><h2>两种定义</h2>', 'zh-CN')).toBe(
      '<h1>两<wbr>种<wbr>定义</h1><ASTRO-ISLAND><h2>两种定义</h2></astro-island><h2>两<wbr>种<wbr>定义</h2>',
    );
  });

  it('ignores a stray closing island tag and leaves an island that never closes untouched', () => {
    expect(markHeadingWordBreaks('</astro-island><h2>两种定义</h2>', 'zh-CN')).toBe('</astro-island><h2>两<wbr>种<wbr>定义</h2>');
    expect(markHeadingWordBreaks('<h2>两种定义</h2><astro-island><h2>两种定义</h2>', 'zh-CN')).toBe('<h2>两<wbr>种<wbr>定义</h2><astro-island><h2>两种定义</h2>');
  });

  it('marks the text around an inline tag but never inside its attributes', () => {
    expect(markHeadingWordBreaks('<h2>什么<abbr title="首席技术官">CTO</abbr>情况下适合</h2>', 'zh-CN')).toBe(
      '<h2>什么<abbr title="首席技术官">CTO</abbr>情况<wbr>下<wbr>适合</h2>',
    );
  });

  it('leaves a page without Chinese as it was', () => {
    const html = '<h1>Two definitions</h1><astro-island><h2>Fit</h2></astro-island><h2>When it fits</h2>';
    expect(markHeadingWordBreaks(html, 'en')).toBe(html);
  });

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
