/** The light/dark/system theme switch: it works, persists, and never flashes. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

/** Relative luminance of the page background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

describe('theme switch', () => {
  it('follows the system until the reader picks a theme, then keeps it', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'light' });
    await page.goto('/en/');
    const select = page.getByLabel('Theme');
    await expect(select.inputValue()).resolves.toBe('system');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);

    await select.selectOption('dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);

    await page.goto('/zh/guides/');
    await expect(page.getByLabel('主题').inputValue()).resolves.toBe('dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);

    await page.getByLabel('主题').selectOption('system');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBeNull();
  });

  it('lets a reader choose light on a dark system', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto('/vi/');
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
    await page.getByLabel('Giao diện').selectOption('light');
    await page.reload();
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  });

  it('applies a saved theme before the page body is parsed (no flash)', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'light' });
    await page.goto('/en/');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody = document.documentElement.dataset['theme'] ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/en/guides/');
    await expect(page.evaluate(() => (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody)).resolves.toBe('dark');
  });

  it('is hidden when JavaScript is off, and the page follows the system', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false, colorScheme: 'dark' });
    await page.goto('/en/');
    await expect(page.getByLabel('Theme').isVisible()).resolves.toBe(false);
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
  });
});
