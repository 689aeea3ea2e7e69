import { parse, valid, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, rfc3339, type AtomEntry, type AtomFeed } from '../../src/lib/atom';

const entry = (slug: string, updated: string, title = `Guide ${slug}`): AtomEntry => ({
  url: `https://example.com/en/guides/${slug}/`,
  title,
  summary: `About ${slug}.`,
  updated: new Date(updated),
  category: { term: 'ceo-and-cto', label: 'CEO and CTO' },
});

const feed = (entries: AtomEntry[], overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  lang: 'en',
  title: 'CTO Handbook: new and updated guides',
  subtitle: 'Guides for founders.',
  author: 'CTO Handbook',
  selfUrl: 'https://example.com/en/feed.xml',
  alternateUrl: 'https://example.com/en/guides/',
  entries,
  ...overrides,
});

/** XML names keep their case and no element is void, so `<link/>` closes itself. */
const xmlOptions = { lowerCaseTagName: false, voidTag: { tags: [] as string[] } };
const read = (xml: string): HTMLElement => {
  expect(valid(xml, xmlOptions), 'every element closed in order').toBe(true);
  return parse(xml, xmlOptions);
};
const childText = (parent: HTMLElement, name: string) => parent.childNodes.find((n) => (n as HTMLElement).rawTagName === name)?.text;

