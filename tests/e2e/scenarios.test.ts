/**
 * Scenarios side by side in every locale: keep the current numbers as scenario A, change
 * an input, and read A, B and the difference; swap, rename and clear; share the two
 * scenarios and reopen them; old single-scenario links; currencies never mixed; the
 * keyboard path; the layout at 390 px and axe with a scenario kept.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toolDefaults } from '../../src/data/tool-defaults';
import { dictionaries, fill } from '../../src/i18n/translate';
import { localeInfo, locales, type Currency, type Locale } from '../../src/i18n/locales';
import { badHireCost, type BadHireInput } from '../../src/lib/cost/bad-hire-cost';
import { compareCosts, type CostComparisonInput } from '../../src/lib/cost/cost-comparison';
import { ctoCareer, type CtoCareerInput } from '../../src/lib/cost/cto-career';
import { axeViolations, sharedPage, useBrowser } from './harness';

const browser = useBrowser();

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function openTool(path: string, options = {}) {
  const watched = await sharedPage(browser(), options);
  await watched.page.goto(path);
  // The island is live once the copy button is enabled.
  await watched.page.locator('.calc-copy:enabled').waitFor();
  return watched;
}

const field = (page: Page, name: string) => page.locator(`.calc input[name="${name}"]`);
/** The comparison's cells for one output (A, B, difference), as the reader sees them. */
const cells = (page: Page, output: string) => page.locator(`.calc-compare tr[data-output="${output}"] td`).allInnerTexts();
const comparison = (page: Page) => page.locator('.calc-compare table');
const params = (page: Page) => new URL(page.url()).searchParams;

/** Sums as the locale writes them, independently of the page's code; differences carry their sign. */
const money = (value: number, currency: Currency, locale: Locale, sign: 'auto' | 'exceptZero' = 'auto') =>
  new Intl.NumberFormat(localeInfo[locale].intlLocale, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: sign }).format(value);

