/**
 * What a reader sees of the blocks Markdown adds to guides (issue 10, items 10 and 15):
 * the "In short" box, callouts, diagrams and tables, on a phone and on a desktop, in
 * both themes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { builtPages, sharedPage, useBrowser } from './harness';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };

/** The guides whose argument has a picture, and the kind of diagram each carries. */
const diagrams = {
  'cto-as-a-service': 'timeline',
  'bad-cto-cost': 'compare',
  handover: 'steps',
  'healthy-partnership': 'parallel',
} as const;
const diagramPages = locales.flatMap((locale) =>
  Object.entries(diagrams).map(([slug, kind]) => ({ path: `/${locale}/guides/${slug}/`, locale, kind })),
);
const guidePages = builtPages().filter((p) => /^\/(en|zh|vi)\/guides\/[^/]+\/$/.test(p));

/** What the page's language looks like: Chinese has Han characters, Vietnamese its tone marks. */
const looksLike: Record<(typeof locales)[number], RegExp> = {
  en: /^[\x20-\x7e–—’“”]+$/,
  zh: /\p{Script=Han}/u,
  vi: /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu,
};

/** Every drawn text block, with its rendered font size and whether some box holds it. */
function drawnText(page: Page, figure: string) {
  return page.locator(figure).evaluate((el) => {
    const svg = el.querySelector('svg')!;
    const scale = svg.getScreenCTM()!.a;
    const boxes = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect());
    return [...svg.querySelectorAll<SVGTextElement>('text.d-text')].map((text) => {
      const t = text.getBoundingClientRect();
      return {
        text: text.textContent ?? '',
        lines: [...text.querySelectorAll('tspan')].map((s) => s.textContent ?? ''),
        pixels: parseFloat(getComputedStyle(text).fontSize) * scale,
        boxed: boxes.some((b) => t.left >= b.left - 0.5 && t.right <= b.right + 0.5 && t.top >= b.top - 0.5 && t.bottom <= b.bottom + 0.5),
      };
    });
  });
}

describe('diagrams on a 390 px phone', () => {
  it.each(diagramPages)('$path shows its $kind diagram, in its language, readable and inside its boxes', async ({ path, locale, kind }) => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto(path);
    const figure = `.diagram-${kind}`;
    const drawing = page.getByRole('img', { name: await page.locator(`${figure} figcaption`).innerText() });
    await drawing.scrollIntoViewIfNeeded();
    await expect(drawing.isVisible()).resolves.toBe(true);
    const box = (await drawing.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);

    const blocks = await drawnText(page, figure);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      expect(block.pixels, block.text).toBeGreaterThanOrEqual(12);
      expect(block.boxed, `“${block.text}” spills out of its box`).toBe(true);
      expect(block.text).toMatch(looksLike[locale]);
    }
    // The drawing says what its text version says, word for word.
    const textVersion = (await page.locator(`${figure} details`).textContent())!.replace(/\s+/g, '');
    for (const line of blocks.flatMap((b) => b.lines)) expect(textVersion).toContain(line.replace(/\s+/g, ''));
  });

  it('opens the text version from the keyboard', async () => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto('/vi/guides/handover/');
    const summary = page.locator('.diagram summary');
    await expect(summary.innerText()).resolves.toBe('Sơ đồ dạng văn bản');
    const list = page.locator('.diagram details ol');
    await expect(list.isVisible()).resolves.toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => list.isVisible()).toBe(true);
    await expect(list.locator('li').count()).resolves.toBe(5);
  });
});

describe('the worked example: the English handover guide', () => {
  it.each([
    ['phone', phone],
    ['desktop', desktop],
  ])('shows the In short box under the header, then a takeaway and a warning (%s)', async (_, options) => {
    const { page } = await sharedPage(browser(), options);
    await page.goto('/en/guides/handover/');
    const inShort = page.getByRole('region', { name: 'In short' });
    await expect(inShort.isVisible()).resolves.toBe(true);
    await expect(inShort.getByRole('listitem').count()).resolves.toBe(4);
    const firstSection = page.locator('article h2[id="why-the-ending-matters"]');
    expect((await inShort.boundingBox())!.y).toBeLessThan((await firstSection.boundingBox())!.y);
    expect((await inShort.boundingBox())!.y).toBeGreaterThan((await page.locator('h1').boundingBox())!.y);
    // Out of the table of contents, which lists the guide's own sections.
    await expect(page.locator('.toc a[href="#in-short"]').count()).resolves.toBe(0);

    for (const name of ['Key takeaway', 'Watch out']) {
      const callout = page.getByRole('note', { name });
      await callout.scrollIntoViewIfNeeded();
      await expect(callout.isVisible()).resolves.toBe(true);
      const icon = await callout.locator('.callout-title').evaluate((el) => {
        const before = getComputedStyle(el, '::before');
        return { mask: before.maskImage, width: parseFloat(before.width) };
      });
      expect(icon.mask).toMatch(/^url\("data:image\/svg\+xml/);
      expect(icon.width).toBeGreaterThan(12);
    }
  });

  it.each(['light', 'dark'] as const)('tells a takeaway from a warning by colour in the %s theme', async (colorScheme) => {
    const { page } = await sharedPage(browser(), { ...phone, colorScheme });
    await page.goto('/en/guides/handover/');
    const look = (name: string) =>
      page.getByRole('note', { name }).evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, edge: style.borderInlineStartColor, page: getComputedStyle(document.body).backgroundColor };
      });
    const takeaway = await look('Key takeaway');
    const warning = await look('Watch out');
    expect(takeaway.background).not.toBe(warning.background);
    expect(takeaway.edge).not.toBe(warning.edge);
    expect(takeaway.background).not.toBe(takeaway.page);
  });
});

