/**
 * Layout promises: a working skip link, no sideways scrolling at 320 px, print output, a
 * one-row header that stays in reach on phones, a table of contents that shows where the
 * reader is, targets big enough for a thumb, Chinese headings that break between words,
 * a centred desktop layout, and focus that never looks like an error.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeInfo, locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { localizedPages, openPage, sharedPage, useBrowser } from './harness';

const browser = useBrowser();
const pageKinds = ['/en/', '/zh/guides/', '/vi/guides/handover/', '/zh/glossary/', '/vi/faq/', '/en/search/'];
/** The longest guide (about 11,000 px tall on a phone). */
const longGuide = 'engaging-a-service-cto';
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };

/** Whether the element's box lies wholly inside the window. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
  });

describe('layout', () => {
  it('offers a skip link as the first thing the keyboard reaches, and it moves focus to the content', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/vi/guides/handover/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    // Nothing covers it: the sticky header stays beneath.
    const onTop = await skip.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(onTop).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it.each(pageKinds)('%s fits a 320 px screen without sideways scrolling', async (path) => {
    const { page } = await sharedPage(browser(), { viewport: { width: 320, height: 640 } });
    await page.goto(path);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  });

  it('prints the article without navigation, and spells out where links go', async () => {
    const { page } = await openPage(browser());
    await page.goto('/en/guides/cto-as-a-service/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('footer').isVisible()).resolves.toBe(false);
    const linkAfter = await page
      .locator('article a[href^="/en/glossary/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(linkAfter).toContain('/en/glossary/');
  });

  it('has built every localized page kind checked here', () => {
    const built = localizedPages();
    for (const path of [...pageKinds, ...locales.map((l) => `/${l}/guides/${longGuide}/`)]) expect(built).toContain(path);
  });
});

describe('the header on a phone', () => {
  it.each(locales)('is one row at most 64 px tall in %s', async (locale) => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto(`/${locale}/guides/${longGuide}/`);
    const height = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(64);
  });

  it.each(locales)('keeps search and the language picker in reach at the end of a long guide in %s', async (locale) => {
    const t = dictionaries[locale];
    const { page, problems } = await sharedPage(browser(), phone);
    const path = `/${locale}/guides/${longGuide}/`;
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(8000);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(7000);

    const search = page.getByRole('button', { name: t['nav.search'], exact: true });
    expect(await inView(page, 'site-search button.open')).toBe(true);
    await search.click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);

    expect(await inView(page, 'language-picker button')).toBe(true);
    await page.getByRole('button', { name: t['language.label'] }).click();
    const other = locales.find((l) => l !== locale)!;
    await page.getByRole('navigation', { name: t['language.label'] }).getByRole('link', { name: localeInfo[other].nativeName }).click();
    await page.waitForURL(`**/${other}/guides/${longGuide}/`);
    expect(problems).toEqual([]);
  });

  it('opens the menu and the language list without JavaScript', async () => {
    const { page } = await sharedPage(browser(), { ...phone, javaScriptEnabled: false });
    await page.goto(`/vi/guides/${longGuide}/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('button', { name: dictionaries.vi['nav.menu'] }).click();
    await page.getByRole('navigation', { name: dictionaries.vi['nav.label'] }).getByRole('link', { name: 'Công cụ' }).click();
    await page.waitForURL('**/vi/tools/');
    await page.getByRole('button', { name: dictionaries.vi['language.label'] }).click();
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL('**/zh/tools/');
  });

  it('lands an in-page jump below the header, not under it', async () => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto(`/en/guides/${longGuide}/`);
    const link = page.locator('table-of-contents a').nth(3);
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    const headerBottom = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  });
});

describe('the table of contents', () => {
  it.each([`/en/guides/${longGuide}/`, '/vi/glossary/'])('marks the section being read on %s', async (path) => {
    const { page } = await sharedPage(browser(), desktop);
    await page.goto(path);
    const links = page.locator('table-of-contents a');
    await expect(links.first().isVisible()).resolves.toBe(true);
    const current = () => page.locator('table-of-contents a[aria-current="location"]').getAttribute('href', { timeout: 2000 }).catch(() => null);
    for (const index of [2, 4, 1]) {
      const href = (await links.nth(index).getAttribute('href'))!;
      await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).evaluate((el) => el.scrollIntoView());
      await expect.poll(current).toBe(href);
      await expect(page.locator('table-of-contents a[aria-current]').count()).resolves.toBe(1);
      // The list stays in view beside the text while the reader scrolls.
      expect(await inView(page, 'table-of-contents a[aria-current]')).toBe(true);
    }
  });
});

