/** Search as a reader uses it: the header dialog, the shortcut keys, the search page and ?q=. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useBrowser } from './harness';

const browser = useBrowser();

/** Queries typed the way readers type them, and a page each must find among the first three. */
const cases = [
  { locale: 'en', query: 'handovers', expected: '/en/guides/handover/' },
  { locale: 'zh', query: '技术债务', expected: '/zh/guides/resolving-conflict/' },
  { locale: 'zh', query: '交接计划', expected: '/zh/guides/handover/' },
  { locale: 'vi', query: 'ban giao', expected: '/vi/guides/handover/' },
  { locale: 'vi', query: 'giam doc dieu hanh', expected: '/vi/glossary/' },
  // “CTO thuê ngoài” is kept as a search alias for the guide that explains CTO như một dịch vụ.
  { locale: 'vi', query: 'cto thue ngoai', expected: '/vi/guides/cto-as-a-service/' },
] as const;

const hitLinks = (page: Page) => page.locator('.search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

async function waitForResults(page: Page) {
  await page.locator('.search-results li').first().waitFor({ timeout: 10_000 });
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
    const { page, problems } = await openPage(browser());
    await page.goto(`/${locale}/guides/cto-as-a-service/`);
    await page.keyboard.press('/');
    // Read the focus in one step: the pending box is swapped for the mounted one as search loads.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input[type="search"]') ?? false))
      .toBe(true);
    const box = page.getByRole('dialog').getByRole('searchbox');
    await page.keyboard.type(query);
    await waitForResults(page);
    await expect(box.inputValue()).resolves.toBe(query);
    expect((await hitLinks(page)).slice(0, 3)).toContain(expected);
    await expect(page.getByRole('dialog').getByRole('status').textContent()).resolves.toMatch(/\d/);
    expect(problems).toEqual([]);
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { page } = await openPage(browser());
    await page.goto('/en/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('vesting');
    await waitForResults(page);
    const [first] = await hitLinks(page);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first}`);
  });

  it('says the search could not load when its code fails to arrive', async () => {
    const { page } = await openPage(browser());
    await page.route('**/mount-search.*', (route) => route.abort());
    await page.goto('/zh/guides/');
    await page.keyboard.press('/');
    await expect.poll(() => page.getByRole('dialog').getByRole('status').textContent()).toBe('搜索加载失败，请检查网络后重试。');
  });

  it('closes with Escape and gives focus back to the search button', async () => {
    const { page } = await openPage(browser());
    await page.goto('/vi/guides/');
    const button = page.getByRole('button', { name: 'Tìm kiếm' });
    await button.click();
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(false);
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('labels results from every language when the reader asks for all languages', async () => {
    const { page } = await openPage(browser());
    await page.goto('/en/search/?q=CTO');
    await waitForResults(page);
    expect((await hitLinks(page)).every((href) => href?.startsWith('/en/'))).toBe(true);
    await page.getByLabel('Search all languages').check();
    await page.locator('.search-results li[lang="zh-CN"]').first().waitFor();
    const badges = await page.locator('.search-badge').allTextContents();
    expect(badges).toEqual(expect.arrayContaining(['简体中文', 'Tiếng Việt']));
  });

  it('reads ?q= on the search page and writes the query back as the reader types', async () => {
    const { page } = await openPage(browser());
    await page.goto('/zh/search/?q=%E4%BA%A4%E6%8E%A5');
    await waitForResults(page);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('交接');
    await page.getByRole('searchbox').fill('股权');
    await page.waitForURL((url) => url.searchParams.get('q') === '股权');
    await waitForResults(page);
  });

  it('says so, and suggests the guides and the glossary, when nothing matches', async () => {
    const { page } = await openPage(browser());
    // No indexed word may begin the query: Pagefind answers an unknown word with its longest
    // indexed prefix, and the index holds the single letter “X” (“gấp X lần”).
    await page.goto('/vi/search/?q=zqjwkv');
    await expect(page.getByRole('status').filter({ hasText: 'zqjwkv' }).textContent()).resolves.toBe(
      'Không có kết quả nào cho “zqjwkv”.',
    );
    await expect(page.getByRole('link', { name: 'Thuật ngữ' }).last().getAttribute('href')).resolves.toBe('/vi/glossary/');
  });

  it.each(['light', 'dark'] as const)('has no accessibility violation with results open (%s)', async (colorScheme) => {
    const { page } = await openPage(browser(), { colorScheme });
    await page.goto('/en/guides/');
    await page.keyboard.press('/');
    await page.keyboard.type('equity');
    await waitForResults(page);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});