describe.each(locales)('every %s guide on a 390 px phone', (locale) => {
  // One test a guide: a loop over every guide of a locale outgrew the test timeout on a busy machine.
  it.each(guidePages.filter((p) => p.startsWith(`/${locale}/`)))('%s titles its In short box and callouts in its language, and shows every table cell whole', async (path) => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto(path);
    for (const title of await page.locator('.in-short h2, .callout-title').allInnerTexts()) expect(title, path).toMatch(looksLike[locale]);
    for (const callout of await page.locator('.callout').all()) {
      await callout.scrollIntoViewIfNeeded();
      await expect(callout.isVisible(), path).resolves.toBe(true);
    }
    // Markdown tables (a calculator's own tables live inside the widget, not directly in the article).
    // With Noto Sans CJK a full-width closing quote at the end of a line sits 2 px past the
    // line box (into the card's padding, nothing hidden); a cut word overflows by far more.
    const cells = await page.locator('article > table td').evaluateAll((tds) =>
      tds.map((td) => ({ text: td.textContent ?? '', right: td.getBoundingClientRect().right, clipped: td.scrollWidth > td.clientWidth + 3 })),
    );
    for (const cell of cells) {
      expect(cell.clipped, `${path}: ${cell.text}`).toBe(false);
      expect(cell.right, `${path}: ${cell.text}`).toBeLessThanOrEqual(390);
    }
  });
});

describe('tables', () => {
  it('stack the five-column handover plan into one card per phase on a phone, each value under its column’s name', async () => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto('/en/guides/handover/');
    const plan = page.getByRole('table').filter({ hasText: 'Reverse shadow' });
    const prepare = plan.getByRole('row').filter({ hasText: 'Prepare' });
    const cells = prepare.getByRole('cell');
    await expect(cells.count()).resolves.toBe(5);
    // A phone's width is shared by one cell at a time: wide enough to read a line, not a word.
    const widths = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width));
    for (const width of widths) expect(width).toBeGreaterThan(300);
    const labels = await cells.evaluateAll((tds) => tds.slice(1).map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Illustrative timing"', '"Who leads"', '"What happens"', '"Exit check"'].map((l) => `${l} / ""`));
    // Screen readers still meet a table with its column headers.
    await expect(plan.getByRole('columnheader').allInnerTexts()).resolves.toHaveLength(5);
    // So says Chromium's own accessibility tree, which follows the CSS: the cards keep the
    // native table roles, none restated in the markup (a role on a td is an error to the Nu validator).
    await expect(page.locator('table [role], table[role]').count()).resolves.toBe(0);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const exposed = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).length;
    const markup = await page.evaluate(() => ({ table: document.querySelectorAll('table').length, row: document.querySelectorAll('tr').length, cell: document.querySelectorAll('td').length, columnheader: document.querySelectorAll('th').length }));
    expect(markup.cell).toBeGreaterThan(5);
    expect({ table: exposed('table'), row: exposed('row'), cell: exposed('cell'), columnheader: exposed('columnheader') }).toEqual(markup);
  });

  it('keep the plan a table with its header row on a desktop', async () => {
    const { page } = await sharedPage(browser(), desktop);
    await page.goto('/en/guides/handover/');
    const header = page.getByRole('table').filter({ hasText: 'Reverse shadow' }).getByRole('columnheader', { name: 'Who leads' });
    await expect(header.isVisible()).resolves.toBe(true);
    const cell = page.getByRole('cell', { name: 'Reverse shadow' });
    const row = await page.getByRole('row').filter({ has: cell }).getByRole('cell').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
    expect(new Set(row).size).toBe(1);
  });
});
