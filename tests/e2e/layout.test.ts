/** Layout promises: a working skip link, no sideways scrolling at 320 px, and print output. */
import { describe, expect, it } from 'vitest';
import { localizedPages, openPage, useBrowser } from './harness';

const browser = useBrowser();
const pageKinds = ['/en/', '/zh/guides/', '/vi/guides/handover/', '/zh/glossary/', '/vi/faq/', '/en/search/'];

describe('layout', () => {
  it('offers a skip link as the first thing the keyboard reaches, and it moves focus to the content', async () => {
    const { page } = await openPage(browser());
    await page.goto('/vi/guides/handover/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it.each(pageKinds)('%s fits a 320 px screen without sideways scrolling', async (path) => {
    const { page } = await openPage(browser(), { viewport: { width: 320, height: 640 } });
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
    for (const path of pageKinds) expect(built).toContain(path);
  });
});
