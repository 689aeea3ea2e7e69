/**
 * The home page orients a first visit: it starts from the reader's situation, each leading
 * to the guide, quiz and tool for it, and shows the glossary and the FAQ, in every locale.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { sharedPage, useBrowser } from './harness';

const browser = useBrowser();

// Written out here rather than read from src/data/situations.ts, so a wrong mapping fails.
const expected = {
  'need-leadership': ['guides/cto-as-a-service', 'quizzes/cto-model', 'tools/cost-comparison'],
  'strained-partnership': ['guides/resolving-conflict', 'quizzes/partnership-health', 'tools/bad-hire-cost'],
  'cto-weighing-service': ['guides/cto-career-math', 'quizzes/leadership-role', 'tools/cto-career'],
} as const;

describe('the home page', () => {
  const cases = locales.flatMap((locale) => Object.keys(expected).map((id) => [locale, id as keyof typeof expected] as const));

  it.each(cases)('in %s, leads from situation “%s” to its guide, quiz and tool', async (locale, id) => {
    const targets = expected[id];
    const { page, problems } = await sharedPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`/${locale}/`);
    const situation = page.getByRole('region', { name: dictionaries[locale][`home.situation.${id}.title`] });
    await expect(situation.isVisible()).resolves.toBe(true);
    const links = situation.getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(targets.map((target) => `/${locale}/${target}/`));
    for (const [i, target] of targets.entries()) {
      // The link names what it leads to: the page's own title.
      const name = await links.nth(i).innerText();
      await links.nth(i).click();
      await page.waitForURL(`**/${locale}/${target}/`);
      expect(name).toContain(await page.locator('h1').innerText());
      await page.goBack();
      await page.waitForURL(`**/${locale}/`);
    }
    expect(problems).toEqual([]);
  });

  it.each(locales)('shows the glossary and the FAQ in the page itself in %s', async (locale) => {
    const t = dictionaries[locale];
    const { page } = await sharedPage(browser());
    await page.goto(`/${locale}/`);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: t['nav.glossary'], exact: true }).getAttribute('href')).resolves.toBe(`/${locale}/glossary/`);
    await expect(main.getByRole('link', { name: t['nav.faq'], exact: true }).getAttribute('href')).resolves.toBe(`/${locale}/faq/`);
    await expect(main.getByRole('link', { name: t['nav.tools'], exact: true }).isVisible()).resolves.toBe(true);
    await expect(main.getByRole('link', { name: t['nav.quizzes'], exact: true }).isVisible()).resolves.toBe(true);
  });
});