async function retype(page: Page, name: string, text: string) {
  await field(page, name).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

describe.each(locales)('scenarios in the cost comparison, %s', (locale) => {
  const path = `/${locale}/tools/cost-comparison/`;
  const t = dictionaries[locale];
  const currency = localeInfo[locale].currency;
  const examples = toolDefaults['cost-comparison'][currency];
  const cash = (changes: Partial<CostComparisonInput>) => compareCosts({ ...examples, ...changes }).cash;
  const names = { a: t['calc.scenario.defaultA'], b: t['calc.scenario.defaultB'] };

  it('keeps the numbers as A, then shows A, B and B − A for every output, with both on the chart', async () => {
    const { page, problems } = await openTool(path);
    await expect(comparison(page).count()).resolves.toBe(0);
    await page.getByRole('button', { name: t['calc.scenario.keep'] }).click();
    await expect.poll(() => params(page).get('v')).toBe('2');
    expect(params(page).get('a.ftMonthsToHire')).toBe(String(examples.ftMonthsToHire));
    await expect.poll(() => page.getByRole('status').filter({ hasText: fill(t['calc.scenario.kept'], names) }).count()).toBe(1);
    await comparison(page).waitFor();

    await retype(page, 'ftMonthsToHire', '9');
    const a = cash({});
    const b = cash({ ftMonthsToHire: 9 });
    await expect
      .poll(() => cells(page, 'cash.fullTimeTotal'))
      .toEqual([money(a.fullTimeTotal, currency, locale), money(b.fullTimeTotal, currency, locale), money(b.fullTimeTotal - a.fullTimeTotal, currency, locale, 'exceptZero')]);
    expect(b.fullTimeTotal).not.toBe(a.fullTimeTotal);
    // The service path did not change: its difference reads zero.
    await expect(cells(page, 'cash.serviceTotal')).resolves.toEqual([
      money(a.serviceTotal, currency, locale),
      money(b.serviceTotal, currency, locale),
      money(0, currency, locale),
    ]);
    // Neither scenario's lines cross: the break-even row says so, not "0 months".
    expect([a.breakEvenMonth, b.breakEvenMonth]).toEqual([null, null]);
    await expect(cells(page, 'cash.breakEvenMonth')).resolves.toEqual([t['calc.scenario.none'], t['calc.scenario.none'], t['calc.scenario.same']]);
    await expect(comparison(page).locator('caption').innerText()).resolves.toBe(fill(t['calc.scenario.caption'], names));
    await expect(comparison(page).locator('thead th').allInnerTexts()).resolves.toEqual([
      t['calc.scenario.output'],
      names.a,
      names.b,
      fill(t['calc.scenario.difference'], names),
    ]);
    // Four lines: B's two paths and A's.
    await expect(page.locator('.chart-legend > span').count()).resolves.toBe(4);
    await expect(page.locator('.chart-legend').innerText()).resolves.toContain(fill(t['calc.scenario.chartLine'], { scenario: names.a, path: t['calc.cc.group.fullTime'] }));
    expect(problems).toEqual([]);
  });

  it('swaps A and B, renames them, shares both in one link and clears A', async () => {
    const { page } = await openTool(path);
    await page.getByRole('button', { name: t['calc.scenario.keep'] }).click();
    await comparison(page).waitFor();
    await retype(page, 'ftMonthsToHire', '9');
    await expect.poll(() => params(page).get('ftMonthsToHire')).toBe('9');

    const nameA = locale === 'zh' ? '快速招聘' : locale === 'vi' ? 'Tuyển nhanh' : 'Hire fast';
    const nameB = locale === 'zh' ? '慢慢招聘' : locale === 'vi' ? 'Tuyển chậm' : 'Hire slowly';
    await page.getByLabel(t['calc.scenario.nameA']).fill(nameA);
    await page.getByLabel(t['calc.scenario.nameB']).fill(nameB);
    await expect.poll(() => [params(page).get('a.label'), params(page).get('b.label')]).toEqual([nameA, nameB]);
    await expect(comparison(page).locator('thead th').nth(1).innerText()).resolves.toBe(nameA);
    // Renaming is not announced: the status still holds the words of the keep action.
    await expect(page.locator('.calc-scenarios [role="status"]').innerText()).resolves.toBe(fill(t['calc.scenario.kept'], names));

    const shared = page.url();
    const { page: other } = await openTool(new URL(shared).pathname + new URL(shared).search);
    await expect.poll(() => cells(other, 'cash.fullTimeTotal')).toEqual(await cells(page, 'cash.fullTimeTotal'));
    await expect(other.getByLabel(t['calc.scenario.nameA']).inputValue()).resolves.toBe(nameA);
    await expect(field(other, 'ftMonthsToHire').inputValue()).resolves.toBe('9');

    const before = await cells(page, 'cash.fullTimeTotal');
    await page.getByRole('button', { name: fill(t['calc.scenario.swap'], { a: nameA, b: nameB }) }).click();
    await expect.poll(() => field(page, 'ftMonthsToHire').inputValue()).toBe(String(examples.ftMonthsToHire));
    await expect.poll(() => params(page).get('a.ftMonthsToHire')).toBe('9');
    expect(params(page).get('a.label')).toBe(nameB);
    const after = await cells(page, 'cash.fullTimeTotal');
    expect(after.slice(0, 2)).toEqual([before[1], before[0]]);
    await expect
      .poll(() => page.locator('.calc-scenarios [role="status"]').innerText())
      .toBe(fill(t['calc.scenario.swapped'], { a: nameB, b: nameA }));

    await page.getByRole('button', { name: fill(t['calc.scenario.clear'], { a: nameB }) }).click();
    await expect.poll(() => comparison(page).count()).toBe(0);
    await expect.poll(() => params(page).get('v')).toBe('1');
    expect([...params(page).keys()].some((key) => key.startsWith('a.') || key.startsWith('b.'))).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t['calc.scenario.keep']);
  });

  it('opens an old v=1 link as one scenario, with nothing kept', async () => {
    const { page } = await openTool(`${path}?v=1&cur=${currency}&ftMonthsToHire=7&a.ftMonthsToHire=2`);
    await expect(field(page, 'ftMonthsToHire').inputValue()).resolves.toBe('7');
    await expect(page.getByRole('button', { name: t['calc.scenario.keep'] }).isVisible()).resolves.toBe(true);
    await expect(comparison(page).count()).resolves.toBe(0);
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    expect(params(page).get('v')).toBe('1');
  });

  it('never puts two currencies in one difference: says so, and still compares the months', async () => {
    const other: Currency = currency === 'USD' ? 'CNY' : 'USD';
    const { page } = await openTool(`${path}?v=2&cur=${other}&a.cur=${currency}&a.vacancyMonthlyCost=0&vacancyMonthlyCost=0`);
    await comparison(page).waitFor();
    await expect(page.locator('.calc-compare .calc-compare-note').innerText()).resolves.toBe(
      fill(t['calc.scenario.currencies'], { ...names, currencyA: currency, currencyB: other }),
    );
    const [, , difference] = await cells(page, 'cash.fullTimeTotal');
    expect(difference).toBe(t['calc.scenario.otherCurrency']);
    const a = compareCosts({ ...examples, vacancyMonthlyCost: 0 }).cash;
    const [aTotal] = await cells(page, 'cash.fullTimeTotal');
    expect(aTotal).toBe(money(a.fullTimeTotal, currency, locale));
    // A month is a month in any currency.
    const [, , breakEvenDifference] = await cells(page, 'cash.breakEvenMonth');
    expect(breakEvenDifference).not.toBe(t['calc.scenario.otherCurrency']);
    // A's lines stay off the chart, and the page says why.
    await expect(page.locator('.chart-legend > span').count()).resolves.toBe(2);
    await expect(page.locator('.calc-result .calc-compare-note').allInnerTexts()).resolves.toContain(
      fill(t['calc.scenario.chartOtherCurrency'], { a: names.a, currency }),
    );
  });

  it('names an unreadable value of A in the notice, with the scenario', async () => {
    const { page } = await openTool(`${path}?v=2&cur=${currency}&a.ftSalary=-1`);
    await expect(page.locator('.calc-notice').innerText()).resolves.toContain(
      fill(t['calc.scenario.field'], { field: t['calc.cc.ftSalary'], scenario: names.a }),
    );
    await expect(cells(page, 'cash.fullTimeTotal')).resolves.toHaveLength(3);
  });
});