describe('escapeXml', () => {
  it('escapes the five characters XML gives meaning to', () => {
    expect(escapeXml(`AT&T <b> "quoted" 'single'`)).toBe('AT&amp;T &lt;b&gt; &quot;quoted&quot; &apos;single&apos;');
  });

  it('escapes an ampersand that already starts an entity, so the text reads back as written', () => {
    expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('keeps Chinese, Vietnamese, typographic quotes and emoji as they are', () => {
    const text = 'CTO 即服务：“Cẩm nang” — 📈';
    expect(escapeXml(text)).toBe(text);
  });

  it('refuses characters XML 1.0 cannot hold, naming the code point', () => {
    expect(() => escapeXml('bell\u0007')).toThrow(/U\+0007/);
    expect(() => escapeXml('half \uD83D pair')).toThrow(/U\+D83D/);
    expect(() => escapeXml('\uFFFE')).toThrow(/U\+FFFE/);
    expect(escapeXml('tab\tline\ncarriage\r')).toBe('tab\tline\ncarriage\r');
  });
});

describe('rfc3339', () => {
  it('writes a date as an RFC 3339 date-time in UTC, to the second', () => {
    expect(rfc3339(new Date('2026-11-22'))).toBe('2026-11-22T00:00:00Z');
    expect(rfc3339(new Date('2026-01-05T08:09:10.123+07:00'))).toBe('2026-01-05T01:09:10Z');
    expect(rfc3339(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31T23:59:59Z');
  });
});

describe('atomFeed', () => {
  it('writes the elements Atom requires of a feed and of each entry', () => {
    const root = read(atomFeed(feed([entry('a', '2026-11-20')])));
    const doc = root.querySelector('feed')!;
    expect(doc.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(doc.getAttribute('xml:lang')).toBe('en');
    expect(childText(doc, 'id')).toBe('https://example.com/en/feed.xml');
    expect(childText(doc, 'title')).toBe('CTO Handbook: new and updated guides');
    expect(childText(doc, 'subtitle')).toBe('Guides for founders.');
    expect(childText(doc, 'updated')).toBe('2026-11-20T00:00:00Z');
    expect(root.querySelector('feed > author > name')?.text).toBe('CTO Handbook');
    const links = doc.childNodes.filter((n) => (n as HTMLElement).rawTagName === 'link') as HTMLElement[];
    expect(links.map((l) => [l.getAttribute('rel'), l.getAttribute('type'), l.getAttribute('href')])).toEqual([
      ['self', 'application/atom+xml', 'https://example.com/en/feed.xml'],
      ['alternate', 'text/html', 'https://example.com/en/guides/'],
    ]);
    const item = root.querySelector('entry')!;
    expect(childText(item, 'id')).toBe('https://example.com/en/guides/a/');
    expect(childText(item, 'title')).toBe('Guide a');
    expect(childText(item, 'updated')).toBe('2026-11-20T00:00:00Z');
    expect(childText(item, 'summary')).toBe('About a.');
    expect(item.querySelector('link')?.getAttribute('rel')).toBe('alternate');
    expect(item.querySelector('link')?.getAttribute('href')).toBe('https://example.com/en/guides/a/');
    expect(item.querySelector('category')?.getAttribute('term')).toBe('ceo-and-cto');
    expect(item.querySelector('category')?.getAttribute('label')).toBe('CEO and CTO');
  });

  it('writes a one-entry feed exactly so, two spaces a level, ending with a line break', () => {
    expect(atomFeed(feed([entry('a', '2026-11-20')]))).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        '  <id>https://example.com/en/feed.xml</id>',
        '  <title>CTO Handbook: new and updated guides</title>',
        '  <subtitle>Guides for founders.</subtitle>',
        '  <updated>2026-11-20T00:00:00Z</updated>',
        '  <author><name>CTO Handbook</name></author>',
        '  <link rel="self" type="application/atom+xml" href="https://example.com/en/feed.xml"/>',
        '  <link rel="alternate" type="text/html" href="https://example.com/en/guides/"/>',
        '  <entry>',
        '    <id>https://example.com/en/guides/a/</id>',
        '    <title>Guide a</title>',
        '    <updated>2026-11-20T00:00:00Z</updated>',
        '    <link rel="alternate" type="text/html" href="https://example.com/en/guides/a/"/>',
        '    <summary>About a.</summary>',
        '    <category term="ceo-and-cto" label="CEO and CTO"/>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('starts with the XML declaration', () => {
    expect(atomFeed(feed([entry('a', '2026-11-20')]))).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed /);
  });

  it('escapes &, < and quotes in texts and attributes, and they read back as written', () => {
    const hostile = `Salary & equity: <b>"more"</b> isn't 'all'`;
    const xml = atomFeed(
      feed(
        [{ ...entry('a', '2026-11-20', hostile), summary: hostile, url: 'https://example.com/en/guides/a/?x=1&y="2"', category: { term: `t&"'`, label: hostile } }],
        { title: hostile, author: hostile, selfUrl: 'https://example.com/feed.xml?a=1&b=<2>' },
      ),
    );
    // Every & begins one of XML's predefined entities, and no < opens anything but markup.
    expect(xml.match(/&(?!(amp|lt|gt|quot|apos);)/g)).toBeNull();
    expect(xml).not.toContain('<b>');
    const root = read(xml);
    expect(childText(root.querySelector('feed')!, 'title')).toBe(hostile);
    expect(root.querySelector('feed > author > name')?.text).toBe(hostile);
    expect(root.querySelector('feed > link')?.getAttribute('href')).toBe('https://example.com/feed.xml?a=1&b=<2>');
    const item = root.querySelector('entry')!;
    expect([childText(item, 'title'), childText(item, 'summary')]).toEqual([hostile, hostile]);
    expect(childText(item, 'id')).toBe('https://example.com/en/guides/a/?x=1&y="2"');
    expect(item.querySelector('link')?.getAttribute('href')).toBe('https://example.com/en/guides/a/?x=1&y="2"');
    expect(item.querySelector('category')?.getAttribute('term')).toBe(`t&"'`);
    expect(item.querySelector('category')?.getAttribute('label')).toBe(hostile);
  });

  it('lists entries newest first, same-day entries by URL, and dates the feed by the newest', () => {
    const xml = atomFeed(
      feed([entry('old', '2026-01-02'), entry('b-same', '2026-11-22'), entry('newest', '2026-11-30'), entry('a-same', '2026-11-22')]),
    );
    const root = read(xml);
    expect(root.querySelectorAll('entry').map((e) => childText(e, 'title'))).toEqual(['Guide newest', 'Guide a-same', 'Guide b-same', 'Guide old']);
    expect(root.querySelectorAll('entry').map((e) => childText(e, 'updated'))).toEqual([
      '2026-11-30T00:00:00Z',
      '2026-11-22T00:00:00Z',
      '2026-11-22T00:00:00Z',
      '2026-01-02T00:00:00Z',
    ]);
    expect(childText(root.querySelector('feed')!, 'updated')).toBe('2026-11-30T00:00:00Z');
  });

  it('orders same-day entries by URL whichever order they come in', () => {
    const titles = (slugs: string[]) =>
      read(atomFeed(feed(slugs.map((slug) => entry(slug, '2026-11-22')))))
        .querySelectorAll('entry')
        .map((e) => childText(e, 'title'));
    expect(titles(['a', 'b', 'c'])).toEqual(['Guide a', 'Guide b', 'Guide c']);
    expect(titles(['c', 'b', 'a'])).toEqual(['Guide a', 'Guide b', 'Guide c']);
  });

  it('leaves the entries it was given in their order', () => {
    const entries = [entry('old', '2026-01-02'), entry('new', '2026-11-30')];
    atomFeed(feed(entries));
    expect(entries.map((e) => e.title)).toEqual(['Guide old', 'Guide new']);
  });

  it('refuses a feed with no entry, which would have no date', () => {
    expect(() => atomFeed(feed([]))).toThrow(/no entries/);
  });
});
