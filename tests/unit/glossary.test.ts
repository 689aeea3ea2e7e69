import { describe, expect, it } from 'vitest';
import { glossaryEntries } from '../../src/lib/glossary';
import { decodeEntities, escapeHtml, textOfHtml } from '../../src/lib/html-text';

const page = [
  '<p>This glossary defines every term. It has an introduction.</p>',
  '<h2 id="equity">Equity</h2>',
  '<p>Equity is ownership in the company, held as <a href="/en/glossary/#shares">shares</a>. Founders receive it.</p>',
  '<p>A second paragraph.</p>',
  '<h2 id="vesting">Vesting (vesting <em>period</em>, cliff)</h2>',
  '<aside class="callout"><p class="callout-title">Key takeaway</p></aside>',
  '<p>Vesting is the schedule by which equity becomes the holder&#x27;s &amp; nobody else&#39;s.</p>',
].join('\n');

describe('glossaryEntries', () => {
  it('gives each entry its heading as the term and its first sentence as the definition', () => {
    const entries = glossaryEntries(page, 'latin');
    expect([...entries.keys()]).toEqual(['equity', 'vesting']);
    expect(entries.get('equity')).toEqual({ id: 'equity', term: 'Equity', definition: 'Equity is ownership in the company, held as shares.' });
    expect(entries.get('vesting')?.term).toBe('Vesting (vesting period, cliff)');
  });

  it('reads the first plain paragraph under the heading, as text', () => {
    expect(glossaryEntries(page, 'latin').get('vesting')?.definition).toBe("Vesting is the schedule by which equity becomes the holder's & nobody else's.");
  });

  it('splits by the script it is given', () => {
    const zh = '<h2 id="equity">股权</h2>\n<p>股权就是对公司的所有权。创始人通常都会拿到股权。</p>';
    expect(glossaryEntries(zh, 'han').get('equity')?.definition).toBe('股权就是对公司的所有权。');
  });

  it('fails for an entry with no paragraph, naming it', () => {
    expect(() => glossaryEntries('<h2 id="cto">CTO</h2>\n<ul><li>A list</li></ul>\n<h2 id="ceo">CEO</h2><p>The CEO.</p>', 'latin')).toThrow(
      /#cto has no paragraph/,
    );
  });
});

describe('HTML text', () => {
  it('drops tags without adding spaces, except for a line break', () => {
    expect(textOfHtml('<strong>CTO</strong>s and<br>CEOs\n  meet')).toBe('CTOs and CEOs meet');
    expect(textOfHtml(' <p>the seat<br />and<BR/>the fee</p> ')).toBe('the seat and the fee');
  });

  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &quot;b&quot; &#39;c&#x27; &#X4E2D; &nbsp;&copy;')).toBe('<a> & "b" \'c\' 中 \u00a0&copy;');
  });

  it('escapes what HTML requires, so the text round-trips', () => {
    const text = 'A “quoted” <term> & "more"';
    expect(escapeHtml(text)).toBe('A “quoted” &lt;term&gt; &amp; &quot;more&quot;');
    expect(textOfHtml(escapeHtml(text))).toBe(text);
  });
});
