/**
 * A reader goes through every guide in order with the pagination links alone: Next from
 * the first guide of the first track reaches every guide once, crossing into the next
 * track, and Previous walks the same way back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { trackIds } from '../../src/data/catalog';
import { locales, type Locale } from '../../src/i18n/locales';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

/** Guides in reading order, with their paths and tracks read from the content files' front matter. */
function expectedOrder(locale: Locale): { path: string; track: string }[] {
  const folder = join('content', 'guides', locale);
  return readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const frontMatter = parse(readFileSync(join(folder, file), 'utf8').split(/^---$/m)[1]!) as { track: string; order: number };
      return { path: `/${locale}/guides/${file.replace(/\.mdx?$/, '')}/`, ...frontMatter };
    })
    .sort((a, b) => trackIds.indexOf(a.track as never) - trackIds.indexOf(b.track as never) || a.order - b.order);
}

describe.each(locales)('reading order in %s', (locale) => {
  const guides = expectedOrder(locale);
  const order = guides.map((guide) => guide.path);

  it('Next walks every guide once, in track order, across tracks; Previous walks back', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(order[0]!);
    const pagination = page.locator('nav.pagination');
    await expect(pagination.locator('a[rel="prev"]').count()).resolves.toBe(0);

    const forward = [new URL(page.url()).pathname];
    while ((await pagination.locator('a[rel="next"]').count()) > 0) {
      await pagination.locator('a[rel="next"]').click();
      await page.waitForURL((url) => url.pathname !== forward.at(-1));
      forward.push(new URL(page.url()).pathname);
      expect(forward.length, 'Next must end').toBeLessThanOrEqual(order.length);
    }
    expect(forward).toEqual(order);

    const backward = [new URL(page.url()).pathname];
    while ((await pagination.locator('a[rel="prev"]').count()) > 0) {
      await pagination.locator('a[rel="prev"]').click();
      await page.waitForURL((url) => url.pathname !== backward.at(-1));
      backward.push(new URL(page.url()).pathname);
      expect(backward.length, 'Previous must end').toBeLessThanOrEqual(order.length);
    }
    expect(backward).toEqual([...order].reverse());
    expect(problems).toEqual([]);
  }, 180_000);

  it('names the track a link leads into when it leaves the current one', async () => {
    const { page } = await openPage(browser());
    const lastOfFirstTrack = guides.findLast((guide) => guide.track === trackIds[0])!.path;
    await page.goto(lastOfFirstTrack);
    const next = page.locator('nav.pagination a[rel="next"]');
    const firstGuideOfNextTrack = order[order.indexOf(lastOfFirstTrack) + 1]!;
    await expect(next.getAttribute('href')).resolves.toBe(firstGuideOfNextTrack);
    const nextTrackName = await page.goto(firstGuideOfNextTrack).then(() => page.locator('.guide-header .track a').innerText());
    await page.goto(lastOfFirstTrack);
    await expect(next.innerText()).resolves.toContain(nextTrackName);
  });
});
