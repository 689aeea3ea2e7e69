/**
 * Two languages side by side (issue 16): a guide's offer opens the other locale's guide with
 * `?with=` naming the reader's, and that page composes both, section beside section. Read as
 * a reader would, once per locale (each locale reading beside the next one): click, read
 * two columns at 1280 px and interleaved sections at 390 px, follow a `#section` link, open
 * a glossary term of the fetched column, go back; and without JavaScript, a failed fetch and
 * a nonsense `with`.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translate';
import { pairedId } from '../../src/lib/side-by-side';
import { axeViolations, openPage, useBrowser } from './harness';

const browser = useBrowser();
const desktop = { viewport: { width: 1280, height: 800 } };
/** The guide with the most glossary links, and a quiz embedded. */
const slug = 'cto-as-a-service';
const guide = (locale: Locale) => `/${locale}/guides/${slug}/`;
/** Each locale reads beside the next one in the list, so every locale is fetched once and composed once. */
const nextLocale = (locale: Locale) => locales[(locales.indexOf(locale) + 1) % locales.length] as Locale;
const offerName = (reader: Locale, other: Locale) => translator(reader)('sideBySide.offer', { language: localeInfo[other].nativeName });

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** A page that records CSP violations from before its first script (console errors are recorded by the harness). */
async function watchedPage(options = {}) {
  const watched = await openPage(browser(), options);
  await watched.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return watched;
}

