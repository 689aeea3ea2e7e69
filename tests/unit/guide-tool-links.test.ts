/**
 * Links that open a calculator with some inputs already set ([text](/locale/tools/id/?v=1&…)
 * without `figure=`): a guide uses them to show the reader a setting, such as a part-time
 * CTO for two days a week, and quotes no number from the result. Figures go through
 * `figure=` links instead (tests/unit/guide-figures.test.ts). A parameter the tool does not
 * read would be dropped in silence by the page, so every name and value must be one the
 * tool reads, in the currency of the guide's locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolIds, type ToolId } from '../../src/data/catalog';
import { toolDefaults } from '../../src/data/tool-defaults';
import { toolChoices, toolParams } from '../../src/data/tool-params';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { toolFields } from '../../src/lib/cost/fields';
import { decodeState } from '../../src/lib/share-state';

interface PresetLink {
  file: string;
  slug: string;
  locale: Locale;
  text: string;
  href: string;
}

const contentRoot = join(import.meta.dirname, '../../content');
const toolLink = /\[([^\]]+)\]\((\/(?:en|zh|vi)\/tools\/[a-z-]+\/\?[^)\s]+)\)/g;
const presets: PresetLink[] = ['guides', 'pages'].flatMap((kind) =>
  locales.flatMap((locale) =>
    readdirSync(join(contentRoot, kind, locale))
      .filter((name) => /\.mdx?$/.test(name))
      .flatMap((name) =>
        [...readFileSync(join(contentRoot, kind, locale, name), 'utf8').matchAll(toolLink)]
          .filter(([, , href]) => !new URLSearchParams(href!.split('?')[1]).has('figure'))
          .map(([, text, href]) => ({ file: `${kind}/${locale}/${name}`, slug: name.replace(/\.mdx?$/, ''), locale, text: text!, href: href! })),
      ),
  ),
);

/** A link's query without its currency, which differs by locale. */
const settings = (href: string) => {
  const params = new URLSearchParams(href.split('?')[1]);
  params.delete('cur');
  return params.toString();
};

describe('links that preset a calculator’s inputs', () => {
  it.each(presets.map((p) => [p.file, p.text, p] as const))('%s: “%s” sets only inputs the tool reads', (_file, _text, { locale, text, href }) => {
    const url = new URL(href, 'https://example.org');
    const [, linkLocale, , tool] = url.pathname.split('/') as [string, Locale, string, ToolId];
    expect(linkLocale, 'a guide links to the tool in its own language').toBe(locale);
    expect(toolIds).toContain(tool);
    expect(url.searchParams.get('v'), 'the link names its version').toBe('1');
    expect(url.searchParams.get('cur'), 'the link opens in the locale’s currency').toBe(localeInfo[locale].currency);
    const known = new Set<string>(['v', ...toolParams[tool], ...Object.keys(toolChoices[tool])]);
    const unknown = [...url.searchParams.keys()].filter((name) => !known.has(name));
    expect(unknown, 'parameters the tool would ignore').toEqual([]);
    const decoded = decodeState(url.search, toolFields[tool], (c) => ({ ...toolDefaults[tool][c] }), localeInfo[locale].currency, toolChoices[tool]);
    expect(decoded.rejected, 'values the tool would replace by its examples').toEqual([]);
    // A number in the text would be a figure the test of quoted figures never checks.
    expect(text, 'a preset link quotes no number').not.toMatch(/\d/);
  });

  it('include the pricing-models guide’s link for each way of paying, the same in every locale', () => {
    const of = (locale: Locale) => presets.filter((p) => p.locale === locale && p.slug === 'pricing-models').map((p) => settings(p.href));
    const english = of('en');
    for (const locale of locales) expect(of(locale), locale).toEqual(english);
    const links = english.map((query) => new URLSearchParams(query));
    const has = (check: (params: URLSearchParams) => boolean) => links.some(check);
    // Monthly retainer: a full seat.
    expect(has((p) => p.get('svcMode') === 'seat')).toBe(true);
    // Day rate: part-time, some days a week.
    expect(has((p) => p.get('svcMode') === 'fractional' && p.has('svcDaysPerWeek') && !p.has('svcMonths'))).toBe(true);
    // Project fee: part-time for the project's length, without a bonus.
    expect(has((p) => p.get('svcMode') === 'fractional' && p.has('svcMonths') && p.get('svcBonusCash') === '0')).toBe(true);
    // Advisor equity: no cash at all, equity certain, counted in the economic view.
    expect(has((p) => p.get('view') === 'economic' && p.get('svcDayRate') === '0' && p.get('svcBonusChancePct') === '100')).toBe(true);
    // Success bonus: the economic view, so that an equity bonus counts.
    expect(has((p) => p.get('view') === 'economic' && !p.has('svcMode'))).toBe(true);
  });
});
