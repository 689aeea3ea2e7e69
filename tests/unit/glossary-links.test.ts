import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/lib/glossary';
import { explainGlossaryLinks, termPopoverId } from '../../src/lib/glossary-links';

const glossary = new Map<string, GlossaryEntry>([
  ['vesting', { id: 'vesting', term: 'Vesting', definition: 'Vesting is a schedule.' }],
  ['equity', { id: 'equity', term: 'Equity', definition: 'Equity is ownership.' }],
]);
const label = (term: string) => `Show the definition of “${term}”`;
const explain = (html: string) => explainGlossaryLinks(html, '/en/glossary/', glossary, label);

describe('explainGlossaryLinks', () => {
  it('doubles a glossary link with a hidden button that opens the entry’s popover', () => {
    const { html, entries } = explain('<p>Options <a href="/en/glossary/#vesting">vest</a> over time.</p>');
    expect(html).toBe(
      '<p>Options <a class="term-link" href="/en/glossary/#vesting" data-pagefind-ignore>vest</a>' +
        '<button type="button" class="term-trigger" popovertarget="term-vesting" aria-label="Show the definition of “vest”" hidden>vest</button>' +
        ' over time.</p>',
    );
    expect(entries).toEqual([glossary.get('vesting')]);
  });

  it('lists each entry once, in the order of its first link, however often it is linked', () => {
    const { html, entries } = explain(
      '<p><a href="/en/glossary/#equity">equity</a>, <a href="/en/glossary/#vesting">vesting</a> and <a href="/en/glossary/#equity">shares</a></p>',
    );
    expect(entries.map((e) => e.id)).toEqual(['equity', 'vesting']);
    expect(html.match(/popovertarget="term-equity"/g)).toHaveLength(2);
  });

  it('names the button from the link’s text, escaped, and keeps the link’s markup and attributes', () => {
    const { html } = explain('<a href="/en/glossary/#equity" title="x"><em>"equity" &amp; co</em></a>');
    expect(html).toContain('<a class="term-link" href="/en/glossary/#equity" title="x" data-pagefind-ignore><em>"equity" &amp; co</em></a>');
    expect(html).toContain('aria-label="Show the definition of “&quot;equity&quot; &amp; co”"');
    expect(html).toContain('hidden><em>"equity" &amp; co</em></button>');
  });

  it('leaves other links alone: other pages, another locale’s glossary, the glossary page itself', () => {
    const other = '<a href="/en/guides/handover/">handover</a> <a href="/zh/glossary/#equity">股权</a> <a href="/en/glossary/">the glossary</a>';
    expect(explain(other)).toEqual({ html: other, entries: [] });
  });

  it('fails for a link to an anchor the glossary does not define, naming it', () => {
    expect(() => explain('<p>A <a href="/en/glossary/#unicron">unicorn</a>.</p>')).toThrow(/“unicorn” goes to \/en\/glossary\/#unicron/);
  });

  it('leaves an opening it cannot read as a whole link as it is', () => {
    const cut = '<a href="/en/glossary/#vesting">vesting</a> and <a href="/en/glossary/#equity"';
    const { html, entries } = explain(cut);
    expect(entries.map((e) => e.id)).toEqual(['vesting']);
    expect(html.endsWith('</button> and <a href="/en/glossary/#equity"')).toBe(true);
  });

  it('gives popovers ids of their own', () => {
    expect(termPopoverId('equity')).toBe('term-equity');
  });
});