/** Presses Tab from the guide's track link, the link before the offers, until the focus is on `target`. */
async function tabTo(page: Page, target: Locator) {
  await page.locator('.track a').focus();
  for (let presses = 0; presses < 3; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab from the track link never reached the offer');
}

const composed = (page: Page) => page.locator('.side-by-side-row').first().waitFor();
const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN;

/** Every anchored section heading of the page's column and its pair in the fetched column, by anchor. */
async function headingPairs(page: Page, fetched: Locale) {
  const ids = await page.locator('.side-by-side-cell[data-column="page"] h2[id]').evaluateAll((headings) => headings.map((h) => h.id));
  return ids.map((id) => ({ id, page: page.locator(`[id="${id}"]`), other: page.locator(`[id="${pairedId(fetched, id)}"]`) }));
}

describe.each(locales)('a %s guide side by side', (reader) => {
  const other = nextLocale(reader);
  const t = translator(other);

  // One reader's whole visit, in one page: on a machine shared with other builds it can take a minute.
  it('opens beside the next locale, aligned, interleaved on a phone, with working anchors, popovers and Back', { timeout: 120_000 }, async () => {
    const { page, problems } = await watchedPage(desktop);
    await page.goto(guide(reader));
    // The keyboard path: Tab to the offer and press Enter.
    const offer = page.getByRole('link', { name: offerName(reader, other), exact: true });
    await tabTo(page, offer);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${guide(other)}?with=${reader}`);
    await composed(page);
    await expect(page.getByRole('status').filter({ hasText: t('sideBySide.shown') }).count()).resolves.toBe(1);

    // Two columns, each in its language; every section's heading level with its pair.
    await expect(page.locator('.side-by-side-cell[data-column="other"]').first().getAttribute('lang')).resolves.toBe(localeInfo[reader].htmlLang);
    await expect(page.locator('.side-by-side-cell[data-column="page"]').first().getAttribute('lang')).resolves.toBe(localeInfo[other].htmlLang);
    // Each column in its own script's type: CJK faces for Chinese only, whatever the page's language.
    for (const cell of await page.locator('.side-by-side-row').first().locator('.side-by-side-cell').all()) {
      const [lang, font] = await cell.evaluate((el) => [el.getAttribute('lang') ?? '', getComputedStyle(el).fontFamily]);
      expect(font.startsWith('"PingFang SC"'), lang).toBe(lang === 'zh-CN');
    }
    const pairs = await headingPairs(page, reader);
    expect(pairs.length).toBeGreaterThan(4);
    for (const pair of pairs) {
      const [pageTop, otherTop] = [await top(pair.page), await top(pair.other)];
      expect(Math.abs(pageTop - otherTop), pair.id).toBeLessThan(1);
      const [pageBox, otherBox] = [await pair.page.boundingBox(), await pair.other.boundingBox()];
      expect(otherBox!.x + otherBox!.width, pair.id).toBeLessThan(pageBox!.x);
    }
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);

    // The quiz is live in the page's column only; the fetched column links to its page.
    await expect(page.locator('.side-by-side-cell[data-column="other"] :is(astro-island, quiz-app, script)').count()).resolves.toBe(0);
    await expect(page.locator(`.side-by-side-cell[data-column="other"] a[href^="/${reader}/quizzes/"]`).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.side-by-side-cell[data-column="page"] quiz-app').count()).resolves.toBeGreaterThan(0);

    // A glossary term of the fetched column opens its own definition.
    const trigger = page.locator('.side-by-side-cell[data-column="other"] .term-trigger').first();
    await trigger.click();
    const popover = page.locator(`[id="${await trigger.getAttribute('popovertarget')}"]`);
    await expect(popover.evaluate((el) => el.matches(':popover-open'))).resolves.toBe(true);
    await expect(popover.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).resolves.toBe(localeInfo[reader].htmlLang);
    await page.keyboard.press('Escape');

    for (const theme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
      await expect(axeViolations(page), theme).resolves.toEqual([]);
    }

    // The single view: its link, and Back from the view to the guide the reader came from.
    await page.getByRole('link', { name: t('sideBySide.single'), exact: true }).click();
    await page.waitForURL(guide(other));
    await expect(page.locator('.side-by-side-row').count()).resolves.toBe(0);
    await page.goBack();
    await composed(page);
    await page.goBack();
    await page.waitForURL(guide(reader));
    await expect(page.locator('.side-by-side-row').count()).resolves.toBe(0);

    // A link to a section lands on its row, both languages level at the top of the window.
    const middle = pairs[Math.floor(pairs.length / 2)]!;
    await page.goto(`${guide(other)}?with=${reader}#${middle.id}`);
    await composed(page);
    await expect.poll(() => top(middle.page)).toBeLessThan(200);
    expect(await top(middle.page)).toBeGreaterThan(0);
    expect(Math.abs((await top(middle.page)) - (await top(middle.other)))).toBeLessThan(1);

    // On a phone, each section in the reader's language comes just before the same section in the other, with no sideways scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    const [pageBox, otherBox] = [await middle.page.boundingBox(), await middle.other.boundingBox()];
    expect(otherBox!.y).toBeLessThan(pageBox!.y);
    expect(Math.abs(otherBox!.x - pageBox!.x)).toBeLessThan(24);
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);

    await expect(page.evaluate(() => window.cspViolations)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the side-by-side offer', () => {
  it('without JavaScript opens the other locale’s guide, in every locale', async () => {
    const { page } = await openPage(browser(), { ...desktop, javaScriptEnabled: false });
    for (const reader of locales) {
      const other = nextLocale(reader);
      await page.goto(guide(reader));
      await page.getByRole('link', { name: offerName(reader, other), exact: true }).click();
      await page.waitForURL(`${guide(other)}?with=${reader}`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(localeInfo[other].htmlLang);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expect(page.locator('.side-by-side-row').count()).resolves.toBe(0);
    }
  });

  it('says so when the other guide cannot load, and composes on Try again; ignores a locale it does not know', async () => {
    const { page, problems } = await watchedPage(desktop);
    const t = translator('vi');
    await page.goto(`${guide('vi')}?with=nl`);
    await expect(page.locator('.side-by-side-bar').count()).resolves.toBe(0);

    await page.route(guide('en'), (route) => route.abort());
    await page.goto(`${guide('vi')}?with=en`);
    const status = page.getByRole('status').filter({ hasText: t('sideBySide.error') });
    await status.waitFor();
    await expect(page.locator('.side-by-side-row').count()).resolves.toBe(0);
    await page.unroute(guide('en'));
    await page.getByRole('button', { name: t('sideBySide.retry'), exact: true }).click();
    await composed(page);
    await expect(page.getByRole('button', { name: t('sideBySide.retry'), exact: true }).isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(t('sideBySide.single'));
    // The aborted fetch is the one error Chromium logs.
    expect(problems.filter((problem) => !problem.includes('ERR_FAILED'))).toEqual([]);
  });
});
