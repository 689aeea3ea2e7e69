/**
 * Glossary terms explained in place (issue 16): a guide's link to a glossary entry is a
 * button that opens the entry's first sentence as a popover, with no script; without
 * popovers it is the plain link to the entry it always was. Read as a reader would: with
 * the keyboard, on a phone and a desktop, in every locale, in both themes.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translate';
import { firstSentence } from '../../src/lib/first-sentence';
import { axeViolations, sharedPage, useBrowser } from './harness';

const browser = useBrowser();
/** Scripts off: the popovers must work without them. */
const noScripts = { javaScriptEnabled: false };
const phone = { ...noScripts, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { ...noScripts, viewport: { width: 1280, height: 800 } };

/** A guide that links one term twice in every locale: the retainer, in the pricing guide. */
const guide = (locale: Locale) => `/${locale}/guides/pricing-models/`;
const entryId = 'retainer';
const glossaryEntry = (locale: Locale) => `/${locale}/glossary/#${entryId}`;
/** The guide with the most glossary links. */
const denseGuide = 'cto-as-a-service';

/** The entry's term and first sentence, read from the glossary page as a reader sees it. */
async function readEntry(page: Page, locale: Locale) {
  await page.goto(glossaryEntry(locale));
  const term = await page.locator(`h2#${entryId}`).innerText();
  const paragraph = await page.locator(`h2#${entryId} + p`).innerText();
  return { term, definition: firstSentence(paragraph, localeInfo[locale].script) };
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until the focus is on `target`, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error('Tab never reached the term’s button');
}

describe.each(locales)('glossary terms in a %s guide', (locale) => {
  const t = translator(locale);

  it('open from the keyboard, read the entry’s first sentence, close with Escape and lead to the entry', async () => {
    const { page } = await sharedPage(browser(), desktop);
    const { term, definition } = await readEntry(page, locale);
    await page.goto(guide(locale));
    const trigger = page.locator(`button[popovertarget="term-${entryId}"]`).first();
    await tabTo(page, trigger);
    const name = t('term.show', { term: await trigger.innerText() });
    await expect(isFocused(page.getByRole('button', { name, exact: true }).first())).resolves.toBe(true);

    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: term });
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(popover.innerText()).resolves.toBe(`${term}\n\n${definition}\n\n${t('term.fullEntry')}`);
    const description = await popover.getAttribute('aria-describedby');
    await expect(page.locator(`#${description}`).innerText()).resolves.toBe(definition);
    const fullEntry = popover.getByRole('link', { name: t('term.fullEntry'), exact: true });
    await expect(isFocused(fullEntry)).resolves.toBe(true);

    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await expect(isFocused(trigger)).resolves.toBe(true);

    await page.keyboard.press('Enter');
    await expect(isFocused(fullEntry)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === glossaryEntry(locale));
    await expect(page.locator(`h2#${entryId}`).evaluate((el) => el.matches(':target'))).resolves.toBe(true);
  });

  it('has one popover per term, opened by each of its links, with ids unique on the page', async () => {
    const { page } = await sharedPage(browser(), desktop);
    await page.goto(guide(locale));
    const triggers = page.locator(`button[popovertarget="term-${entryId}"]`);
    await expect(triggers.count()).resolves.toBe(2);
    await expect(page.locator(`[popover]#term-${entryId}`).count()).resolves.toBe(1);
    const { duplicates, unmatched } = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const targets = [...document.querySelectorAll('button[popovertarget]')].map((b) => b.getAttribute('popovertarget')!);
      return {
        duplicates: ids.filter((id, index) => ids.indexOf(id) !== index),
        unmatched: targets.filter((id) => !document.getElementById(id)?.hasAttribute('popover')),
      };
    });
    expect({ duplicates, unmatched }).toEqual({ duplicates: [], unmatched: [] });

    const second = triggers.nth(1);
    await second.click();
    await expect(page.locator(`#term-${entryId}`).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(isFocused(second)).resolves.toBe(true);
  });

  it('is a plain link to the entry where the browser has no popovers', async () => {
    const { page } = await sharedPage(browser(), desktop);
    await page.goto(guide(locale));
    // Drop the stylesheet's popover rules, as a browser without popovers would never apply them.
    const dropped = await page.evaluate(() => {
      let count = 0;
      for (const sheet of document.styleSheets) {
        const rules = [...sheet.cssRules];
        for (let i = rules.length - 1; i >= 0; i--) {
          const rule = rules[i];
          if (rule instanceof CSSSupportsRule && rule.conditionText.includes(':popover-open')) {
            sheet.deleteRule(i);
            count++;
          }
        }
      }
      return count;
    });
    expect(dropped).toBeGreaterThan(0);
    const trigger = page.locator(`button[popovertarget="term-${entryId}"]`).first();
    const link = page.locator(`a.term-link[href="${glossaryEntry(locale)}"]`).first();
    await expect(trigger.isVisible()).resolves.toBe(false);
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(link.innerText()).resolves.toBe(await trigger.textContent());
    await link.click();
    await page.waitForURL((url) => url.pathname + url.hash === glossaryEntry(locale));
  });

  it('prints as the link, followed by the entry’s address', async () => {
    const { page } = await sharedPage(browser(), desktop);
    await page.goto(guide(locale));
    await page.emulateMedia({ media: 'print' });
    const link = page.locator(`a.term-link[href="${glossaryEntry(locale)}"]`).first();
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(link.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toContain(glossaryEntry(locale));
    await expect(page.locator('button.term-trigger').first().isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it.each([
    ['a 390 px phone', phone],
    ['a 1280 px desktop', desktop],
  ] as const)('opens every definition inside the window, beside its term, on %s', async (_, options) => {
    const { page } = await sharedPage(browser(), options);
    await page.goto(`/${locale}/guides/${denseGuide}/`);
    const { width, height } = options.viewport;
    const outside: string[] = [];
    const triggers = await page.locator('button.term-trigger').all();
    // Every glossary link of the guide's Markdown became a button.
    const links = readFileSync(`content/guides/${locale}/${denseGuide}.md`, 'utf8').match(/\]\(\/\w+\/glossary\/#/g) ?? [];
    expect(triggers.length).toBe(links.length);
    // Each button at the top of the window (room below) and at its foot (room above only).
    for (const trigger of triggers) {
      for (const block of ['start', 'end'] as const) {
        await trigger.evaluate((el, block) => el.scrollIntoView({ block }), block);
        await trigger.click();
        const popover = page.locator('.term-popover:popover-open');
        const box = (await popover.boundingBox())!;
        const term = (await trigger.boundingBox())!;
        const coversTerm = box.y < term.y + term.height && term.y < box.y + box.height && box.x < term.x + term.width && term.x < box.x + box.width;
        if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height || coversTerm) {
          outside.push(`${await trigger.innerText()} at the ${block}: ${JSON.stringify(box)}`);
        }
        await page.keyboard.press('Escape');
        await expect(popover.count()).resolves.toBe(0);
      }
    }
    expect(outside).toEqual([]);
  });

  // tests/e2e/a11y.test.ts checks every guide with its popovers closed.
  it('passes axe on an open definition, in the light and the dark theme', async () => {
    // axe runs as a script in the page.
    const { page } = await sharedPage(browser(), { viewport: desktop.viewport });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(guide(locale));
    await page.locator(`button[popovertarget="term-${entryId}"]`).first().click();
    const found: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      found[colorScheme] = await axeViolations(page, `#term-${entryId}`);
    }
    expect(found).toEqual({ light: [], dark: [] });
  });
});
