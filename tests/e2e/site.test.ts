/**
 * Loads every built page once in Chromium and checks what every page must have:
 * language, one <h1> and <main>, metadata, reciprocal hreflang alternates, Open Graph,
 * links and #anchors that resolve, and no console error or CSP violation.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, localeInfo } from '../../src/i18n/locales';
import { builtPages, openPage, useBrowser } from './harness';

interface PageFacts {
  path: string;
  status: number;
  lang: string;
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  alternates: Record<string, string>;
  og: Record<string, string[]>;
  h1: number;
  main: number;
  ids: string[];
  links: string[];
  /** Visible text in the page's own language (elements marked with another `lang` left out). */
  ownText: string;
  problems: string[];
}

const browser = useBrowser();
const pages = builtPages();
const facts = new Map<string, PageFacts>();

beforeAll(async () => {
  const withScripts = await openPage(browser());
  // `/` sends a reader with JavaScript on to a locale: read it as served (chooser.test.ts covers its script).
  const withoutScripts = await openPage(browser(), { javaScriptEnabled: false });
  for (const path of pages) {
    const { page, problems } = path === '/' ? withoutScripts : withScripts;
    problems.length = 0;
    const response = await page.goto(path);
    const found = await page.evaluate(() => {
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
      const og: Record<string, string[]> = {};
      for (const tag of document.querySelectorAll('meta[property^="og:"]')) {
        const key = tag.getAttribute('property') ?? '';
        (og[key] ??= []).push(tag.getAttribute('content') ?? '');
      }
      const alternates: Record<string, string> = {};
      // The page in each language; a feed is an alternate of another type (feed-manifest.test.ts).
      for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]:not([type])')) {
        alternates[link.hreflang] = link.href;
      }
      const links = [
        ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[href]:not([rel="alternate"]):not([rel="canonical"])')].map((l) => l.href),
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
      ];
      const pageLang = document.documentElement.lang;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const ownText: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style') || !parent.checkVisibility()) continue;
        if (parent.closest('[lang]')?.getAttribute('lang') === pageLang) ownText.push(node.textContent ?? '');
      }
      return {
        ownText: ownText.join(' '),
        lang: pageLang,
        title: document.title,
        description: meta('meta[name="description"]'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        robots: meta('meta[name="robots"]'),
        alternates,
        og,
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main').length,
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        links,
      };
    });
    facts.set(path, { path, status: response?.status() ?? 0, ...found, problems: [...problems] });
  }
}, 300_000);

const localized = pages.filter((p) => /^\/(en|zh|vi)\//.test(p));
const siteOrigin = () => new URL(facts.get('/en/')?.canonical ?? 'http://invalid').origin;

describe('every page', () => {
  it('was built for every locale with the same paths', () => {
    const paths = (l: string) => localized.filter((p) => p.startsWith(`/${l}/`)).map((p) => p.slice(3)).sort();
    expect(localized.length).toBeGreaterThan(0);
    for (const l of locales) expect(paths(l)).toEqual(paths('en'));
  });

  it.each(pages)('%s has a language, one h1, one main, a title and a description', (path) => {
    const page = facts.get(path)!;
    expect(page.status).toBe(200);
    expect(page.lang).not.toBe('');
    expect(page.h1).toBe(1);
    expect(page.main).toBe(1);
    expect(page.title.trim()).not.toBe('');
    expect(page.description?.trim()).toBeTruthy();
  });

  it.each(localized)('%s declares its locale’s language and Open Graph locale', (path) => {
    const locale = locales.find((l) => path.startsWith(`/${l}/`))!;
    const page = facts.get(path)!;
    expect(page.lang).toBe(localeInfo[locale].htmlLang);
    expect(page.og['og:locale']).toEqual([localeInfo[locale].ogLocale]);
    expect(page.og['og:locale:alternate']?.sort()).toEqual(
      locales.filter((l) => l !== locale).map((l) => localeInfo[l].ogLocale).sort(),
    );
  });

  it.each(pages)('%s has Open Graph title, description, URL and type', (path) => {
    const page = facts.get(path)!;
    for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
      expect(page.og[key]?.[0]?.trim(), key).toBeTruthy();
    }
  });

  it.each(pages)('%s is canonical to itself, or not indexed', (path) => {
    const page = facts.get(path)!;
    if (page.robots?.includes('noindex')) {
      expect(page.canonical).toBeNull();
      return;
    }
    expect(page.canonical).toBe(new URL(path, siteOrigin()).href);
  });

  it.each(pages)('%s has no console error, uncaught exception or CSP violation', (path) => {
    expect(facts.get(path)!.problems).toEqual([]);
  });
});

describe('language', () => {
  const nonEnglish = localized.filter((p) => !p.startsWith('/en/'));

  it.each(nonEnglish)('%s shows no English phrase outside text marked as another language', (path) => {
    // Three or more plain-Latin words in a row that include an English function word: an English
    // phrase, not a name, an abbreviation or Vietnamese written without diacritics.
    const latinRun = /(?<!\p{L})[A-Za-z]+(?:[ -][A-Za-z]+){2,}(?!\p{L})/gu;
    const englishWord = /\b(the|and|of|is|are|for|with|your|you|this|that|from|by|or|not|will|what|how|when|why)\b/i;
    const phrases = (facts.get(path)!.ownText.match(latinRun) ?? []).filter((run) => englishWord.test(run));
    expect(phrases).toEqual([]);
  });
});

describe('hreflang alternates', () => {
  it.each(localized.filter((p) => !facts.get(p)?.robots))('%s links every locale and x-default, reciprocally', (path) => {
    const page = facts.get(path)!;
    const expected = [...locales.map((l) => localeInfo[l].htmlLang), 'x-default'].sort();
    expect(Object.keys(page.alternates).sort()).toEqual(expected);
    expect(page.alternates['x-default']).toBe(page.alternates['en']);
    for (const l of locales) {
      const target = new URL(page.alternates[localeInfo[l].htmlLang]!);
      expect(target.origin).toBe(siteOrigin());
      const other = facts.get(target.pathname);
      expect(other, `${target.pathname} exists`).toBeDefined();
      expect(new URL(other!.alternates[page.lang]!).pathname, `${target.pathname} links back`).toBe(path);
    }
  });
});

describe('links', () => {
  it.each(pages)('every internal link, asset and #anchor on %s resolves', (path) => {
    const page = facts.get(path)!;
    const broken: string[] = [];
    for (const href of page.links) {
      const url = new URL(href);
      if (!url.host.startsWith('127.0.0.1')) continue;
      const target = facts.get(url.pathname);
      if (!target) {
        const asset = `dist${decodeURIComponent(url.pathname)}`;
        try {
          readFileSync(asset);
        } catch {
          broken.push(href);
        }
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !target.ids.includes(anchor)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});

describe('crawler files', () => {
  it('robots.txt points to the sitemap', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });

  it('the sitemap lists every indexable localized page with its alternates', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    for (const path of localized.filter((p) => !facts.get(p)?.robots)) {
      expect(sitemap).toContain(`<loc>${new URL(path, siteOrigin()).href}</loc>`);
    }
    for (const l of locales) expect(sitemap).toContain(`hreflang="${localeInfo[l].htmlLang}"`);
  });
});
