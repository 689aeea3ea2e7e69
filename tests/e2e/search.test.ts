/** Search as a reader uses it: the header dialog, the shortcut keys, the search page and ?q=. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withoutHighlight } from '../../src/lib/search/results';
import { axeViolations, openPage, sharedPage, useBrowser } from './harness';

const browser = useBrowser();

/** Queries typed the way readers type them, and a page each must find among the first three. */
const cases = [
  { locale: 'en', query: 'handovers', expected: '/en/guides/handover/' },
  { locale: 'zh', query: '技术债务', expected: '/zh/guides/resolving-conflict/' },
  { locale: 'zh', query: '交接计划', expected: '/zh/guides/handover/' },
  { locale: 'vi', query: 'ban giao', expected: '/vi/guides/handover/' },
  { locale: 'vi', query: 'giam doc dieu hanh', expected: '/vi/glossary/#ceo' },
  // “CTO thuê ngoài” is kept as a search alias of the guide on CTO như một dịch vụ, which
  // explains the term and how it differs from an outsourcing company; the guide comparing
  // the two models may come first.
  { locale: 'vi', query: 'cto thue ngoai', expected: '/vi/guides/cto-as-a-service/' },
] as const;

/** The result links as written, text fragment and all. */
const rawHitLinks = (page: Page) => page.locator('.search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
/** The page and section each result opens, without the text fragment that highlights its word. */
const hitLinks = async (page: Page) => (await rawHitLinks(page)).map(withoutHighlight);
/** Waits until the page is at `address` (path and #section), whatever text fragment the link carried. */
const waitForAddress = (page: Page, address: string) => page.waitForURL((url) => withoutHighlight(url.pathname + url.hash) === address);

/** How long to wait for a search: the machine running the tests may be busy. */
const searching = { timeout: 30_000 };

async function waitForResults(page: Page) {
  await page.locator('.search-results li').first().waitFor(searching);
}

/** How many pixels of a PNG are pure magenta, counted in a blank page's canvas. */
async function magentaPixels(png: Buffer): Promise<number> {
  const { page } = await openPage(browser());
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === 255 && pixels[i + 1] === 0 && pixels[i + 2] === 255) count++;
    return count;
  }, png.toString('base64'));
}

/** Opens the header search with `/` and waits until its UI has loaded, with the focus in its box. */
async function openDialog(page: Page) {
  await page.keyboard.press('/');
  await page.locator('dialog[open] .search-toggle').waitFor();
  // Read the focus in one step: the pending box is swapped for the mounted one as search loads.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input[type="search"]') ?? false))
    .toBe(true);
}

/** The count line a sighted reader sees, and what the live region says. */
const visibleStatus = (page: Page) => page.locator('.search-status').filter({ visible: true }).innerText();
const announced = (page: Page) => page.getByRole('status').textContent();

/** Waits until the results on screen answer the whole query, not a part typed before it. */
async function waitForResultsOf(page: Page, query: string) {
  await expect.poll(() => visibleStatus(page), searching).toContain(`“${query}”`);
  await waitForResults(page);
}

