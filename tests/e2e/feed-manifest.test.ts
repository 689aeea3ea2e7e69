/**
 * Each locale's Atom feed and web app manifest, read as a feed reader and a phone's browser
 * read them: the feed through Chromium's XML parser (which rejects a document that is not
 * well-formed) against the guides on disk, every entry opened; the manifest through
 * Chromium's own manifest reader and installability check, its icons by their PNG headers.
 */
import { readFileSync } from 'node:fs';
import type { APIResponse, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { appColours } from '../../src/data/web-app';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { entryFile, entrySlugs } from '../quality/content-files';
import { openPage, sharedPage, useBrowser } from './harness';

const browser = useBrowser();

interface GuideOnDisk {
  path: string;
  title: string;
  description: string;
  updated: string;
}

/** The locale's guides as their front matter gives them. */
function guidesOnDisk(locale: Locale): GuideOnDisk[] {
  return entrySlugs('guides', locale).map((slug) => {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(entryFile('guides', locale, slug), 'utf8'))?.[1] ?? '';
    const data = parseYaml(frontMatter) as { title: string; description: string; updated: string };
    return { path: `/${locale}/guides/${slug}/`, title: data.title, description: data.description, updated: String(data.updated) };
  });
}

interface FeedLinkFacts {
  rel: string | null;
  type: string | null;
  href: string | null;
}

interface ParsedFeed {
  /** Chromium's parser error, when the text is not well-formed XML. */
  error: string | null;
  namespace: string | null;
  lang: string | null;
  /** Each child element's text, by name, for the elements Atom requires of a feed. */
  id: string | null;
  title: string | null;
  updated: string | null;
  author: string | null;
  links: FeedLinkFacts[];
  entries: { id: string | null; title: string | null; updated: string | null; summary: string | null; links: FeedLinkFacts[] }[];
}

/** Parses the feed with the browser's XML parser and reads it as the Atom namespace defines it. */
function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((text) => {
    const atom = 'http://www.w3.org/2005/Atom';
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
    const root = doc.documentElement;
    const children = (parent: Element, name: string) => [...parent.children].filter((c) => c.namespaceURI === atom && c.localName === name);
    const child = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? null;
    const links = (parent: Element) =>
      children(parent, 'link').map((l) => ({ rel: l.getAttribute('rel'), type: l.getAttribute('type'), href: l.getAttribute('href') }));
    const author = children(root, 'author')[0];
    return {
      error,
      namespace: root.namespaceURI === atom && root.localName === 'feed' ? atom : `${root.namespaceURI} ${root.localName}`,
      lang: root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
      id: child(root, 'id'),
      title: child(root, 'title'),
      updated: child(root, 'updated'),
      author: author ? child(author, 'name') : null,
      links: links(root),
      entries: children(root, 'entry').map((entry) => ({
        id: child(entry, 'id'),
        title: child(entry, 'title'),
        updated: child(entry, 'updated'),
        summary: child(entry, 'summary'),
        links: links(entry),
      })),
    };
  }, xml);
}

/** RFC 3339 date-time (section 5.6), which Atom's date constructs must follow. */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The path of an absolute URL on the site's public origin, which the preview serves. */
const sitePath = (href: string | null | undefined) => new URL(href ?? 'about:blank').pathname;

const alternateHref = (links: FeedLinkFacts[]) => links.find((l) => l.rel === 'alternate' || l.rel === null)?.href;

async function fetchFeed(page: Page, locale: Locale): Promise<ParsedFeed> {
  const response = await page.request.get(`/${locale}/feed.xml`);
  expect(response.status()).toBe(200);
  return parseFeed(page, await response.text());
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
async function pngSize(response: APIResponse): Promise<string> {
  const bytes = await response.body();
  expect(bytes.subarray(0, 8).toString('hex'), `${response.url()} is a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe.each(locales)('the %s feed', (locale) => {
  const t = dictionaries[locale];
  const { htmlLang } = localeInfo[locale];

  it('is well-formed Atom with what Atom requires, in the locale’s language', async () => {
    const { page } = await sharedPage(browser());
    const feed = await fetchFeed(page, locale);
    expect(feed.error).toBeNull();
    expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(feed.lang).toBe(htmlLang);
    expect(feed.title).toBe(t['feed.title']);
    expect(feed.author).toBe(t['site.name']);
    expect(feed.id).toMatch(/^https?:\/\//);
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.links.find((l) => l.rel === 'self')).toMatchObject({ type: 'application/atom+xml' });
    expect(sitePath(feed.links.find((l) => l.rel === 'self')?.href)).toBe(`/${locale}/feed.xml`);
    expect(sitePath(alternateHref(feed.links))).toBe(`/${locale}/guides/`);
    for (const entry of feed.entries) {
      expect(entry.id, entry.title ?? '').toMatch(/^https?:\/\//);
      expect(entry.title?.trim()).toBeTruthy();
      expect(entry.updated).toMatch(rfc3339);
      expect(entry.summary?.trim()).toBeTruthy();
      expect(alternateHref(entry.links)).toMatch(/^https?:\/\//);
    }
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  });

  it('has every guide of the locale as an entry, with its title, summary and date, newest first', async () => {
    const { page } = await sharedPage(browser());
    const feed = await fetchFeed(page, locale);
    const guides = guidesOnDisk(locale);
    const entries = feed.entries.map((e) => ({ path: sitePath(alternateHref(e.links)), title: e.title, description: e.summary, updated: e.updated }));
    const expected = guides.map((g) => ({ ...g, updated: `${g.updated}T00:00:00Z` }));
    expect(guides.length).toBeGreaterThan(10);
    expect([...entries].sort((a, b) => a.path.localeCompare(b.path))).toEqual(expected.sort((a, b) => a.path.localeCompare(b.path)));
    const dates = entries.map((e) => e.updated ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
  });

  it('links every entry to a page that opens in the feed’s language', async () => {
    const { page } = await sharedPage(browser());
    const feed = await fetchFeed(page, locale);
    // One at a time: sent all at once, they failed a run on a machine at load average 15.
    const opened: string[] = [];
    for (const entry of feed.entries) {
      const response = await page.request.get(sitePath(alternateHref(entry.links)));
      const lang = /<html[^>]*\slang="([^"]*)"/.exec(await response.text())?.[1];
      opened.push(`${sitePath(alternateHref(entry.links))} ${response.status()} ${lang}`);
    }
    expect(opened.length).toBeGreaterThan(10);
    expect(opened.filter((line) => !line.endsWith(` 200 ${htmlLang}`))).toEqual([]);
  });

  it('is announced in a guide’s head and linked from its footer, which opens it', async () => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(guidesOnDisk(locale)[0]!.path);
    const announced = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) =>
      links.map((l) => ({ hreflang: l.getAttribute('hreflang'), title: l.getAttribute('title'), href: l.getAttribute('href') })),
    );
    expect(announced.map((a) => ({ ...a, href: sitePath(a.href) }))).toEqual([{ hreflang: htmlLang, title: t['feed.title'], href: `/${locale}/feed.xml` }]);
    const link = page.getByRole('contentinfo').getByRole('link', { name: t['footer.feed'] });
    await expect(link.isVisible()).resolves.toBe(true);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/${locale}/feed.xml`)), link.click()]);
    expect(response.status()).toBe(200);
    await page.waitForURL(`**/${locale}/feed.xml`);
    expect(problems).toEqual([]);
  });
});