describe.each(locales)('scenarios in the other calculators, %s', (locale) => {
  const t = dictionaries[locale];
  const currency = localeInfo[locale].currency;

  it('bad hire cost: A and B side by side with the difference', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/bad-hire-cost/`);
    await page.getByRole('button', { name: t['calc.scenario.keep'] }).click();
    await comparison(page).waitFor();
    await retype(page, 'monthsToNotice', '6');
    const examples = toolDefaults['bad-hire-cost'][currency] as BadHireInput;
    const a = badHireCost(examples);
    const b = badHireCost({ ...examples, monthsToNotice: 6 });
    await expect
      .poll(() => cells(page, 'cto.total'))
      .toEqual([money(a.total, currency, locale), money(b.total, currency, locale), money(b.total - a.total, currency, locale, 'exceptZero')]);
    expect(problems).toEqual([]);
  });

  it('CTO career: A and B side by side with the difference in companies', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/`);
    await page.getByRole('button', { name: t['calc.scenario.keep'] }).click();
    await comparison(page).waitFor();
    const examples = toolDefaults['cto-career'][currency] as CtoCareerInput;
    await retype(page, 'yearsPerCompany', String(examples.yearsPerCompany + 2));
    const a = ctoCareer(examples).fullTime;
    const b = ctoCareer({ ...examples, yearsPerCompany: examples.yearsPerCompany + 2 }).fullTime;
    expect(b.companies).not.toBe(a.companies);
    const count = (n: number, sign: 'auto' | 'exceptZero' = 'auto') => new Intl.NumberFormat(localeInfo[locale].intlLocale, { signDisplay: sign }).format(n);
    await expect.poll(() => cells(page, 'fullTime.companies')).toEqual([count(a.companies), count(b.companies), count(b.companies - a.companies, 'exceptZero')]);
    expect(problems).toEqual([]);
  });
});

describe('scenarios from the keyboard and on a phone', () => {
  const t = dictionaries.en;

  it('keeps, renames, swaps and clears with the keyboard alone, with the focus always visible', async () => {
    const { page } = await openTool('/en/tools/cost-comparison/');
    await field(page, 'svcOverlapMonths').focus();
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return { text: active?.textContent ?? '', tag: active?.tagName ?? '', outline: active ? getComputedStyle(active).outlineStyle : 'none', id: active?.id ?? '' };
      });
    for (let i = 0; i < 40 && (await focused()).text !== t['calc.scenario.keep']; i++) await page.keyboard.press('Tab');
    expect((await focused()).text).toBe(t['calc.scenario.keep']);
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    // The comparison takes the focus, named by its caption.
    await expect.poll(async () => (await focused()).tag).toBe('SECTION');
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused()).id).toContain('label-a');
    await page.keyboard.type('Now');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe(fill(t['calc.scenario.swap'], { a: 'Now', b: t['calc.scenario.defaultB'] }));
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('b.label')).toBe('Now');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe(fill(t['calc.scenario.clear'], { a: t['calc.scenario.defaultA'] }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).text).toBe(t['calc.scenario.keep']);
    await expect.poll(() => page.locator('.calc-scenarios [role="status"]').innerText()).toBe(fill(t['calc.scenario.cleared'], { a: t['calc.scenario.defaultA'] }));
  });

  it.each(locales)('fits a 390 px screen in %s: the page does not scroll sideways, the table scrolls in its labelled region', async (locale) => {
    const { page } = await openTool(`/${locale}/tools/cost-comparison/?v=2&ftMonthsToHire=9&a.label=${encodeURIComponent('A rather long scenario name')}`, phone);
    await comparison(page).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    const region = page.locator('.calc-compare section');
    await expect(region.getAttribute('aria-labelledby')).resolves.toBe(await comparison(page).locator('caption').getAttribute('id'));
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    for (const button of await page.locator('.calc-compare button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations with a scenario kept, in the %s theme', async (colorScheme) => {
    const { page } = await openTool('/zh/tools/cost-comparison/?v=2&cur=USD&ftMonthsToHire=9&a.cur=CNY', { colorScheme });
    await comparison(page).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
