/**
 * Rules for the content files themselves: every guide and page exists in every
 * locale, sections carry the same anchors in the same order everywhere, and the
 * text follows each language's conventions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { markdownToPlainText, readingUnits } from '../../src/lib/reading-time';
import { entryFile, entrySlugs } from '../quality/content-files';

const contentDir = 'content';
const collections = ['guides', 'pages'] as const;

const slugsOf = (collection: string, locale: string) => entrySlugs(collection, locale, contentDir);

const read = (collection: string, locale: string, slug: string) => readFileSync(entryFile(collection, locale, slug, contentDir), 'utf8');

/** The `{#id}` of every `##` heading, in order. */
const sectionIds = (source: string) => [...source.matchAll(/^## .*\{#([\w-]+)\}\s*$/gm)].map((m) => m[1]);

const entries = collections.flatMap((collection) =>
  locales.flatMap((locale) => slugsOf(collection, locale).map((slug) => ({ collection, locale, slug }))),
);

describe.each(collections)('%s', (collection) => {
  const allSlugs = [...new Set(locales.flatMap((l) => slugsOf(collection, l)))].sort();

  it.each(locales)('every entry exists in %s', (locale) => {
    expect(slugsOf(collection, locale)).toEqual(allSlugs);
  });

  it.each(locales)('no entry in %s is both .md and .mdx (the two would share one id)', (locale) => {
    const slugs = slugsOf(collection, locale);
    expect(slugs.filter((slug, i) => slugs[i + 1] === slug)).toEqual([]);
  });

  it.each(allSlugs)('%s has the same section anchors, in the same order, in every locale', (slug) => {
    const english = sectionIds(read(collection, 'en', slug));
    for (const locale of locales) expect(sectionIds(read(collection, locale, slug)), locale).toEqual(english);
  });
});

describe('guide length', () => {
  // Body text a guide needs to be substantial: words for English and Vietnamese, characters for Chinese.
  const minimum = { en: 1000, vi: 1100, zh: 1600 } as const;
  const guides = entries.filter((e) => e.collection === 'guides');

  it.each(guides)('guides/$locale/$slug is substantial', ({ locale, slug }) => {
    expect(readingUnits(markdownToPlainText(read('guides', locale, slug)))).toBeGreaterThanOrEqual(minimum[locale]);
  });
});

describe('guide summaries', () => {
  const guides = entries.filter((e) => e.collection === 'guides');

  it.each(guides)('guides/$locale/$slug opens with an "In short" summary', ({ locale, slug }) => {
    const frontMatter = read('guides', locale, slug).split(/^---$/m)[1] ?? '';
    expect(frontMatter).toMatch(/^summary:\n(  - .+\n){2,4}/m);
  });
});

describe('text conventions', () => {
  it.each(entries)('$collection/$locale/$slug gives every heading an explicit anchor', ({ collection, locale, slug }) => {
    const headings = read(collection, locale, slug).match(/^#{2,6} .*$/gm) ?? [];
    expect(headings.filter((h) => !/\{#[\w-]+\}\s*$/.test(h))).toEqual([]);
  });

  it.each(entries)('$collection/$locale/$slug links only within its own locale', ({ collection, locale, slug }) => {
    const internal = [...read(collection, locale, slug).matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]!);
    expect(internal.filter((href) => !href.startsWith(`/${locale}/`))).toEqual([]);
  });

  it.each(entries.filter((e) => e.locale === 'zh'))('$collection/zh/$slug uses full-width punctuation', ({ collection, slug }) => {
    const text = markdownToPlainText(read(collection, 'zh', slug));
    expect(text.match(/.{0,6}(\p{Script=Han}[,.;:?!()]|[,;:?!(]\p{Script=Han}).{0,6}/gu) ?? []).toEqual([]);
  });

  it.each(entries.filter((e) => e.locale === 'vi'))('$collection/vi/$slug is in NFC', ({ collection, slug }) => {
    const text = read(collection, 'vi', slug);
    expect(text === text.normalize('NFC')).toBe(true);
  });
});

describe('glossary links', () => {
  const guides = entries.filter((e) => e.collection === 'guides');

  // A guide page shows each linked entry's definition in place (src/lib/glossary-links.ts),
  // so a link to an anchor the glossary lacks would also fail the build, later and slower.
  it.each(guides)('guides/$locale/$slug links only to entries its glossary defines', ({ locale, slug }) => {
    const defined = new Set(sectionIds(read('pages', locale, 'glossary')));
    const linked = [...read('guides', locale, slug).matchAll(/\/glossary\/#([^\s)"'>]*)/g)].map((m) => m[1]!);
    expect(linked.filter((id) => !defined.has(id))).toEqual([]);
  });
});