describe('the language chooser at /', () => {
  it('announces every locale’s feed, each in its language', async () => {
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto('/');
    const announced = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) =>
      links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('title'), l.getAttribute('href')] as const),
    );
    expect(announced.map(([hreflang, title, href]) => [hreflang, title, sitePath(href)])).toEqual(
      locales.map((l) => [localeInfo[l].htmlLang, dictionaries[l]['feed.title'], `/${l}/feed.xml`]),
    );
  });
});

describe.each(locales)('the %s web app manifest', (locale) => {
  const t = dictionaries[locale];
  const home = `/${locale}/`;

  /** The manifest the locale's home links, as JSON, with the addresses it was read from. */
  async function linkedManifest(page: Page) {
    await page.goto(home);
    const href = await page.locator('head link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(href ?? '', page.url()).href;
    const response = await page.request.get(manifestUrl);
    expect(response.status()).toBe(200);
    return { manifestUrl, manifest: (await response.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose?: string }[] } };
  }

  it('names the locale’s edition in its language and starts and stays at its home', async () => {
    const { page } = await sharedPage(browser());
    const { manifestUrl, manifest } = await linkedManifest(page);
    expect(new URL(manifestUrl).pathname).toBe(`/${locale}/manifest.webmanifest`);
    expect(manifest).toMatchObject({ name: t['site.name'], short_name: t['app.shortName'], lang: localeInfo[locale].htmlLang, dir: 'ltr', display: 'standalone' });
    expect(manifest).toMatchObject({ background_color: appColours.background, theme_color: appColours.theme });
    for (const key of ['id', 'start_url', 'scope']) expect(new URL(String(manifest[key]), manifestUrl).pathname, key).toBe(home);
    const start = await page.request.get(new URL(String(manifest['start_url']), manifestUrl).href);
    expect(start.status()).toBe(200);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });

  it('serves each icon, and the page’s apple-touch-icon, as a PNG of the size it states', async () => {
    const { page } = await sharedPage(browser());
    const { manifestUrl, manifest } = await linkedManifest(page);
    const apple = await page.locator('head link[rel="apple-touch-icon"]').getAttribute('href');
    const icons = [...manifest.icons.map((i) => ({ url: new URL(i.src, manifestUrl).href, sizes: i.sizes, type: i.type })), { url: new URL(apple ?? '', page.url()).href, sizes: '180x180', type: 'image/png' }];
    for (const icon of icons) {
      const response = await page.request.get(icon.url);
      expect(response.status(), icon.url).toBe(200);
      expect(response.headers()['content-type'], icon.url).toBe(icon.type);
      await expect(pngSize(response), icon.url).resolves.toBe(icon.sizes);
    }
  });

  it('is read by Chromium without an error or a CSP violation, and the page is installable', async () => {
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`));
    });
    await page.goto(home);
    const cdp = await page.context().newCDPSession(page);
    const read = await cdp.send('Page.getAppManifest');
    expect(read.errors).toEqual([]);
    expect(new URL(read.url || 'about:blank').pathname).toBe(`/${locale}/manifest.webmanifest`);
    expect(JSON.parse(read.data ?? 'null')).toMatchObject({ lang: localeInfo[locale].htmlLang });
    // Playwright's contexts are off the record, where Chromium never offers to install.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    const { appId } = await cdp.send('Page.getAppId');
    expect(appId).toBe(new URL(home, page.url()).href);
    await expect(page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });
});