describe('search', () => {
  it.each(['en', 'zh', 'vi'])('keeps search code off a %s guide page until the reader asks', async (locale) => {
    const { page } = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`/${locale}/guides/cto-as-a-service/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /pagefind|Search\.|mount-search|preact/.test(path))).toEqual([]);
  });

  it.each(cases)('finds $expected for “$query” typed in the $locale dialog', async ({ locale, query, expected }) => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${locale}/guides/cto-as-a-service/`);
    await page.keyboard.press('/');
    // Read the focus in one step: the pending box is swapped for the mounted one as search loads.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input[type="search"]') ?? false))
      .toBe(true);
    const box = page.getByRole('dialog').getByRole('searchbox');
    await page.keyboard.type(query);
    await waitForResultsOf(page, query);
    await expect(box.inputValue()).resolves.toBe(query);
    expect((await hitLinks(page)).slice(0, 3)).toContain(expected);
    await expect.poll(() => page.getByRole('dialog').getByRole('status').textContent(), searching).toContain(`“${query}”`);
    expect(problems).toEqual([]);
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('vesting');
    await waitForResultsOf(page, 'vesting');
    const [first = ''] = await rawHitLinks(page);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('Enter');
    await waitForAddress(page, withoutHighlight(first));
  });

  it('opens the first result of the query typed, not one left from the query before', async () => {
    const reference = await sharedPage(browser());
    await reference.page.goto('/en/search/?q=vesting%20portfolio');
    await waitForResults(reference.page);
    const [expected] = await hitLinks(reference.page);

    const { page } = await sharedPage(browser());
    await page.goto('/en/');
    await openDialog(page);
    await page.keyboard.type('vesting');
    await waitForResultsOf(page, 'vesting');
    const [before] = await hitLinks(page);
    expect(before).not.toBe(expected);
    // Slow the index down, as a phone's network would, so the results for “vesting” are still
    // on screen when Enter is pressed.
    await page.route(/\/pagefind\/en\/(index|fragment)\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.keyboard.type(' portfolio');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/en/', searching);
    expect(withoutHighlight(new URL(page.url()).pathname + new URL(page.url()).hash)).toBe(expected);
  });

  it('closes when Enter opens a result on the page the reader is on', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/glossary/');
    await openDialog(page);
    await page.keyboard.type('vesting');
    await waitForResultsOf(page, 'vesting');
    expect((await hitLinks(page))[0]).toBe('/en/glossary/#vesting');
    await page.keyboard.press('Enter');
    await waitForAddress(page, '/en/glossary/#vesting');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    const top = await page.locator('#vesting').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
  });

  it('closes when a click opens a section of the guide the reader is on', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/guides/handover/');
    await openDialog(page);
    await page.keyboard.type('handover ending');
    await waitForResultsOf(page, 'handover ending');
    const section = page.getByRole('dialog').locator('.search-sections a[href="/en/guides/handover/#why-the-ending-matters"]');
    await section.click();
    await waitForAddress(page, '/en/guides/handover/#why-the-ending-matters');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    const top = await page.locator('#why-the-ending-matters').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
  });

  it('opens a section result at the word it matched, on screen and marked as the excerpt marks it', async () => {
    // CSP bypassed so that the test can paint the highlight in a colour of its own.
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 800 }, bypassCSP: true });
    await page.goto('/en/');
    await openDialog(page);
    await page.keyboard.type('reverse shadow');
    await waitForResultsOf(page, 'reverse shadow');
    const link = page.getByRole('dialog').locator('.search-sections a').first();
    const href = (await link.getAttribute('href')) ?? '';
    const word = decodeURIComponent(/:~:text=(?:.*-,)?(.*)$/.exec(href)?.[1] ?? '');
    expect(word.toLowerCase()).toMatch(/reverse|shadow/);
    await link.click();
    await waitForAddress(page, withoutHighlight(href));
    // The marked word is on screen, below the sticky header.
    const shown = () =>
      page.evaluate((word) => {
        const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.toLowerCase().indexOf(word.toLowerCase());
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const { top, bottom } = range.getBoundingClientRect();
          if (top >= header && bottom <= innerHeight) return true;
        }
        return false;
      }, word);
    await expect.poll(shown).toBe(true);
    // Marked: paint the page's ::target-text in a colour nothing else uses and look for it on screen.
    const magenta = '::target-text { background: rgb(255, 0, 255) !important; }';
    await page.addStyleTag({ content: magenta });
    await expect.poll(async () => magentaPixels(await page.screenshot())).toBeGreaterThan(50);
    // The same section opened without the text fragment marks nothing.
    const { page: plain } = await openPage(browser(), { viewport: { width: 390, height: 800 }, bypassCSP: true });
    await plain.goto(withoutHighlight(href));
    await plain.addStyleTag({ content: magenta });
    expect(await magentaPixels(await plain.screenshot())).toBe(0);
  });

  it('stays open for a click on its own padding and closes for one outside it', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/');
    await openDialog(page);
    const dialog = page.getByRole('dialog');
    const box = await dialog.boundingBox();
    if (!box) throw new Error('The dialog has no box.');
    // Inside the border, on the padding around the close button and the search box.
    await page.mouse.click(box.x + 6, box.y + box.height - 6);
    await expect(dialog.isVisible()).resolves.toBe(true);
    await page.mouse.click(box.x + 6, box.y + 6);
    await expect(dialog.isVisible()).resolves.toBe(true);
    // On the backdrop, below and beside it.
    await page.mouse.click(Math.max(2, box.x / 2), box.y + box.height + 10);
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('gives the header dialog on the search page a box of its own, named once', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/search/');
    await page.locator('main').getByRole('searchbox').waitFor();
    await page.locator('site-search button.open').click();
    await page.locator('dialog[open] .search-toggle').waitFor();
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(duplicates).toEqual([]);
    await expect(page.getByRole('dialog').getByRole('searchbox').ariaSnapshot()).resolves.toMatch(/^- searchbox "Search the site"/);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('main').getByRole('searchbox').ariaSnapshot()).resolves.toMatch(/^- searchbox "Search the site"/);
  });

  it('says the search could not load when its code fails to arrive', async () => {
    const { page } = await openPage(browser());
    await page.route('**/mount-search.*', (route) => route.abort());
    await page.goto('/zh/guides/');
    await page.keyboard.press('/');
    await expect.poll(() => page.getByRole('dialog').getByRole('status').textContent()).toBe('搜索加载失败，请检查网络后重试。');
  });

  it('closes with Escape and gives focus back to the search button', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/vi/guides/');
    const button = page.getByRole('button', { name: 'Tìm kiếm' });
    await button.click();
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(false);
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('labels results from every language when the reader asks for all languages', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/search/?q=CTO');
    await waitForResults(page);
    expect((await hitLinks(page)).every((href) => href?.startsWith('/en/'))).toBe(true);
    await page.getByLabel('Search all languages').check();
    await page.locator('.search-results li[lang="zh-CN"]').first().waitFor();
    const badges = await page.locator('.search-badge').allTextContents();
    expect(badges).toEqual(expect.arrayContaining(['简体中文', 'Tiếng Việt']));
  });

  it('reads ?q= on the search page and writes the query back as the reader types', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/zh/search/?q=%E4%BA%A4%E6%8E%A5');
    await waitForResults(page);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('交接');
    await page.getByRole('searchbox').fill('股权');
    await page.waitForURL((url) => url.searchParams.get('q') === '股权');
    await waitForResults(page);
  });

  /** Queries whose words the site never uses; Pagefind alone answers each with a short word that begins it. */
  const nonsense = [
    { locale: 'en', query: 'xyzzy', says: 'No results for “xyzzy”.', tryAll: 'Try all languages', guides: 'All guides' },
    { locale: 'zh', query: '量子烤鸭', says: '没有找到与“量子烤鸭”相关的结果。', tryAll: '在所有语言中搜索', guides: '全部指南' },
    { locale: 'vi', query: 'xyzzy', says: 'Không có kết quả nào cho “xyzzy”.', tryAll: 'Thử tìm trong mọi ngôn ngữ', guides: 'Tất cả cẩm nang' },
  ] as const;

  it.each(nonsense)('finds nothing for “$query” in $locale and suggests the guides and all languages', async (item) => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${item.locale}/guides/cto-as-a-service/`);
    await openDialog(page);
    await page.keyboard.type(item.query);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => visibleStatus(page), searching).toBe(item.says);
    await expect.poll(() => announced(page), searching).toBe(item.says);
    await expect(dialog.locator('.search-results li').count()).resolves.toBe(0);
    await expect(dialog.getByRole('link', { name: item.guides }).getAttribute('href')).resolves.toBe(`/${item.locale}/guides/`);

    // The suggestion searches every language at once and hands the focus to the switch it turned on.
    const other = item.locale === 'en' ? 'zh' : 'en';
    const otherIndex = page.waitForResponse((response) => response.url().includes(`/pagefind/${other}/`), searching);
    await dialog.getByRole('button', { name: item.tryAll }).click();
    const allLanguages = dialog.getByRole('checkbox');
    await expect.poll(() => allLanguages.isChecked()).toBe(true);
    await expect(allLanguages.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
    await expect(dialog.getByRole('button', { name: item.tryAll }).count()).resolves.toBe(0);
    // The other languages hold none of these words either.
    await otherIndex;
    await expect.poll(() => visibleStatus(page), searching).toBe(item.says);
    await expect(dialog.locator('.search-results li').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('leaves out a word found nowhere and says so, searching with the others', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/search/?q=vesting%20xyzzy');
    await waitForResults(page);
    await expect.poll(() => visibleStatus(page), searching).toMatch(/^\d+ results for “vesting xyzzy”\n+Not found, so left out of the search: xyzzy\.$/);
    expect((await hitLinks(page)).slice(0, 3)).toContain('/en/glossary/#vesting');
  });

  it('counts every result for “cto” as Pagefind does and shows them ten more at a time from the keyboard', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/guides/');
    await openDialog(page);
    await page.keyboard.type('cto');
    await waitForResultsOf(page, 'cto');
    const dialog = page.getByRole('dialog');
    // A string, so the test runner does not rewrite the page's dynamic import.
    const pagefindCount: number = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/en/pagefind.js');
      return (await pagefind.search('cto')).results.length;
    })()`);
    expect(pagefindCount).toBeGreaterThan(10);
    await expect(visibleStatus(page)).resolves.toBe(`${pagefindCount} results for “cto”`);
    const results = dialog.locator('.search-results > li');
    await expect(results.count()).resolves.toBe(10);

    // Arrow down from the box through the ten results reaches the button; Enter shows the next ten
    // and puts the focus on the first of them.
    const onButton = () => page.evaluate(() => document.activeElement?.classList.contains('search-more') ?? false);
    for (let presses = 0; presses < 50 && !(await onButton()); presses++) await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Show 10 more');
    await page.keyboard.press('Enter');
    await expect.poll(() => results.count(), searching).toBe(Math.min(20, pagefindCount));
    const eleventh = await dialog.locator('.search-hit').nth(10).getAttribute('href');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(eleventh);

    // Until every result is on screen, and then the button goes.
    const more = dialog.locator('.search-more');
    while ((await results.count()) < pagefindCount) {
      const before = await results.count();
      await more.click();
      await expect.poll(() => results.count(), searching).toBeGreaterThan(before);
    }
    await expect(more.count()).resolves.toBe(0);
    await expect(results.count()).resolves.toBe(pagefindCount);
    const links = await hitLinks(page);
    expect(new Set(links).size).toBe(links.length);
    await expect.poll(() => announced(page), searching).toBe(`${pagefindCount} results for “cto”`);
  });

  it('announces the count once the query settles, never for a query not yet searched', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/');
    await openDialog(page);
    await page.evaluate(() => {
      const region = document.querySelector('dialog [role="status"]');
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      if (region) new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.keyboard.type('cto service', { delay: 150 });
    await waitForResultsOf(page, 'cto service');
    await expect.poll(() => announced(page), searching).toMatch(/^\d+ results? for “cto service”$/);
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter((text) => text !== ''));
    expect(said).toEqual([await announced(page)]);
  });

  it('shows a glossary entry titled by its term, with its own excerpt, and opens the glossary at it', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/guides/');
    await openDialog(page);
    await page.keyboard.type('vesting');
    await waitForResultsOf(page, 'vesting');
    const entry = page.getByRole('dialog').locator('.search-results > li').filter({ has: page.locator('a[href^="/en/glossary/#vesting:"]') });
    await expect(entry.locator('.search-hit-title').textContent()).resolves.toBe('Vesting (vesting period, cliff)');
    await expect(entry.locator('.search-badge').textContent()).resolves.toBe('Glossary');
    const excerpt = (await entry.locator('.search-excerpt').innerText()).replace(/\s+/g, ' ').trim();
    await entry.locator('.search-hit').click();
    await waitForAddress(page, '/en/glossary/#vesting');
    const entryText = await page.evaluate(() => {
      const heading = document.getElementById('vesting');
      let text = heading?.textContent ?? '';
      for (let node = heading?.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) text += ` ${node.textContent}`;
      return text.replace(/\s+/g, ' ');
    });
    expect(excerpt.length).toBeGreaterThan(40);
    expect(entryText).toContain(excerpt);
    // The page opens at the entry: at its heading, or at the word the result matched in it.
    const entryOnScreen = () =>
      page.evaluate(() => {
        const heading = document.getElementById('vesting')!;
        let last: Element = heading;
        for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) last = node;
        return heading.getBoundingClientRect().top < innerHeight && last.getBoundingClientRect().bottom > 0;
      });
    await expect.poll(entryOnScreen).toBe(true);
  });

  it.each(['kỳ lân', 'ky lan'])('ranks the pages that hold “kỳ lân” together above pages with “kỳ” and “lân” apart, for “%s”', async (query) => {
    const { page } = await sharedPage(browser());
    await page.goto('/vi/guides/');
    await openDialog(page);
    await page.keyboard.type(query);
    await waitForResultsOf(page, query);
    // The glossary names the word and four guides use it; “lần” and “kỳ vọng” are other words.
    const titles = await page.getByRole('dialog').locator('.search-hit-title').allTextContents();
    expect(titles[0]).toBe('Kỳ lân');
    expect(titles.slice(0, 4)).toContain('Bài toán sự nghiệp của CTO: vì sao hợp tác ngắn hạn có thể thắng những ván cược dài');
    expect(titles.slice(0, 4)).not.toContain('Xây dựng quan hệ hợp tác lành mạnh giữa CEO và CTO');
  });

  it('finds a guide by a search alias the reader types, and shows the alias nowhere on its page', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/zh/guides/');
    await openDialog(page);
    await page.keyboard.type('外聘CTO');
    await waitForResultsOf(page, '外聘CTO');
    const first = page.getByRole('dialog').locator('.search-hit').first();
    await expect(first.locator('.search-hit-title').textContent()).resolves.toBe('什么是首席技术官即服务（CTO 即服务）？');
    await first.click();
    await waitForAddress(page, '/zh/guides/cto-as-a-service/');
    await expect(page.locator('body').innerText()).resolves.not.toContain('外聘');
  });

  it.each([
    { query: 'handover plan', first: 'Handing over well at the end of a CTO-as-a-service engagement', then: undefined },
    { query: '交接计划', first: 'CTO 即服务到期时，如何把交接做好', then: '交接' },
    { query: 'vesting', first: 'Vesting (vesting period, cliff)', then: undefined },
  ])('ranks the guide about “$query” above the glossary entry, unless the query is the term', async ({ query, first, then }) => {
    const { page } = await sharedPage(browser());
    await page.goto(query === '交接计划' ? '/zh/guides/' : '/en/guides/');
    await openDialog(page);
    await page.keyboard.type(query);
    await waitForResultsOf(page, query);
    const titles = await page.getByRole('dialog').locator('.search-hit-title').allTextContents();
    expect(titles[0]).toBe(first);
    if (then) expect(titles.slice(1, 3)).toContain(then);
  });

  it.each(['light', 'dark'] as const)('has no accessibility violation with results open (%s)', async (colorScheme) => {
    const { page } = await sharedPage(browser(), { colorScheme });
    await page.goto('/en/guides/');
    await page.keyboard.press('/');
    await page.keyboard.type('equity');
    await waitForResults(page);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});
