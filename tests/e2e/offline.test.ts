/**
 * The site offline (issue 16, part 3), in Chromium with the service worker allowed (other
 * files run without it, see tests/e2e/harness.ts): a visited page reads offline; in each
 * locale the home page's control shows the download size, keeps the language, and then an
 * unvisited page opens and a search finds its page with the network off, until the reader
 * removes the language again; a new worker
 * brings the "updated" notice, and its Reload moves the page to the new version's caches.
 * One context per test; the worker and its caches live and die with it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeInfo, type Locale } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translate';
import { formatBytes, type OfflineSet } from '../../src/lib/offline';
import { axeViolations, openPage, useBrowser } from './harness';

const browser = useBrowser();
const withWorker = { serviceWorkers: 'allow' } as const;
/** The worker stores the shell and whole languages: give it time on a busy machine. */
const slow = { timeout: 30_000 };

/** Resolves once the service worker controls the page (the first one claims it when it activates). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** A query per locale as a reader types it, and the page it must find (tests/e2e/search.test.ts has more). */
const searches: Record<Locale, { query: string; expected: string; unvisited: string }> = {
  en: { query: 'handovers', expected: '/en/guides/handover/', unvisited: '/en/faq/' },
  zh: { query: '交接计划', expected: '/zh/guides/handover/', unvisited: '/zh/faq/' },
  vi: { query: 'ban giao', expected: '/vi/guides/handover/', unvisited: '/vi/faq/' },
};

describe('offline reading', () => {
  it('serves a visited page with the network off, and only what was visited', async () => {
    const { page, problems } = await openPage(browser(), withWorker);
    await page.goto('/en/guides/first-two-years/');
    await controlled(page);
    // The first page was open before the worker: it stores it when it activates.
    await expect.poll(async () => (await page.evaluate(() => caches.match('/en/guides/first-two-years/'))) !== undefined, slow).toBe(true);
    await page.goto('/en/guides/');
    const guidesTitle = await page.locator('h1').textContent();

    await page.context().setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(guidesTitle);
    await page.goto('/en/guides/first-two-years/');
    // Its stylesheet came from the worker's shell too.
    expect(await page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position)).toBe('absolute');
    expect(await page.locator('h1').textContent()).toBe(readH1('en/guides/first-two-years'));
    await expect(page.goto('/en/faq/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
    expect(problems).toEqual([]);
  });
});

function readH1(path: string): string {
  const html = readFileSync(`dist/${path}/index.html`, 'utf8');
  return (html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').replace(/<[^>]+>/g, '');
}

describe.each(Object.entries(searches) as [Locale, (typeof searches)[Locale]][])('keep %s offline', (locale, { query, expected, unvisited }) => {
  it('shows the size, downloads the language, opens an unvisited page and searches offline, and removes it', { timeout: 120_000 }, async () => {
    const { page, problems } = await openPage(browser(), withWorker);
    const t = translator(locale);
    const set = JSON.parse(readFileSync(`dist/offline/${locale}.json`, 'utf8')) as OfflineSet;
    await page.goto(`/${locale}/`);
    const control = page.locator('#keep-offline');
    await control.scrollIntoViewIfNeeded();
    const size = t('offline.size').replace('{size}', formatBytes(set.bytes, localeInfo[locale].intlLocale));
    await expect.poll(() => control.locator('.size').textContent(), slow).toBe(size);
    const keep = control.getByRole('button', { name: t('offline.keep') });
    await expect.poll(() => keep.isEnabled(), slow).toBe(true);
    await keep.click();
    await expect.poll(() => control.getByRole('status').textContent(), slow).toBe(t('offline.kept'));
    expect(await control.locator('progress').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('offline.remove'));
    expect(await axeViolations(page, '#keep-offline')).toEqual([]);

    await page.context().setOffline(true);
    const response = await page.goto(unvisited);
    expect(response?.ok()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(readH1(unvisited.slice(1, -1)));

    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const firstHit = page.locator('.search-results li').first();
    await firstHit.waitFor(slow);
    expect((await firstHit.textContent())?.trim()).not.toBe('');
    const links = await page.locator('.search-hit').evaluateAll((hits) => hits.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.slice(0, 3)).toContain(expected);

    // Removing the language: its download goes, and its unvisited pages no longer open offline.
    await page.context().setOffline(false);
    await page.goto(`/${locale}/`);
    await control.scrollIntoViewIfNeeded();
    const remove = control.getByRole('button', { name: t('offline.remove') });
    await expect.poll(() => remove.isVisible(), slow).toBe(true);
    await remove.click();
    await expect.poll(() => control.getByRole('status').textContent(), slow).toBe(t('offline.removed'));
    expect(await keep.isVisible()).toBe(true);
    expect((await cacheNames(page)).some((name) => name.endsWith(`-offline-${locale}`))).toBe(false);
    await page.context().setOffline(true);
    await expect(page.goto(unvisited)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
    expect(problems).toEqual([]);
  });
});

/**
 * The built site on a port of its own, with a worker script the test can replace: the next
 * deployment. (Playwright's routes do not see the browser's fetch of a worker's script.)
 */
async function deployment(): Promise<{ origin: string; deploy(worker: string): void; close(): Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  let worker = readFileSync('dist/sw.js', 'utf8');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/sw.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
      return;
    }
    const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    deploy: (next) => {
      worker = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('a new deployment', () => {
  it('shows the updated notice, and Reload moves the page to the new version alone', async () => {
    const site = await deployment();
    try {
      const { page, problems } = await openPage(browser(), { ...withWorker, baseURL: site.origin });
      const t = translator('vi');
      await page.goto('/vi/guides/first-two-years/');
      await controlled(page);
      await page.reload();
      const before = await cacheNames(page);
      expect(before.length).toBeGreaterThan(0);

      // The same worker with one file's revision changed, as a rebuild with an edited page writes it.
      const worker = readFileSync('dist/sw.js', 'utf8');
      const next = worker.replace(/[0-9a-f]+(","url":"\/offline\/vi\.json")/, 'f00d$1');
      expect(next).not.toBe(worker);
      site.deploy(next);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      // It installs beside the worker in charge and waits; the next page opened says so.
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state), slow).toBe('installed');
      await page.goto('/vi/guides/');

      const notice = page.getByRole('status').filter({ hasText: t('offline.updated') });
      await notice.waitFor(slow);
      expect(await axeViolations(page, '.update-notice')).toEqual([]);
      // The page keeps the worker it was loaded with until the reader reloads.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
      expect(await cacheNames(page)).toEqual(expect.arrayContaining(before));
      await Promise.all([page.waitForEvent('load', slow), notice.getByRole('button', { name: t('offline.reload') }).click()]);

      const after = await cacheNames(page);
      const versions = (names: string[]) => [...new Set(names.map((name) => name.split('-')[2]))];
      expect(versions(after)).toHaveLength(1);
      expect(versions(after)).not.toEqual(versions(before));
      expect(after.some((name) => name.endsWith('-pages'))).toBe(true);
      expect(await page.getByText(t('offline.updated')).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
