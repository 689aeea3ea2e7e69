/** The language chooser at `/` and the language picker on every page. */
import { describe, expect, it } from 'vitest';
import { localeInfo, locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { localizedPages, openPage, sharedPage, useBrowser } from './harness';

const browser = useBrowser();
const guidePath = localizedPages().find((p) => /^\/en\/guides\/[^/]+\/$/.test(p))!;

describe('the language chooser at /', () => {
  it('offers every language as a plain link when JavaScript is off', async () => {
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto('/');
    expect(page.url()).toMatch(/\/$/);
    for (const l of locales) {
      const link = page.getByRole('link', { name: localeInfo[l].nativeName, exact: true });
      await expect(link.getAttribute('href')).resolves.toBe(`/${l}/`);
      await expect(link.getAttribute('hreflang')).resolves.toBe(localeInfo[l].htmlLang);
    }
  });

  it.each([
    ['vi-VN', '/vi/'],
    ['zh-CN', '/zh/'],
    ['fr-FR', '/en/'],
  ])('sends a first-time reader whose browser prefers %s to %s', async (browserLocale, expected) => {
    const { page, problems } = await sharedPage(browser(), { locale: browserLocale });
    await page.goto('/');
    await page.waitForURL(`**${expected}`);
    expect(new URL(page.url()).pathname).toBe(expected);
    expect(problems).toEqual([]);
  });

  it('remembers a language picked explicitly over the browser’s preference', async () => {
    const { page } = await sharedPage(browser(), { locale: 'vi-VN' });
    await page.goto('/vi/');
    await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/');
    await page.goto('/');
    await page.waitForURL('**/en/');
    expect(new URL(page.url()).pathname).toBe('/en/');
  });
});

describe('the language picker', () => {
  it('remembers only a language the site has, whatever a link claims', async () => {
    const { page } = await sharedPage(browser(), { locale: 'en-US' });
    await page.goto('/en/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL('**/vi/');
    const chinese = page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: '简体中文' });
    await chinese.evaluate((link) => link.setAttribute('data-locale', 'xx'));
    await chinese.click();
    await page.waitForURL('**/zh/');
    await expect(page.evaluate(() => localStorage.getItem('locale'))).resolves.toBe('vi');
    await page.goto('/');
    await page.waitForURL('**/vi/');
  });

  it('remembers the choice with a script that is part of the page, not one more request', async () => {
    const { page } = await openPage(browser());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(guidePath);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const inline = page.evaluate(() => [...document.scripts].filter((script) => !script.src && script.text.includes('language-picker')).length);
    await expect(inline).resolves.toBe(1);
  });

  it('leads to the same page and the same section in another language', async () => {
    const { page } = await sharedPage(browser());
    const section = await (async () => {
      await page.goto(guidePath);
      return page.locator('article h2[id]').first().getAttribute('id');
    })();
    await page.goto(`${guidePath}#${section}`);
    const picker = page.getByRole('navigation', { name: 'Language' });
    const chinese = picker.getByRole('link', { name: '简体中文' });
    await expect(chinese.getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(chinese.getAttribute('hreflang')).resolves.toBe('zh-CN');
    await chinese.click();
    await page.waitForURL(`**/zh/guides/**`);
    const url = new URL(page.url());
    expect(url.pathname).toBe(guidePath.replace('/en/', '/zh/'));
    expect(url.hash).toBe(`#${section}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.locator(`#${section}`).count()).resolves.toBe(1);
    await expect(
      page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: '简体中文' }).getAttribute('aria-current'),
    ).resolves.toBe('true');
  });

  it('carries a calculator’s inputs to the other language', async () => {
    const { page, problems } = await sharedPage(browser());
    await page.goto('/en/tools/cost-comparison/?v=1&cur=USD&ftSalary=333000');
    const vietnamese = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' });
    // The link takes the address's inputs when clicked; wait until the calculator is live and has written its state there.
    await page.locator('.calc-copy:enabled').waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('ftSalary')).toBe('333000');
    await vietnamese.click();
    await page.waitForURL('**/vi/tools/cost-comparison/?*');
    // The page first shows the server-rendered examples (in dong); the address's inputs appear
    // once the calculator is live, which on a busy machine takes longer than a poll waits.
    await page.locator('.calc-copy:enabled').waitFor();
    const salary = page.getByLabel(dictionaries.vi['calc.cc.ftSalary'], { exact: true });
    await expect.poll(() => salary.inputValue()).toBe('333.000');
    await expect(page.getByLabel(dictionaries.vi['calc.currency']).inputValue()).resolves.toBe('USD');
    expect(problems).toEqual([]);
  });
});

describe('the 404 page', () => {
  it.each([
    ['/zh/guides/no-such-guide/', 'zh-CN', '页面不存在'],
    ['/vi/khong-co/', 'vi', 'Không tìm thấy trang'],
    ['/no-locale/', 'en', 'Page not found'],
  ])('answers %s with status 404 in its language', async (path, lang, heading) => {
    const { page } = await sharedPage(browser());
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await expect(page.getByRole('heading', { name: heading }).isVisible()).resolves.toBe(true);
  });

  it('shows only the requested address’s language', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/vi/khong-co/');
    await expect(page.getByRole('heading', { name: 'Page not found' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Về trang chủ' }).getAttribute('href')).resolves.toBe('/vi/');
  });
});