describe('typography', () => {
  it.each(['/en/guides/handover/', '/zh/glossary/', '/vi/guides/healthy-partnership/'])(
    'gives table of contents and footer links targets at least 24 px tall on a phone (%s)',
    async (path) => {
      const { page } = await sharedPage(browser(), phone);
      await page.goto(path);
      const heights = await page.locator('table-of-contents a, footer a').evaluateAll((links) =>
        links.flatMap((a) => [...a.getClientRects()].map((r) => ({ text: a.textContent, height: r.height }))),
      );
      expect(heights.length).toBeGreaterThan(5);
      expect(heights.filter((h) => h.height < 24)).toEqual([]);
    },
  );

  it.each(['/zh/guides/cto-as-a-service/', '/zh/guides/bad-cto-cost/', '/zh/guides/engaging-a-service-cto/', '/zh/'])(
    'breaks Chinese headings between words, never inside one, at 390 px (%s)',
    async (path) => {
      const { page } = await sharedPage(browser(), phone);
      await page.goto(path);
      const found = await page.locator('main :is(h1, h2, h3)').evaluateAll((headings) => {
        const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
        const han = /^\p{Script=Han}+$/u;
        let wrapped = 0;
        const broken: string[] = [];
        for (const heading of headings) {
          // Where each character of the heading's text sits: its line is its box's top.
          const chars: { char: string; top: number }[] = [];
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let i = 0; i < text.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              chars.push({ char: text[i]!, top: Math.round(range.getClientRects()[0]?.top ?? NaN) });
            }
          }
          if (new Set(chars.map((c) => c.top)).size > 1) wrapped++;
          const text = chars.map((c) => c.char).join('');
          const words = [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));
          // Compounds the dictionary splits but the site keeps whole.
          for (const term of ['即服务', '首席技术官']) {
            for (let index = text.indexOf(term); index >= 0; index = text.indexOf(term, index + 1)) words.push({ segment: term, index });
          }
          for (const { segment, index } of words) {
            const tops = new Set(chars.slice(index, index + segment.length).map((c) => c.top));
            if (han.test(segment) && tops.size > 1) broken.push(`${heading.textContent}: ${segment}`);
          }
        }
        return { wrapped, broken };
      });
      expect(found.wrapped).toBeGreaterThan(0);
      expect(found.broken).toEqual([]);
    },
  );

  it.each([`/en/guides/${longGuide}/`, '/zh/glossary/', '/vi/', '/en/guides/'])('centres the page at 1280 px (%s)', async (path) => {
    const { page } = await sharedPage(browser(), desktop);
    await page.goto(path);
    // The extent of what main shows: the union of its visible leaf blocks.
    const { left, right } = await page.locator('main').evaluate((main) => {
      let left = Infinity;
      let right = -Infinity;
      for (const el of main.querySelectorAll('h1, p, li, table-of-contents, h2, h3')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        left = Math.min(left, box.left);
        right = Math.max(right, box.right);
      }
      return { left, right: document.documentElement.clientWidth - right };
    });
    expect(Math.abs(left - right)).toBeLessThanOrEqual(4);
  });

  it('sets the language names in the picker on one baseline', async () => {
    const { page } = await sharedPage(browser(), desktop);
    await page.goto('/en/');
    const bottoms = await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => {
          // An empty inline-block set in the same line as the name sits on its baseline.
          const line = document.createElement('span');
          const probe = document.createElement('span');
          probe.style.display = 'inline-block';
          line.append(...a.childNodes, probe);
          a.append(line);
          return probe.getBoundingClientRect().bottom;
        }),
      );
    expect(bottoms).toHaveLength(3);
    expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThanOrEqual(0.5);
  });
});

/** Relative luminance (WCAG) of a computed `rgb()` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('focus and errors', () => {
  it.each(['light', 'dark'] as const)('never draws focus in the error colour, and flags an error with an icon and words (%s)', async (colorScheme) => {
    const { page } = await sharedPage(browser(), { colorScheme });
    await page.goto('/en/tools/cost-comparison/');
    await page.locator('.calc-copy:enabled').waitFor();
    const salary = page.locator('.calc input[name="ftSalary"]');
    const bonus = page.locator('.calc input[name="ftBonus"]');
    await salary.focus();
    const focused = await salary.evaluate((el) => {
      const style = getComputedStyle(el);
      return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), border: style.borderColor, invalid: el.getAttribute('aria-invalid') };
    });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(focused.invalid).toBeNull();
    expect(focused.width).toBeGreaterThanOrEqual(2);
    expect(contrast(focused.outline, background)).toBeGreaterThanOrEqual(3);

    await bonus.fill('abc');
    await expect.poll(() => bonus.getAttribute('aria-invalid')).toBe('true');
    const invalidBorder = await bonus.evaluate((el) => getComputedStyle(el).borderColor);
    expect(focused.outline).not.toBe(invalidBorder);
    expect(focused.border).not.toBe(invalidBorder);
    // The focused invalid field still shows the focus ring, not the error colour, as its outline.
    await expect(bonus.evaluate((el) => getComputedStyle(el).outlineColor)).resolves.toBe(focused.outline);

    const message = page.locator('#' + (await bonus.getAttribute('aria-describedby'))!.split(' ')[0]);
    await expect(message.innerText()).resolves.not.toBe('');
    const icon = await message.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(icon).not.toBe('none');
  });

  it('does not flag the search box as invalid while the reader types in it', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/guides/');
    await page.keyboard.press('/');
    const box = page.getByRole('dialog').getByRole('searchbox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('cto');
    const danger = await page.evaluate(() => {
      const probe = document.createElement('i');
      probe.style.color = 'var(--color-danger)';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    const state = await box.evaluate((el) => {
      const style = getComputedStyle(el);
      return { outline: style.outlineColor, border: style.borderColor, invalid: el.matches(':invalid, [aria-invalid="true"]') };
    });
    expect(state.invalid).toBe(false);
    expect(state.outline).not.toBe(danger);
    expect(state.border).not.toBe(danger);
  });
});
