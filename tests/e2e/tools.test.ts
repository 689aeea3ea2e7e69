/**
 * The cost tools as a reader uses them, in every locale: typing changes the result, a
 * shared link reproduces it, a hostile link renders inert, bad input is flagged, the
 * verdict stays in sight while editing, the chart reads out any month and stays legible,
 * tables fit a phone, the page works without JavaScript, axe finds nothing, and the
 * first load stays in budget.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { toolIds } from '../../src/data/catalog';
import { toolFormulas } from '../../src/data/formulas';
import { salaryFields, toolDefaults } from '../../src/data/tool-defaults';
import { dictionaries, fill } from '../../src/i18n/translate';
import { localeInfo, locales, type Currency, type Locale } from '../../src/i18n/locales';
import { badHireCost } from '../../src/lib/cost/bad-hire-cost';
import { compareCosts, type CostComparisonInput } from '../../src/lib/cost/cost-comparison';
import { costVerdict } from '../../src/lib/cost/verdict';
import { ctoCareer, serviceBreakEvenFee } from '../../src/lib/cost/cto-career';
import { toolFields } from '../../src/lib/cost/fields';
import { formatMoney, formatPercent, formatYears, joinSentences } from '../../src/lib/format';
import { currencies } from '../../src/lib/share-state';
import { budgets } from '../quality/budgets';
import { measureFirstLoad } from '../quality/first-load';
import { costSummary } from '../../src/widgets/tools/verdicts';
import type { CalcKey } from '../../src/widgets/tools/tool-props';
import { axeViolations, baseURL, sharedPage, useBrowser } from './harness';

const browser = useBrowser();

/** The result as a reader sees it, once the island is live. */
const summary = (page: Page) => page.locator('.calc-summary p').first().innerText();
const field = (page: Page, name: string) => page.locator(`.calc input[name="${name}"]`);
/** A number as the locale writes it, independently of the page's own formatting code. */
const plain = (n: number, locale: Locale) => new Intl.NumberFormat(localeInfo[locale].intlLocale, { maximumFractionDigits: 20 }).format(n);
/** The text a field's aria-describedby points to first (its message or its read-back). */
const description = async (page: Page, name: string) => {
  const [first] = ((await field(page, name).getAttribute('aria-describedby')) ?? '').split(' ');
  return page.locator(`[id="${first}"]`).innerText();
};

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };

/** Where a locator is on screen, relative to the viewport. */
async function placement(page: Page, locator: Locator) {
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return {
    box,
    inside: box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width,
    visible: box.y < height && box.y + box.height > 0,
  };
}

/** Types into a field from the keyboard, as a reader replaces its value. */
async function retype(page: Page, input: Locator, text: string) {
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** The cost comparison's verdict for its example values in a locale, with some values changed, in cash. */
function expectedCostVerdict(locale: Locale, changes: Partial<CostComparisonInput>): string {
  const t = dictionaries[locale];
  const { intlLocale, currency } = localeInfo[locale];
  const input = { ...toolDefaults['cost-comparison'][currency], ...changes };
  const r = compareCosts(input).cash;
  expect(costVerdict(r).cheaper, 'the example has a cheaper path').not.toBe('neither');
  // The sentence itself is unit-tested in every locale (tests/unit/cost-summary.test.ts).
  return costSummary(
    r,
    input.vacancyMonthlyCost,
    {
      years: formatYears(input.horizonYears, intlLocale),
      basis: t[input.discountPct > 0 ? 'calc.cc.basis.cashPv' : 'calc.cc.basis.cash'],
      money: (v) => formatMoney(v, currency, intlLocale),
    },
    t,
  );
}

/** Where the example lines cross: with an in-house lead taking over, the service's dearer months come first. */
const crossing = { successor: 'lead' } as const;
/** Number fields shown for a full-seat service CTO and a successor CTO, the defaults; a part-time one shows days and a day rate instead, a lead their salary. */
const seatFields = toolFields['cost-comparison'].filter((f) => !['svcDaysPerWeek', 'svcDayRate', 'leadSalary', 'leadRecruiting', 'leadCoveragePct'].includes(f.name));

async function openTool(path: string, options = {}) {
  const watched = await sharedPage(browser(), options);
  await watched.page.goto(path);
  // The island is live once the copy button is enabled.
  await watched.page.locator('.calc-copy:enabled').waitFor();
  return watched;
}

/** What a reader types in each locale (field, text) and the number it means. */
const typedForms: Record<Locale, [name: string, typed: string, expected: number][]> = {
  en: [
    ['ftBonus', '50k', 50_000],
    ['ftBonus', '120.000.000', 120_000_000],
    ['ftBonus', '2 triệu', 2_000_000],
    ['ftBonus', '1.234,5', 1234.5],
    ['svcBonusEquityPct', '1,5', 1.5],
  ],
  zh: [
    ['ftBonus', '1.5万', 15_000],
    ['ftBonus', '120.000.000', 120_000_000],
    ['ftBonus', '1.2亿', 120_000_000],
    ['svcBonusEquityPct', '0.25%', 0.25],
  ],
  vi: [
    ['ftBonus', '2 triệu', 2_000_000],
    ['ftBonus', '120,000,000', 120_000_000],
    ['ftBonus', '1,2 tỷ', 1_200_000_000],
    ['svcBonusEquityPct', '1,5', 1.5],
  ],
};

describe('tool pages', () => {
  // budgets.test.ts measures the cost comparison in every locale. The other tools' scripts are
  // the same files in every locale (their strings travel in the HTML), so one locale each,
  // taken in turn, measures them.
  const otherTools = toolIds.filter((id) => id !== 'cost-comparison');
  it.each(otherTools.map((id, i) => `/${locales[(i + 1) % locales.length]}/tools/${id}/`))(
    '%s ships at most 25 KB of gzipped JavaScript at first load',
    async (path) => {
      const load = await measureFirstLoad(browser(), baseURL, path);
      console.log(`${path}: ${(load.jsBytes / 1024).toFixed(1)} KB gzipped JavaScript in ${load.requests} requests`);
      expect(load.jsBytes).toBeGreaterThan(0);
      expect(load.jsBytes).toBeLessThanOrEqual(budgets.tool.jsBytes);
    },
  );
});

describe('links between tools and guides', () => {
  it.each([
    ['cost-comparison', 'engaging-a-service-cto'],
    ['bad-hire-cost', 'bad-cto-cost'],
    ['cto-career', 'cto-career-math'],
  ])('the %s page links back to the %s guide in every locale', async (tool, guide) => {
    for (const locale of locales) {
      const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
      await page.goto(`/${locale}/tools/${tool}/`);
      const links = await page.locator('#guides + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(`/${locale}/guides/${guide}/`);
    }
  });
});

describe('narrow screens', () => {
  it.each(['/zh/tools/cost-comparison/', '/vi/tools/bad-hire-cost/', '/en/tools/cto-career/', '/vi/guides/cto-career-math/'])(
    '%s fits a 320 px screen without sideways scrolling',
    async (path) => {
      const { page } = await sharedPage(browser(), { viewport: { width: 320, height: 800 } });
      await page.goto(path);
      // A guide's calculator comes alive when scrolled into view.
      await page.locator('.calc').scrollIntoViewIfNeeded();
      await page.locator('.calc-copy:enabled').waitFor();
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    },
  );
});

describe.each(locales)('cost comparison in %s', (locale) => {
  const path = `/${locale}/tools/cost-comparison/`;
  const t = dictionaries[locale];

  it('recalculates as the reader types and writes the state into the address', async () => {
    const { page, problems } = await openTool(path);
    const before = await summary(page);
    await field(page, 'ftSalary').fill('');
    await field(page, 'ftSalary').pressSequentially(locale === 'vi' ? '5 tỷ' : locale === 'zh' ? '500万' : '500k');
    // Each keystroke recalculates, so wait for the whole entry to reach the address.
    const expected = locale === 'vi' ? '5000000000' : locale === 'zh' ? '5000000' : '500000';
    await expect.poll(() => new URL(page.url()).searchParams.get('ftSalary')).toBe(expected);
    await expect.poll(() => summary(page)).not.toBe(before);
    expect(new URL(page.url()).searchParams.get('v')).toBe('1');
    await expect.poll(async () => page.getByRole('status').first().textContent()).toBe(await summary(page));
    expect(problems).toEqual([]);
  });

  it('switching currency after an edit shows that currency’s examples and says so; switching back restores the edit', async () => {
    const { page, problems } = await openTool(path);
    const home = localeInfo[locale].currency;
    const other = currencies.find((c) => c !== home) as Currency;
    const symbol = (currency: Currency) =>
      new Intl.NumberFormat(localeInfo[locale].intlLocale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')!.value;
    const bonus = field(page, 'ftBonus');
    const [typed, edited] = locale === 'vi' ? ['250 triệu', 250_000_000] : locale === 'zh' ? ['20万', 200_000] : ['45k', 45_000];
    await bonus.fill(typed);
    await page.keyboard.press('Tab');
    await expect.poll(() => bonus.inputValue()).toBe(plain(edited, locale));
    await expect.poll(() => new URL(page.url()).searchParams.get('ftBonus')).toBe(String(edited));
    const editedSummary = await summary(page);

    await page.getByLabel(t['calc.currency']).selectOption(other);
    const notice = page.locator('.calc-currency-note');
    const separator = locale === 'zh' ? '' : ' ';
    await expect
      .poll(() => notice.innerText())
      .toBe(`${fill(t['calc.currency.examples'], { currency: other })}${separator}${fill(t['calc.currency.kept'], { currency: home })}`);
    const examples = toolDefaults['cost-comparison'][other];
    for (const { name } of seatFields) {
      await expect(field(page, name).inputValue(), name).resolves.toBe(plain(examples[name], locale));
    }
    await expect.poll(() => summary(page)).toContain(symbol(other));
    const total = new Intl.NumberFormat(localeInfo[locale].intlLocale, { style: 'currency', currency: other, maximumFractionDigits: 0 }).format(
      compareCosts(examples).cash.fullTimeTotal,
    );
    await expect.poll(() => page.locator('.calc-result').textContent()).toContain(total);
    // Summary, totals, chart and tables all speak the new currency: none keeps the old one's sign.
    expect(await page.locator('.calc-result').textContent()).not.toContain(symbol(home));
    const address = new URL(page.url()).searchParams;
    expect([address.get('cur'), address.get('ftBonus'), address.get('companyValue')]).toEqual([
      other,
      String(examples.ftBonus),
      String(examples.companyValue),
    ]);

    await page.getByLabel(t['calc.currency']).selectOption(home);
    await expect.poll(() => notice.innerText()).toBe(fill(t['calc.currency.restored'], { currency: home }));
    await expect(bonus.inputValue()).resolves.toBe(plain(edited, locale));
    await expect.poll(() => summary(page)).toBe(editedSummary);
    await expect.poll(() => new URL(page.url()).searchParams.get('ftBonus')).toBe(String(edited));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reads each number typed in the locale’s forms back as the number it understood, on leaving the field', async () => {
    const { page } = await openTool(path);
    for (const [name, typed, expected] of typedForms[locale]) {
      const input = field(page, name);
      await input.fill('');
      await input.pressSequentially(typed);
      const shown = plain(expected, locale);
      await expect.poll(() => new URL(page.url()).searchParams.get(name), { message: typed }).toBe(String(expected));
      if (typed !== shown) {
        // While the text stands as typed, its meaning is shown beside it, as a description, not a live region.
        await expect(description(page, name), typed).resolves.toBe(`= ${shown}`);
        const readback = page.locator(`[id="${(await input.getAttribute('aria-describedby'))!.split(' ')[0]}"]`);
        await expect(readback.evaluate((el) => el.closest('[aria-live], [role="status"], [role="alert"]') === null)).resolves.toBe(true);
      }
      await page.keyboard.press('Tab');
      await expect.poll(() => input.inputValue(), { message: typed }).toBe(shown);
      await expect(page.locator('.calc-readback').count()).resolves.toBe(0);
      await expect(input.getAttribute('aria-invalid')).resolves.toBeNull();
    }
  });

  it('refuses a number that reads two ways, offers both, and keeps the text as typed', async () => {
    const { page } = await openTool(path);
    const before = await summary(page);
    const input = field(page, 'ftBonus');
    const [typed, grouped, decimal] = locale === 'vi' ? ['120,000', '120.000', '120'] : ['1.500', '1,500', '1.5'];
    await input.fill(typed);
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(description(page, 'ftBonus')).resolves.toBe(fill(t['calc.error.ambiguous'], { grouped, decimal }));
    await page.keyboard.press('Tab');
    await expect(input.inputValue()).resolves.toBe(typed);
    expect(await summary(page)).toBe(before);
    await input.fill(grouped);
    await expect(input.getAttribute('aria-invalid')).resolves.toBeNull();
  });

  it('shows a linked value with all the precision the model uses', async () => {
    const { page } = await openTool(`${path}?v=1&ftEquityPct=0.004&svcBonusEquityPct=1.125`);
    await expect.poll(() => field(page, 'ftEquityPct').inputValue()).toBe(plain(0.004, locale));
    // "1.125" would read as a thousands group, so the field writes a fourth decimal.
    await expect(field(page, 'svcBonusEquityPct').inputValue()).resolves.toBe(
      new Intl.NumberFormat(localeInfo[locale].intlLocale, { minimumFractionDigits: 4 }).format(1.125),
    );
    await field(page, 'ftEquityPct').focus();
    await page.keyboard.press('Tab');
    await expect(field(page, 'ftEquityPct').inputValue()).resolves.toBe(plain(0.004, locale));
    expect(new URL(page.url()).searchParams.get('ftEquityPct')).toBe('0.004');
  });

  it('shows a linked equity share in the equity table as the model uses it, not rounded to 0 %', async () => {
    const { page } = await openTool(`${path}?v=1&cur=USD&ftEquityPct=0.004&svcBonusEquityPct=0.125`);
    const { intlLocale } = localeInfo[locale];
    const percent = (n: number) => new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'percent', maximumFractionDigits: 20 }).format(n);
    const equity = page.locator('table', { has: page.locator('caption', { hasText: t['calc.cc.equity'] }) });
    const granted = async (header: string) =>
      equity.locator('tbody tr', { has: page.getByRole('rowheader', { name: header, exact: true }) }).locator('.calc-cell-value').first().innerText();
    await expect.poll(() => granted(t['calc.cc.group.fullTime'])).toBe(percent(0.004));
    // The service path grants its bonus share and, to the successor CTO, the full-time grant.
    await expect(granted(t['calc.cc.group.service'])).resolves.toBe(percent(0.129));
    // A vested share is never shown as 0 % while the model counts some of it.
    const { fullTimeEquity } = compareCosts({ ...toolDefaults['cost-comparison'].USD, ftEquityPct: 0.004, svcBonusEquityPct: 0.125 });
    expect(fullTimeEquity.vestedPct).toBeGreaterThan(0);
    const vested = await equity.locator('tbody tr').first().locator('.calc-cell-value').nth(1).innerText();
    expect(vested).toMatch(/[1-9]/);
  });

  it('keeps the address’s #section while the reader edits, and drops a field from the link notice once it is edited', async () => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`${path}?v=1&ftBonus=abc&horizonYears=99#method`);
    await page.locator('.calc').scrollIntoViewIfNeeded();
    await page.locator('.calc-copy:enabled').waitFor();
    const notice = page.locator('.calc-notice');
    const listed = (...labels: string[]) => fill(t['calc.urlNotice'], { fields: new Intl.ListFormat(localeInfo[locale].intlLocale).format(labels) });
    await expect.poll(() => notice.innerText()).toBe(listed(t['calc.cc.horizonYears'], t['calc.cc.ftBonus']));
    await retype(page, field(page, 'ftBonus'), '1000');
    await expect.poll(() => new URL(page.url()).searchParams.get('ftBonus')).toBe('1000');
    expect(new URL(page.url()).hash).toBe('#method');
    await expect.poll(() => notice.innerText()).toBe(listed(t['calc.cc.horizonYears']));
    await retype(page, field(page, 'horizonYears'), '3');
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('horizonYears')).toBe('3');
    expect(new URL(page.url()).hash).toBe('#method');
    expect(problems).toEqual([]);
  });

  it('reproduces a result from a shared link and copies that link', async () => {
    const { page } = await openTool(path, { permissions: ['clipboard-read', 'clipboard-write'] });
    await field(page, 'svcMonthlyFee').fill('12345');
    await field(page, 'horizonYears').fill('7');
    await expect.poll(() => page.url()).toContain('horizonYears=7');
    const result = await summary(page);
    await page.getByRole('button', { name: t['calc.copyLink'] }).click();
    await expect.poll(() => page.locator('.calc-copy-status').innerText()).toBe(t['calc.copied']);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const { page: other } = await openTool(new URL(copied).pathname + new URL(copied).search);
    await expect.poll(() => summary(other)).toBe(result);
    await expect(field(other, 'svcMonthlyFee').inputValue()).resolves.toBe(new Intl.NumberFormat(localeInfo[locale].intlLocale).format(12345));
  });

  it('renders a hostile link inert, falls back to the examples and says so', async () => {
    const hostile = new URLSearchParams({
      v: '1',
      cur: '<script>alert(1)</script>',
      ftSalary: '<img src=x onerror=alert(1)>',
      svcMonths: '1e999',
      ftEquityPct: '500',
      horizonYears: 'NaN',
    });
    const { page, problems } = await sharedPage(browser());
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${path}?${hostile}`);
    await page.locator('.calc-copy:enabled').waitFor();
    const notice = page.locator('.calc-notice');
    await expect(notice.innerText()).resolves.toContain(t['calc.cc.ftSalary']);
    await expect(notice.innerText()).resolves.toContain(t['calc.currency']);
    expect(await notice.innerText()).not.toContain('<');
    expect(await page.locator('.calc img, .calc script').count()).toBe(0);
    const defaults = toolDefaults['cost-comparison'][localeInfo[locale].currency];
    const plain = (n: number) => new Intl.NumberFormat(localeInfo[locale].intlLocale).format(n);
    await expect(field(page, 'ftSalary').inputValue()).resolves.toBe(plain(defaults.ftSalary));
    await expect(field(page, 'horizonYears').inputValue()).resolves.toBe(plain(defaults.horizonYears));
    await expect(page.locator('.calc select').inputValue()).resolves.toBe(localeInfo[locale].currency);
    expect(await page.locator('.calc').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
  });

  // One page for the five kinds of bad input: each is typed over the last valid value, which
  // the result must keep, and a valid value after it must move the result on.
  it('flags each kind of bad input next to the field, keeps the last valid result, and moves on with a valid one', async () => {
    const { page } = await openTool(path);
    const input = field(page, 'ftBonus');
    // The example value and 1 give different results (the example's bonus is large): alternating them moves the result each time.
    const validValues = [await input.inputValue(), '1'];
    const badInputs = [
      ['', 'calc.error.empty'],
      ['abc', 'calc.error.malformed'],
      ['1,2,3', 'calc.error.malformed'],
      ['-5', 'calc.error.negative'],
      ['99999999999999999', 'calc.error.tooLarge'],
    ] as const;
    for (const [i, [text, messageKey]] of badInputs.entries()) {
      const before = await summary(page);
      await input.fill(text);
      await expect(input.getAttribute('aria-invalid'), text).resolves.toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
      const message = page.locator(`[id="${describedBy[0]}"]`);
      await expect(message.innerText(), text).resolves.toBe(t[messageKey].replace('{max}', new Intl.NumberFormat(localeInfo[locale].intlLocale).format(1e15)));
      // Not colour alone: the message carries an icon before its text.
      await expect(message.evaluate((el) => getComputedStyle(el, '::before').content)).resolves.not.toMatch(/^(none|normal)$/);
      expect(await summary(page), text).toBe(before);
      await expect(page.locator('.calc-stale').innerText()).resolves.toBe(t['calc.stale']);
      expect(await page.locator('.calc').innerText()).not.toMatch(/NaN|Infinity|undefined/);
      if (i === badInputs.length - 1) expect(await axeViolations(page)).toEqual([]);

      await input.fill(validValues[(i + 1) % 2]!);
      await expect(input.getAttribute('aria-invalid')).resolves.toBeNull();
      await expect.poll(() => summary(page), { message: `after ${text}` }).not.toBe(before);
    }
  });

  it('is usable from the keyboard: type in a field, reset with Enter', async () => {
    const { page } = await openTool(path);
    const before = await summary(page);
    await field(page, 'svcMonths').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('30');
    await expect.poll(() => summary(page)).not.toBe(before);
    await page.getByRole('button', { name: t['calc.reset'] }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary(page)).toBe(before);
    await expect(field(page, 'svcMonths').inputValue()).resolves.toBe('18');
  });

  it('shows every input and the example result without JavaScript', async () => {
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto(path);
    await expect(page.locator('.calc input[type="text"]').count()).resolves.toBe(seatFields.length);
    // Every switch, with its default checked.
    await expect(page.locator('.calc input[type="radio"]:checked').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value))).resolves.toEqual([
      'cash',
      'seat',
      'cto',
    ]);
    await expect(page.locator('.calc-note').innerText()).resolves.toBe(t['calc.noscript']);
    await expect(page.locator('.calc-examples').innerText()).resolves.toBe(t['calc.examples']);
    expect(await summary(page)).toMatch(/\d/);
    await expect(page.locator('.calc svg[role="img"]').count()).resolves.toBe(1);
  });
});

describe('cost comparison: the questions a CFO asks', () => {
  const t = dictionaries.en;
  const usd = toolDefaults['cost-comparison'].USD;
  const money = (v: number) => formatMoney(v, 'USD', 'en-US');
  const total = async (page: Page, key: 'calc.cc.totalFullTime' | 'calc.cc.totalService' | 'calc.cc.difference' | 'calc.cc.breakEven') => {
    const dd = page.locator('.calc-totals div').filter({ has: page.getByText(String(t[key]), { exact: true }) }).locator('dd');
    // The figure alone, without the sentence that follows it.
    return dd.evaluate((el) => el.firstChild?.textContent?.trim() ?? '');
  };

  it('charges the empty seat: a longer search makes full time dearer, not cheaper', async () => {
    const { page, problems } = await openTool('/en/tools/cost-comparison/');
    await retype(page, field(page, 'vacancyMonthlyCost'), '30000');
    const before = compareCosts({ ...usd, vacancyMonthlyCost: 30_000 }).cash;
    await expect.poll(() => total(page, 'calc.cc.totalFullTime')).toBe(money(before.fullTimeTotal));
    await retype(page, field(page, 'ftMonthsToHire'), '9');
    const after = compareCosts({ ...usd, vacancyMonthlyCost: 30_000, ftMonthsToHire: 9 }).cash;
    expect(after.fullTimeTotal).toBeGreaterThan(before.fullTimeTotal);
    await expect.poll(() => total(page, 'calc.cc.totalFullTime')).toBe(money(after.fullTimeTotal));
    // The difference is shown as an amount; which path it favours is the verdict's to say.
    await expect.poll(() => total(page, 'calc.cc.difference')).toBe(money(Math.abs(after.difference)));
    expect(after.difference).toBeGreaterThan(before.difference);
    // Without the vacancy cost the empty months cost nothing again, and the service's time to engage matters too.
    await retype(page, field(page, 'vacancyMonthlyCost'), '0');
    await retype(page, field(page, 'svcMonthsToStart'), '3');
    await expect.poll(() => new URL(page.url()).searchParams.get('svcMonthsToStart')).toBe('3');
    const none = compareCosts({ ...usd, ftMonthsToHire: 9, vacancyMonthlyCost: 0, svcMonthsToStart: 3 }).cash;
    await expect.poll(() => total(page, 'calc.cc.totalService')).toBe(money(none.serviceTotal));
    expect(problems).toEqual([]);
  });

  it('states the break-even point next to its figure, or says the lines never cross', async () => {
    const crossed = await openTool('/en/tools/cost-comparison/?v=1&successor=lead');
    const r = compareCosts({ ...usd, ...crossing }).cash;
    await expect.poll(() => total(crossed.page, 'calc.cc.breakEven')).toBe(fill(t['calc.cc.breakEvenMonth'], { month: r.breakEvenMonth! }));
    await expect(crossed.page.locator('.calc-breakeven p').first().innerText()).resolves.toBe(t['calc.cc.breakEvenDefined']);
    const never = await openTool('/en/tools/cost-comparison/');
    await expect(total(never.page, 'calc.cc.breakEven')).resolves.toBe(t['calc.cc.breakEvenNone']);
    await expect(never.page.locator('.calc-breakeven p').first().innerText()).resolves.toBe(t['calc.cc.breakEvenNever.fullTime']);
    await expect(never.page.locator('.chart-marker').count()).resolves.toBe(0);
  });

  it('raises salaries and discounts to today’s value, both kept in the address', async () => {
    const { page } = await openTool('/en/tools/cost-comparison/');
    await retype(page, field(page, 'salaryGrowthPct'), '8');
    await retype(page, field(page, 'discountPct'), '12');
    await expect.poll(() => new URL(page.url()).searchParams.get('discountPct')).toBe('12');
    expect(new URL(page.url()).searchParams.get('salaryGrowthPct')).toBe('8');
    const changes = { salaryGrowthPct: 8, discountPct: 12 };
    await expect.poll(() => summary(page)).toBe(expectedCostVerdict('en', changes));
    expect(await summary(page)).toContain(t['calc.cc.basis.cashPv']);
    await expect(total(page, 'calc.cc.totalFullTime')).resolves.toBe(money(compareCosts({ ...usd, ...changes }).cash.fullTimeTotal));
    // The link reproduces it.
    const again = await openTool(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => summary(again.page)).toBe(await summary(page));
  });

  it('opens an old link, made before these inputs existed, with their examples and no notice', async () => {
    const old = 'v=1&cur=USD&horizonYears=7&ftSalary=180000&svcMonthlyFee=20000';
    const { page } = await openTool(`/en/tools/cost-comparison/?${old}`);
    await expect.poll(() => field(page, 'horizonYears').inputValue()).toBe('7');
    for (const name of ['vacancyMonthlyCost', 'salaryGrowthPct', 'discountPct', 'dilutionPct', 'svcMonthsToStart', 'equityDiscountPct', 'svcBonusChancePct'] as const) {
      await expect(field(page, name).inputValue(), name).resolves.toBe(plain(usd[name], 'en'));
    }
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    await expect(page.getByRole('radio', { name: t['calc.cc.view.cash'] }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: t['calc.cc.successor.cto'] }).isChecked()).resolves.toBe(true);
    await expect.poll(() => summary(page)).toBe(expectedCostVerdict('en', { horizonYears: 7, ftSalary: 180_000, svcMonthlyFee: 20_000 }));
  });

  it('dilutes the successor CTO’s grant only by the rounds after it was made', async () => {
    // Three years, nominal, no fair-value discount, no bonus in equity; the grant (2 % of 20,000,000 = 400,000) vests in
    // full at a one-year cliff. The successor starts in month 18 and vests it all in month 29: one round (month 25) since
    // the grant, so 400,000 × 0.85 = 340,000. The round in month 13 came before the grant and does not count. The example
    // loses nothing to rounds (a round at the company value costs a holder nothing), so the link sets 15 % a year.
    const query = 'v=1&cur=USD&horizonYears=3&discountPct=0&equityDiscountPct=0&dilutionPct=15&svcBonusEquityPct=0&ftVestingYears=1';
    const { page, problems } = await openTool(`/en/tools/cost-comparison/?${query}`);
    const equity = page.locator('table', { has: page.locator('caption', { hasText: t['calc.cc.equity'] }) });
    const counted = (header: string) =>
      equity.locator('tbody tr', { has: page.getByRole('rowheader', { name: header, exact: true }) }).locator('.calc-cell-value').nth(2).innerText();
    await expect.poll(() => counted(t['calc.cc.group.service'])).toBe('$340,000');
    // The full-time CTO, hired in month 5, vests it in month 16: one round (month 13) since the hire.
    await expect(counted(t['calc.cc.group.fullTime'])).resolves.toBe('$340,000');
    expect(problems).toEqual([]);
  });

  it('switches between cash and economic cost from the keyboard, and names the winner of both views', async () => {
    const { page, problems } = await openTool('/en/tools/cost-comparison/');
    const r = compareCosts(usd);
    // The example: full time cheaper in both views.
    expect([Math.sign(r.cash.difference), Math.sign(r.economic.difference)]).toEqual([-1, -1]);
    const views = fill(t['calc.cc.views'], {
      cash: fill(t['calc.cc.views.fullTime'], { amount: money(-r.cash.difference) }),
      economic: fill(t['calc.cc.views.fullTime'], { amount: money(-r.economic.difference) }),
    });
    await expect(page.locator('.calc-views').innerText()).resolves.toBe(views);
    const cash = page.getByRole('radio', { name: t['calc.cc.view.cash'] });
    await cash.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('economic');
    await expect(page.getByRole('radio', { name: t['calc.cc.view.economic'] }).isChecked()).resolves.toBe(true);
    await expect.poll(() => total(page, 'calc.cc.totalFullTime')).toBe(money(r.economic.fullTimeTotal));
    await expect(summary(page)).resolves.toContain(t['calc.cc.basis.economicPv']);
    await expect(summary(page)).resolves.toContain(money(-r.economic.difference));
    await expect(page.locator('.chart svg[role="img"] > title').textContent()).resolves.toBe(fill(t['calc.cc.chart'], { basis: t['calc.cc.basis.economicPv'] }));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says so when counting equity changes the cheaper path', async () => {
    // A service followed by a lead, with a large equity bonus: cheaper in cash, dearer once its equity is counted.
    const changes = { successor: 'lead', svcBonusEquityPct: 5, ftEquityPct: 0.5 } as const;
    const r = compareCosts({ ...usd, ...changes });
    expect(Math.sign(r.cash.difference)).toBe(1);
    expect(Math.sign(r.economic.difference)).toBe(-1);
    const { page } = await openTool('/en/tools/cost-comparison/?v=1&view=economic&successor=lead&svcBonusEquityPct=5&ftEquityPct=0.5');
    const views = fill(t['calc.cc.views'], {
      cash: fill(t['calc.cc.views.service'], { amount: money(r.cash.difference) }),
      economic: fill(t['calc.cc.views.fullTime'], { amount: money(-r.economic.difference) }),
    });
    await expect.poll(() => page.locator('.calc-views').innerText()).toBe(`${views} ${t['calc.cc.views.disagree']}`);
    await expect(summary(page)).resolves.toMatch(/full-time CTO/);
  });

  it('prices a part-time CTO by days a week and a day rate, and says which mode is which', async () => {
    const { page, problems } = await openTool('/en/tools/cost-comparison/');
    await expect(field(page, 'svcDayRate').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: t['calc.cc.svcMode.fractional'] }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('svcMode')).toBe('fractional');
    await expect(field(page, 'svcMonthlyFee').count()).resolves.toBe(0);
    await retype(page, field(page, 'svcDaysPerWeek'), '3');
    await retype(page, field(page, 'svcDayRate'), '1200');
    await expect.poll(() => new URL(page.url()).searchParams.get('svcDayRate')).toBe('1200');
    const r = compareCosts({ ...usd, serviceMode: 'fractional', svcDaysPerWeek: 3, svcDayRate: 1200 }).cash;
    await expect.poll(() => total(page, 'calc.cc.totalService')).toBe(money(r.serviceTotal));
    // The page says what each mode is.
    await expect(page.getByRole('radio', { name: t['calc.cc.svcMode.seat'] }).count()).resolves.toBe(1);
    await expect(page.locator('#method-assumptions + ul').innerText()).resolves.toContain(t['tools.cost-comparison.method3']);
    expect(problems).toEqual([]);
  });

  it.each(locales)('shows the method lines and switch labels in %s', async (locale) => {
    const d = dictionaries[locale];
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/${locale}/tools/cost-comparison/`);
    const method = await page.locator('#method-assumptions + ul').innerText();
    for (const n of [1, 2, 3, 4, 5, 6, 7] as const) expect(method).toContain(d[`tools.cost-comparison.method${n}`]);
    const switches = ['calc.cc.view.cash', 'calc.cc.view.economic', 'calc.cc.svcMode.seat', 'calc.cc.svcMode.fractional', 'calc.cc.successor.cto', 'calc.cc.successor.lead'] as const;
    for (const key of switches) await expect(page.getByRole('radio', { name: d[key] }).count(), key).resolves.toBe(1);
  });
});

describe.each(locales)('cost comparison after the CFO’s review, in %s', (locale) => {
  const t = dictionaries[locale];
  const { intlLocale, currency } = localeInfo[locale];
  const examples = toolDefaults['cost-comparison'][currency];
  const path = `/${locale}/tools/cost-comparison/`;
  const money = (v: number) => formatMoney(v, currency, intlLocale);
  const row = (page: Page, key: CalcKey) => page.locator('.calc-totals div').filter({ has: page.getByText(String(t[key]), { exact: true }) }).locator('dd');
  /** The figure alone, without the sentence that follows it. */
  const figure = (page: Page, key: CalcKey) => row(page, key).evaluate((el) => el.firstChild?.textContent?.trim() ?? '');
  const note = (page: Page, key: CalcKey) => row(page, key).locator('p').innerText();

  it('hires the successor like a hire by default, or an in-house lead, and says which is which', async () => {
    const { page, problems } = await openTool(path);
    await expect(page.getByRole('radio', { name: t['calc.cc.successor.cto'] }).isChecked()).resolves.toBe(true);
    await expect(field(page, 'leadSalary').count()).resolves.toBe(0);
    const cto = compareCosts({ ...examples, successor: 'cto' }).cash;
    await expect.poll(() => figure(page, 'calc.cc.totalService')).toBe(money(cto.serviceTotal));
    await page.getByRole('radio', { name: t['calc.cc.successor.lead'] }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('successor')).toBe('lead');
    await expect(field(page, 'leadSalary').count()).resolves.toBe(1);
    const lead = compareCosts({ ...examples, successor: 'lead' }).cash;
    await expect.poll(() => figure(page, 'calc.cc.totalService')).toBe(money(lead.serviceTotal));
    expect(lead.serviceTotal).toBeLessThan(cto.serviceTotal);
    expect(problems).toEqual([]);
  });

  it('shows the vacancy cost that changes the verdict, and the verdict changes past it', async () => {
    const { page, problems } = await openTool(path);
    const flip = compareCosts(examples).cash.vacancyFlip!;
    expect(flip.cheaperAbove).toBe('service');
    await expect.poll(() => figure(page, 'calc.cc.vacancyFlip')).toBe(fill(t['calc.cc.vacancyFlipValue'], { amount: money(flip.cost) }));
    await expect(note(page, 'calc.cc.vacancyFlip')).resolves.toBe(t['calc.cc.vacancyFlip.serviceAbove']);
    // The headline itself is conditional: full time wins at no vacancy cost, unless an empty month costs more than the flip point.
    const sums = { years: formatYears(examples.horizonYears, intlLocale), basis: t['calc.cc.basis.cashPv'], flip: money(flip.cost) };
    const atZero = compareCosts(examples).cash;
    await expect(summary(page)).resolves.toBe(
      fill(t['calc.cc.verdict.fullTimeUnlessAbove'], { ...sums, vacancy: money(0), amount: money(Math.abs(atZero.difference)) }),
    );
    // A tenth above the flip point, the service is the cheaper path, unless an empty month costs less than that point.
    const above = Math.ceil(flip.cost * 1.1);
    await retype(page, field(page, 'vacancyMonthlyCost'), String(above));
    await expect.poll(() => new URL(page.url()).searchParams.get('vacancyMonthlyCost')).toBe(String(above));
    const past = compareCosts({ ...examples, vacancyMonthlyCost: above }).cash;
    expect(costVerdict(past).cheaper).toBe('service');
    await expect
      .poll(() => summary(page))
      .toBe(fill(t['calc.cc.verdict.serviceUnlessBelow'], { ...sums, vacancy: money(above), amount: money(Math.abs(past.difference)) }));
    // Now the note looks down: below the same point, full time would be cheaper.
    await expect.poll(() => note(page, 'calc.cc.vacancyFlip')).toBe(t['calc.cc.vacancyFlip.fullTimeBelow']);
    expect(problems).toEqual([]);
  });

  it('says when no vacancy cost changes the verdict', async () => {
    // Followed by a lead who covers the whole seat, the service is already cheaper and has the seat empty for fewer months.
    const r = compareCosts({ ...examples, successor: 'lead', leadCoveragePct: 100 }).cash;
    expect(r.vacancyFlip).toBeNull();
    const { page } = await openTool(`${path}?v=1&successor=lead&leadCoveragePct=100`);
    await expect.poll(() => figure(page, 'calc.cc.vacancyFlip')).toBe(t['calc.cc.vacancyFlipNone']);
    await expect(note(page, 'calc.cc.vacancyFlip')).resolves.toBe(t['calc.cc.vacancyFlipNoneNote']);
  });

  it('charges the vacancy cost for the share of the seat an in-house lead does not cover, an example share the reader can change', async () => {
    const { page, problems } = await openTool(`${path}?v=1&successor=lead`);
    const cover = page.getByLabel(t['calc.cc.leadCoveragePct'], { exact: true });
    await expect.poll(() => cover.inputValue()).toBe(plain(60, locale));
    await retype(page, field(page, 'vacancyMonthlyCost'), String(examples.leadSalary / 10));
    const partial = compareCosts({ ...examples, successor: 'lead', vacancyMonthlyCost: examples.leadSalary / 10 }).cash;
    await expect.poll(() => figure(page, 'calc.cc.totalService')).toBe(money(partial.serviceTotal));
    // The lead's uncovered 40 % makes the verdict turn on the vacancy cost: the headline names the cost where it changes.
    expect(partial.vacancyFlip).not.toBeNull();
    await expect(figure(page, 'calc.cc.vacancyFlip')).resolves.toBe(fill(t['calc.cc.vacancyFlipValue'], { amount: money(partial.vacancyFlip!.cost) }));
    await expect(summary(page)).resolves.toContain(money(partial.vacancyFlip!.cost));
    // A lead who covers the whole seat leaves no vacancy cost after the engagement: the service costs less.
    await retype(page, cover, '100');
    await expect.poll(() => new URL(page.url()).searchParams.get('leadCoveragePct')).toBe('100');
    const whole = compareCosts({ ...examples, successor: 'lead', leadCoveragePct: 100, vacancyMonthlyCost: examples.leadSalary / 10 }).cash;
    expect(whole.serviceTotal).toBeLessThan(partial.serviceTotal);
    await expect.poll(() => figure(page, 'calc.cc.totalService')).toBe(money(whole.serviceTotal));
    expect(problems).toEqual([]);
  });

  it('says in the headline when no full-time CTO starts within the horizon, and stops saying it once one does', async () => {
    expect(compareCosts({ ...examples, horizonYears: 1, ftMonthsToHire: 12 }).fullTimeStarts).toBe(false);
    const { page, problems } = await openTool(`${path}?v=1&horizonYears=1&ftMonthsToHire=12`);
    const notStarted = fill(t['calc.cc.notStarted.fullTime'], { years: formatYears(1, intlLocale) });
    await expect.poll(() => summary(page)).toContain(notStarted);
    await retype(page, field(page, 'ftMonthsToHire'), '11');
    await expect.poll(() => new URL(page.url()).searchParams.get('ftMonthsToHire')).toBe('11');
    await expect.poll(() => summary(page)).not.toContain(notStarted);
    expect(problems).toEqual([]);
  });

  it('starts the discount rate at an example 8 %, labelled as an example, and discounts the totals at it', async () => {
    const { page } = await openTool(path);
    const rate = page.getByLabel(t['calc.cc.discountPct'], { exact: true });
    await expect.poll(() => rate.inputValue()).toBe(plain(8, locale));
    expect(t['calc.cc.discountPct']).toMatch(/example|示例|ví dụ/);
    const r = compareCosts({ ...examples, discountPct: 8 }).cash;
    await expect.poll(() => figure(page, 'calc.cc.totalFullTime')).toBe(money(r.fullTimeTotal));
    await expect(summary(page)).resolves.toContain(t['calc.cc.basis.cashPv']);
    // The method calls it an example rate and says 0 gives nominal totals, without a cost-of-capital argument.
    const method = await page.locator('#method-assumptions + ul').innerText();
    expect(method).toContain(t['tools.cost-comparison.method5']);
    expect(t['tools.cost-comparison.method5']).toMatch(locale === 'en' ? /8 %/ : /8%/);
    expect(t['tools.cost-comparison.method5']).not.toMatch(/scarce|稀缺|vừa hiếm/);
  });

  it('opens an old link with an in-house lead, made before the lead’s share of the seat and recruiting cost existed, with their examples and no notice', async () => {
    const { page } = await openTool(`${path}?v=1&cur=${currency}&successor=lead&leadSalary=${examples.leadSalary}`);
    await expect.poll(() => field(page, 'leadCoveragePct').inputValue()).toBe(plain(examples.leadCoveragePct, locale));
    await expect.poll(() => field(page, 'leadRecruiting').inputValue()).toBe(plain(examples.leadRecruiting, locale));
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    await expect(summary(page)).resolves.toBe(expectedCostVerdict(locale, crossing));
  });

  it('prices equity at fair value and the success bonus at its chance, both kept in the address', async () => {
    const { page, problems } = await openTool(`${path}?v=1&view=economic`);
    await retype(page, field(page, 'equityDiscountPct'), '50');
    await retype(page, field(page, 'svcBonusChancePct'), '100');
    await expect.poll(() => new URL(page.url()).searchParams.get('svcBonusChancePct')).toBe('100');
    expect(new URL(page.url()).searchParams.get('equityDiscountPct')).toBe('50');
    const r = compareCosts({ ...examples, equityDiscountPct: 50, svcBonusChancePct: 100 }).economic;
    await expect.poll(() => figure(page, 'calc.cc.totalService')).toBe(money(r.serviceTotal));
    await expect(figure(page, 'calc.cc.totalFullTime')).resolves.toBe(money(r.fullTimeTotal));
    for (const key of ['calc.cc.equityDiscountPct', 'calc.cc.svcBonusChancePct'] as const) {
      await expect(page.getByLabel(t[key], { exact: true }).count(), key).resolves.toBe(1);
    }
    expect(problems).toEqual([]);
  });

  it('opens an old link, made before these inputs and the successor switch existed, with their examples and no notice', async () => {
    const { page } = await openTool(`${path}?v=1&cur=${currency}&horizonYears=7&ftMonthsToHire=6`);
    await expect.poll(() => field(page, 'horizonYears').inputValue()).toBe('7');
    for (const name of ['equityDiscountPct', 'svcBonusChancePct', 'vacancyMonthlyCost', 'svcMonthlyFee', 'dilutionPct'] as const) {
      await expect(field(page, name).inputValue(), name).resolves.toBe(plain(examples[name], locale));
    }
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    await expect(page.getByRole('radio', { name: t['calc.cc.successor.cto'] }).isChecked()).resolves.toBe(true);
    await expect.poll(() => summary(page)).toBe(expectedCostVerdict(locale, { horizonYears: 7, ftMonthsToHire: 6 }));
  });

  it('reads how it is calculated without JavaScript: assumptions, formulas with URL names, what it leaves out, the review date', async () => {
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto(path);
    const { formulas, reviewed } = toolFormulas['cost-comparison']!;
    await expect(page.locator('#method').innerText()).resolves.toBe(t['tools.method']);
    await expect(page.locator('#method-formulas').innerText()).resolves.toBe(t['tools.method.formulas']);
    await expect(page.locator('#method-formulas + dl dt code').allInnerTexts()).resolves.toEqual(formulas.map((f) => f.expr));
    await expect(page.locator('#method-formulas + dl dd').allInnerTexts()).resolves.toEqual(formulas.map((f) => t[f.explain as keyof typeof t]));
    await expect(page.locator('#method-formulas + dl').innerText()).resolves.toContain('svcBonusChancePct');
    await expect(page.locator('#method-omits').innerText()).resolves.toBe(t['tools.method.omits']);
    await expect(page.locator('#method-omits + ul li').allInnerTexts()).resolves.toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => t[`tools.cost-comparison.omits${n}` as keyof typeof t]),
    );
    const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(reviewed));
    await expect(page.locator(`#method ~ p time[datetime="${reviewed}"]`).innerText()).resolves.toBe(date);
    await expect(page.locator('#method ~ p:has(time)').innerText()).resolves.toBe(fill(t['tools.method.reviewed'], { date }));
  });
});

describe.each(locales)('bad hire cost and CTO career in %s', (locale) => {
  const t = dictionaries[locale];
  const { intlLocale, currency } = localeInfo[locale];
  const money = (v: number) => formatMoney(v, currency, intlLocale);
  const row = (page: Page, header: string) => page.locator('.calc tbody tr', { has: page.getByRole('rowheader', { name: header, exact: true }) });
  const cells = (page: Page, header: string) => row(page, header).locator('.calc-cell-value').allInnerTexts();

  it('bad hire cost flags a bad field and keeps a total', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/bad-hire-cost/`);
    const before = await summary(page);
    await field(page, 'lateProfitPerMonth').fill('20');
    await expect.poll(() => summary(page)).not.toBe(before);
    await field(page, 'rebuildPct').fill('150');
    await expect(field(page, 'rebuildPct').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#calc-bh-rebuildPct-error').innerText()).resolves.toBe(t['calc.error.tooLarge'].replace('{max}', '100'));
    await expect(page.locator('.calc table tfoot').innerText()).resolves.toMatch(/\d/);
    expect(problems).toEqual([]);
  });

  it('bad hire cost at its examples starts both hires from the same losses, and says the two cost about the same in every currency', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/bad-hire-cost/`);
    const example = toolDefaults['bad-hire-cost'][currency];
    await expect(field(page, 'lateProfitPerMonth').inputValue()).resolves.toBe(await field(page, 'otherLostProfitPerMonth').inputValue());
    await expect(field(page, 'replacementCost').inputValue()).resolves.toBe(await field(page, 'otherExecRehireCost').inputValue());
    // 60 % of the CTO's team cost is thrown away each month, the same as the other executive's waste: 36,000 dollars × 12 months.
    await expect(cells(page, t['calc.bh.part.thrownAway'])).resolves.toEqual([money(example.otherWastedPerMonth * 12), money(example.otherWastedPerMonth * 12)]);
    // 774,000 against 822,000 in US dollars, and the same × 4.5 in yuan and × 6,000 in dong: the other hire 1.1 times as much.
    const times = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(1.1);
    const r = badHireCost(example);
    await expect.poll(() => summary(page)).toBe(fill(t['calc.bh.summaryOtherMore'], { other: money(r.otherExecTotal), total: money(r.total), times }));
    expect(problems).toEqual([]);
  });

  it('bad hire cost at 0 % to rebuild: the work is kept, and the product is late only by the search for the next CTO', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/bad-hire-cost/`);
    const example = toolDefaults['bad-hire-cost'][currency];
    await retype(page, field(page, 'rebuildPct'), '0');
    // 4 months to find the next CTO of gross profit lost; the 12 months in the seat are not charged.
    const lost = example.lateProfitPerMonth * example.monthsToReplace;
    const withoutRebuild = (example.ctoSalary / 12) * example.monthsToNotice + lost + example.replacementCost;
    await expect.poll(() => page.locator('.calc table tfoot .calc-cell-value').first().innerText()).toBe(money(withoutRebuild));
    await expect(cells(page, t['calc.bh.part.thrownAway'])).resolves.toEqual([money(0), money(badHireCost(example).otherParts.thrownAway)]);
    await expect(cells(page, t['calc.bh.part.lostMonths'])).resolves.toEqual([money(lost), money(badHireCost(example).otherParts.lostMonths)]);
    expect(await summary(page)).toContain(money(withoutRebuild));
    expect(problems).toEqual([]);
  });

  it('bad hire cost counts the months it takes to find the next CTO, labelled as the other side’s recovery is', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/bad-hire-cost/`);
    const example = toolDefaults['bad-hire-cost'][currency];
    const input = page.getByLabel(t['calc.bh.monthsToReplace'], { exact: true });
    await expect(input.inputValue()).resolves.toBe('4');
    await retype(page, input, '10');
    const r = badHireCost({ ...example, monthsToReplace: 10 });
    // 10 to find the next CTO + 7.2 to rebuild = 17.2 months late.
    await expect.poll(() => cells(page, t['calc.bh.part.lostMonths'])).toEqual([money(example.lateProfitPerMonth * 17.2), money(r.otherParts.lostMonths)]);
    await expect.poll(() => new URL(page.url()).searchParams.get('monthsToReplace')).toBe('10');
    expect(problems).toEqual([]);
  });

  it('a figure the bad-hire guide quotes opens the calculator with its inputs, showing that figure', async () => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${locale}/guides/bad-cto-cost/`);
    // The guide states the example's gross profit per month, the same on both sides.
    const profit = { en: '$10,000', zh: '4.5 万元', vi: '60 triệu đồng' }[locale];
    await expect(page.locator('main a[href*="figure=lateProfitPerMonth"]').first().innerText()).resolves.toBe(profit);
    const link = page.locator('main a[href*="figure=otherTimes"]').first();
    const quoted = await link.innerText();
    await link.click();
    await page.locator('.calc-copy:enabled').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${locale}/tools/bad-hire-cost/`);
    const times = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(1.1);
    expect(quoted).toContain(times);
    await expect.poll(() => summary(page)).toContain(times);
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('the bad-hire guide states the multiple as conditional, and at the even example says the two mistakes cost about the same', async () => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${locale}/guides/bad-cto-cost/`);
    const title = {
      en: 'Why a weak CTO can cost more than a weak CEO, CMO or CFO',
      zh: '为什么不称职的 CTO 可能比不称职的 CEO、CMO 或 CFO 代价更高',
      vi: 'Vì sao một CTO yếu có thể gây tốn kém hơn một CEO, CMO hay CFO yếu',
    }[locale];
    await expect(page.locator('main h1').innerText()).resolves.toBe(title);
    // The paragraph that quotes the calculator: at the example the other hire costs 1.1 times the CTO, and the
    // CTO is the costlier mistake only with a larger team (1.5 times).
    const paragraph = page.locator('main p', { has: page.locator('a[href*="figure=otherTimes"]') }).first();
    const even = { en: 'cost about the same', zh: '代价差不多', vi: 'tốn gần như nhau' }[locale];
    await expect(paragraph.innerText()).resolves.toContain(even);
    const format = (n: number) => new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n);
    await expect(paragraph.locator('a[href*="figure=otherTimes"]').first().innerText()).resolves.toContain(format(1.1));
    await expect(paragraph.locator('a[href*="figure=times"]').innerText()).resolves.toContain(format(1.5));
    // The takeaway attributes the claim to its source (the Vietnamese guide has no takeaway box).
    if (locale !== 'vi') await expect(page.locator('main .callout-takeaway').innerText()).resolves.toContain('Mishunin');
    expect(problems).toEqual([]);
  });

  it('bad hire cost says a wrong CMO costs more, and how many times, when the reader’s numbers say so', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/bad-hire-cost/`);
    const wasted = { USD: 60_000, CNY: 300_000, VND: 600_000_000 }[currency];
    await retype(page, field(page, 'rebuildPct'), '10');
    await retype(page, field(page, 'otherWastedPerMonth'), String(wasted));
    const r = badHireCost({ ...toolDefaults['bad-hire-cost'][currency], rebuildPct: 10, otherWastedPerMonth: wasted });
    expect(r.otherExecTotal).toBeGreaterThan(r.total);
    const times = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(r.otherExecTotal / r.total);
    await expect.poll(() => summary(page)).toBe(fill(t['calc.bh.summaryOtherMore'], { other: money(r.otherExecTotal), total: money(r.total), times }));
    expect(problems).toEqual([]);
  });

  it('bad hire cost prices the months the product is late at the gross profit the reader enters, and names an old link’s retired inputs', async () => {
    // An old link: burn and the gross profit per month of setback are no longer read, so the gross profit per month late takes its example.
    const { page, problems } = await openTool(`/${locale}/tools/bad-hire-cost/?v=1&monthsToNotice=10&burnPerMonth=999&lostProfitPerMonth=25000`);
    const example = { ...toolDefaults['bad-hire-cost'][currency], monthsToNotice: 10 };
    // 4 months to find the next CTO + 60 % of 10 = 6 to rebuild: 10 months late.
    await expect.poll(() => cells(page, t['calc.bh.part.lostMonths'])).toEqual([
      money(example.lateProfitPerMonth * 10),
      money(badHireCost(example).otherParts.lostMonths),
    ]);
    // The link's burn and old gross profit are named as inputs the calculator no longer reads, not dropped in silence.
    await expect(page.locator('.calc-notice').innerText()).resolves.toBe(fill(t['calc.urlRemoved'], { fields: new Intl.ListFormat(intlLocale).format(['burnPerMonth', 'lostProfitPerMonth']) }));
    await expect(page.getByLabel(t['calc.bh.lateProfitPerMonth'], { exact: true }).count()).resolves.toBe(1);
    const profit = { USD: 50_000, CNY: 250_000, VND: 300_000_000 }[currency];
    await retype(page, field(page, 'lateProfitPerMonth'), String(profit));
    // 10 months late, each costing the gross profit typed.
    await expect.poll(() => cells(page, t['calc.bh.part.lostMonths'])).toEqual([money(profit * 10), money(badHireCost(example).otherParts.lostMonths)]);
    const r = badHireCost({ ...example, lateProfitPerMonth: profit });
    await expect(page.locator('.calc table tfoot .calc-cell-value').first().innerText()).resolves.toBe(money(r.total));
    expect(problems).toEqual([]);
  });

  it('CTO career pays the service CTO the fee less the firm’s margin, and discounts to the start of the career', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/`);
    const example = toolDefaults['cto-career'][currency];
    await expect.poll(() => cells(page, t['calc.career.cash'])).toEqual([money(ctoCareer(example).fullTime.cash), money(ctoCareer(example).service.cash)]);
    // Nominal sums, the guide's sensitivity: 270 months in engagements at half the fee.
    await retype(page, field(page, 'discountPct'), '0');
    await retype(page, field(page, 'svcMarginPct'), '50');
    const nominal = { ...example, discountPct: 0 };
    await expect.poll(() => cells(page, t['calc.career.cash'])).toEqual([money(ctoCareer(nominal).fullTime.cash), money((270 * example.svcFeePerYear * 0.5) / 12)]);
    await retype(page, field(page, 'discountPct'), '10');
    await retype(page, field(page, 'yearsToExit'), '9');
    const r = ctoCareer({ ...example, svcMarginPct: 50, discountPct: 10, yearsToExit: 9 });
    await expect.poll(() => cells(page, t['calc.career.expected'])).toEqual([money(r.fullTime.expectedValue), money(r.service.expectedValue)]);
    expect(r.fullTime.expectedValue).toBeLessThan(ctoCareer(example).fullTime.expectedValue);
    await expect(page.getByLabel(t['calc.career.svcFeePerYear'], { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel(t['calc.career.yearsToExit'], { exact: true }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it('CTO career values the example at 8 % a year, called an example, and says why full time wins at the examples', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/`);
    const example = toolDefaults['cto-career'][currency];
    await expect(field(page, 'discountPct').inputValue()).resolves.toBe('8');
    const { fullTime, service } = ctoCareer(example);
    // Discounted: about 2.2 against 2.1 million dollars, not the nominal 5.1 against 4.7.
    await expect.poll(() => cells(page, t['calc.career.expected'])).toEqual([money(fullTime.expectedValue), money(service.expectedValue)]);
    expect(fullTime.expectedValue).toBeLessThan(ctoCareer({ ...example, discountPct: 0 }).fullTime.expectedValue / 2);
    const assumptions = await page.locator('#method-assumptions + ul').innerText();
    expect(assumptions).toContain(t['tools.cto-career.method5']);
    expect(assumptions).toContain(t['tools.cto-career.method7']);
    expect(problems).toEqual([]);
  });

  it('the career guide shows the service path winning at the cost comparison’s seat fee, and the page gives the break-even fee', async () => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${locale}/guides/cto-career-math/`);
    const example = toolDefaults['cto-career'][currency];
    // 8.6 % above the example fee, as the calculator's method says: 271,488 against 250,000 dollars.
    const above = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format((serviceBreakEvenFee(example)! / example.svcFeePerYear - 1) * 100);
    await expect(page.locator('main a[href*="figure=breakEvenFee"]').count()).resolves.toBe(1);
    const link = page.locator('main a[href*="figure=serviceAhead"]');
    await link.click();
    await page.locator('.calc-copy:enabled').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${locale}/tools/cto-career/`);
    // The cost comparison's full seat, a month's fee × 12: 390,000 dollars a year; the service path is worth more.
    const seatFee = toolDefaults['cost-comparison'][currency].svcMonthlyFee * 12;
    await expect.poll(() => new URL(page.url()).searchParams.get('svcFeePerYear')).toBe(String(seatFee));
    const { fullTime, service } = ctoCareer({ ...example, svcFeePerYear: seatFee });
    expect(service.expectedValue).toBeGreaterThan(fullTime.expectedValue);
    await expect.poll(() => cells(page, t['calc.career.expected'])).toEqual([money(fullTime.expectedValue), money(service.expectedValue)]);
    await expect(page.locator('#method-assumptions + ul').innerText()).resolves.toContain(`${above}${locale === 'en' ? ' %' : '%'}`);
    expect(problems).toEqual([]);
  });

  it('CTO career exit value is the dollar example × 4.5 in yuan and × 6,000 in dong, so every locale shows the same ratio', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/`);
    const factor = { USD: 1, CNY: 4.5, VND: 6_000 }[currency];
    const exitValue = 100_000_000 * factor;
    await expect(field(page, 'exitValue').inputValue()).resolves.toBe(new Intl.NumberFormat(intlLocale).format(exitValue));
    const { fullTime, service } = ctoCareer(toolDefaults['cto-career'][currency]);
    const usd = ctoCareer(toolDefaults['cto-career'].USD);
    expect(fullTime.expectedValue / factor).toBeCloseTo(usd.fullTime.expectedValue, 0);
    await expect.poll(() => cells(page, t['calc.career.expected'])).toEqual([money(fullTime.expectedValue), money(service.expectedValue)]);
    expect(problems).toEqual([]);
  });

  it('CTO career says its service stake is certain, unlike the cost comparison’s success bonus, and leaves out several clients at once', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/`);
    const assumptions = await page.locator('#method-assumptions + ul li').allInnerTexts();
    expect(assumptions.at(-1)).toBe(t['tools.cto-career.method8']);
    expect(assumptions.at(-1)).toContain(new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(toolDefaults['cost-comparison'][currency].svcBonusChancePct));
    const omits = await page.locator('#method-omits + ul li').allInnerTexts();
    expect(omits).toEqual([1, 2, 3, 4, 5].map((n) => t[`tools.cto-career.omits${n}` as keyof typeof t]));
    expect(problems).toEqual([]);
  });

  it('CTO career pays a success at the exit, the same years after joining on both paths, however long the term', async () => {
    // One company on each path (30 months between companies leave no room for a second), the same 2 % stake, no dilution.
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/?v=1&careerYears=4&gapMonths=30&ftEquityPct=2&svcEquityPct=2&dilutionPct=0`);
    const input = { ...toolDefaults['cto-career'][currency], careerYears: 4, gapMonths: 30, ftEquityPct: 2, svcEquityPct: 2, dilutionPct: 0 };
    // Both exits 7 years after joining: the four-year term and the 18-month engagement are worth the same equity.
    const equity = money(ctoCareer(input).fullTime.expectedEquity);
    await expect.poll(() => cells(page, t['calc.career.equity'])).toEqual([equity, equity]);
    // A shorter term does not bring the company's exit forward.
    await retype(page, field(page, 'yearsPerCompany'), '3');
    await expect.poll(() => new URL(page.url()).searchParams.get('yearsPerCompany')).toBe('3');
    await expect.poll(() => cells(page, t['calc.career.equity'])).toEqual([equity, equity]);
    expect(problems).toEqual([]);
  });

  it('CTO career names the inputs an old link sets that it no longer reads, and reads the rest', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/?v=1&careerYears=20&svcCashPerYear=1&exitLagYears=3`);
    const dropped = ['svcCashPerYear', 'exitLagYears'];
    const notice = page.locator('.calc-notice');
    await expect(notice.innerText()).resolves.toBe(fill(t['calc.urlRemoved'], { fields: new Intl.ListFormat(intlLocale).format(dropped) }));
    await expect(notice.locator('code').allInnerTexts()).resolves.toEqual(dropped);
    await expect(field(page, 'careerYears').inputValue()).resolves.toBe('20');
    await expect(field(page, 'yearsToExit').inputValue()).resolves.toBe(String(toolDefaults['cto-career'][currency].yearsToExit));
    // The page's own address drops them: a link copied from it opens without the notice.
    await expect.poll(() => new URL(page.url()).searchParams.has('exitLagYears')).toBe(false);
    await page.locator('.calc-reset').click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('CTO career leads with the expected values, says the most likely outcome and shows the range', async () => {
    const { page, problems } = await openTool(`/${locale}/tools/cto-career/`);
    const { fullTime, service } = ctoCareer(toolDefaults['cto-career'][currency]);
    const expected = fill(t['calc.career.summary'], {
      years: formatYears(25, intlLocale),
      fullTime: money(fullTime.expectedValue),
      service: money(service.expectedValue),
    });
    await expect.poll(() => summary(page)).toBe(joinSentences(expected, t['calc.career.summaryNoneBoth']));
    await expect(cells(page, t['calc.career.expected'])).resolves.toEqual([money(fullTime.expectedValue), money(service.expectedValue)]);
    await expect(cells(page, t['calc.career.range'])).resolves.toEqual(
      [fullTime, service].map((p) => fill(t['calc.career.rangeValue'], { low: money(p.low), high: money(p.high) })),
    );
    await expect(cells(page, t['calc.career.mostLikely'])).resolves.toEqual(
      [fullTime, service].map((p) => fill(t['calc.career.mostLikelyNone'], { chance: formatPercent(p.mostLikelyChance, intlLocale) })),
    );
    await expect(cells(page, t['calc.career.companies'])).resolves.toEqual(['6', '15']);
    expect(problems).toEqual([]);
  });

  it('CTO career reads a shared link, and fits fewer companies when the reader adds a gap between them', async () => {
    const { page } = await openTool(`/${locale}/tools/cto-career/?v=1&monthsPerEngagement=12&careerYears=10&gapMonths=0`);
    await expect(field(page, 'monthsPerEngagement').inputValue()).resolves.toBe('12');
    await expect.poll(() => cells(page, t['calc.career.companies'])).toEqual(['2', '10']);
    await retype(page, field(page, 'gapMonths'), '3');
    // 12 + 3 + 12 + …: eight engagements and seven gaps fit in 120 months, nine do not.
    await expect.poll(() => cells(page, t['calc.career.companies'])).toEqual(['2', '8']);
    await retype(page, field(page, 'dilutionPct'), '100');
    await expect.poll(() => cells(page, t['calc.career.equity'])).toEqual([money(0), money(0)]);
  });

  it('CTO career names the most likely number of large successes with the noun in the form that number takes', async () => {
    const { page } = await openTool(`/${locale}/tools/cto-career/?v=1&successChancePct=20`);
    const { fullTime, service } = ctoCareer({ ...toolDefaults['cto-career'][currency], successChancePct: 20 });
    expect([fullTime.mostLikelySuccesses, service.mostLikelySuccesses]).toEqual([1, 3]);
    const [one, three] = [fullTime, service].map((p) => formatPercent(p.mostLikelyChance, intlLocale));
    const expected = {
      en: [`1 large success (${one})`, `3 large successes (${three})`],
      zh: [`大获成功 1 次（${one}）`, `大获成功 3 次（${three}）`],
      vi: [`1 lần thành công lớn (${one})`, `3 lần thành công lớn (${three})`],
    }[locale];
    await expect.poll(() => cells(page, t['calc.career.mostLikely'])).toEqual(expected);
  });

  it.each(toolIds)('the %s page labels each shared example salary, next to its field', async (tool) => {
    // The lead's salary shows only when the successor is an in-house lead.
    const { page } = await openTool(`/${locale}/tools/${tool}/${tool === 'cost-comparison' ? '?successor=lead' : ''}`);
    for (const name of Object.keys(salaryFields[tool])) {
      const input = field(page, name);
      const hintId = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-hint'));
      expect(hintId, name).toBeDefined();
      const hint = page.locator(`[id="${hintId}"]`);
      await expect(hint.innerText()).resolves.toBe(t['calc.exampleSalary']);
      await expect(hint.isVisible()).resolves.toBe(true);
      const [inputBox, hintBox] = [(await input.boundingBox())!, (await hint.boundingBox())!];
      expect(hintBox.y - (inputBox.y + inputBox.height), `${name}: the note sits under its field`).toBeLessThan(40);
    }
  });

  it('a figure the career guide quotes opens the calculator with its inputs, showing that figure', async () => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${locale}/guides/cto-career-math/`);
    const link = page.locator('main a[href*="figure=service.companies"]').first();
    const quoted = await link.innerText();
    await link.click();
    await page.locator('.calc-copy:enabled').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${locale}/tools/cto-career/`);
    await expect.poll(() => cells(page, t['calc.career.companies'])).toEqual(['6', '15']);
    expect(quoted).toContain('15');
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('the verdict in sight while editing', () => {
  it.each(locales)('cost comparison in %s at 390 px: the verdict for the new numbers stays on screen while typing in the first field', async (locale) => {
    const { page } = await openTool(`/${locale}/tools/cost-comparison/`, phone);
    const input = field(page, 'horizonYears');
    await retype(page, input, '7');
    await expect.poll(() => summary(page)).toBe(expectedCostVerdict(locale, { horizonYears: 7 }));
    const card = await placement(page, page.locator('.calc-summary'));
    expect(card.inside).toBe(true);
    // The verdict floats over the fields, never over the one being edited.
    const edited = await placement(page, input);
    expect(edited.inside).toBe(true);
    expect(edited.box.y + edited.box.height <= card.box.y || edited.box.y >= card.box.y + card.box.height).toBe(true);
  });

  it('keeps the verdict clear of every field reached with the Tab key at 390 px', async () => {
    const { page } = await openTool('/en/tools/cost-comparison/', phone);
    // Each number field is a stop, and each switch one stop (its checked option).
    const stops = page.locator('.calc input:is([type="text"], [type="radio"]:checked)');
    const count = await stops.count();
    expect(count).toBe(seatFields.length + 3);
    await stops.first().focus();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      const input = stops.nth(i);
      const name = (await input.getAttribute('name')) ?? '';
      await expect.poll(() => input.evaluate((el) => el === document.activeElement), { message: name }).toBe(true);
      const card = await placement(page, page.locator('.calc-summary'));
      const edited = await placement(page, input);
      expect(edited.inside, name).toBe(true);
      expect(edited.box.y + edited.box.height <= card.box.y || edited.box.y >= card.box.y + card.box.height, name).toBe(true);
    }
  });

  it('bad hire cost and CTO career at 390 px: the verdict follows the first field on screen', async () => {
    const bad = await openTool('/en/tools/bad-hire-cost/', phone);
    await retype(bad.page, field(bad.page, 'monthsToNotice'), '6');
    const cost = badHireCost({ ...toolDefaults['bad-hire-cost'].USD, monthsToNotice: 6 });
    await expect.poll(() => summary(bad.page)).toContain(formatMoney(cost.total, 'USD', 'en-US'));
    expect((await placement(bad.page, bad.page.locator('.calc-summary'))).inside).toBe(true);

    const career = await openTool('/en/tools/cto-career/', phone);
    await retype(career.page, field(career.page, 'careerYears'), '30');
    const paths = ctoCareer({ ...toolDefaults['cto-career'].USD, careerYears: 30 });
    await expect.poll(() => summary(career.page)).toContain(formatYears(30, 'en-US'));
    expect(await summary(career.page)).toContain(formatMoney(paths.service.expectedValue, 'USD', 'en-US'));
    expect((await placement(career.page, career.page.locator('.calc-summary'))).inside).toBe(true);
  });

  it('at 1280 px, the result column stays in view down to the last field', async () => {
    const { page } = await openTool('/en/tools/cost-comparison/', desktop);
    // Halfway down the fields, the whole column is there: verdict and chart.
    await retype(page, field(page, 'ftVestingYears'), '3');
    expect((await placement(page, page.locator('.calc-summary'))).inside).toBe(true);
    expect((await placement(page, page.locator('.calc-output .chart-area'))).inside).toBe(true);
    await retype(page, field(page, 'svcOverlapMonths'), '3');
    await expect.poll(() => summary(page)).toBe(expectedCostVerdict('en', { ftVestingYears: 3, svcOverlapMonths: 3 }));
    expect((await placement(page, field(page, 'svcOverlapMonths'))).inside).toBe(true);
    expect((await placement(page, page.locator('.calc-summary'))).inside).toBe(true);
    expect((await placement(page, page.locator('.calc-output'))).visible).toBe(true);
  });

  it('in a guide at 390 px, the verdict shows over the calculator only', async () => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto('/en/guides/bad-cto-cost/');
    const card = page.locator('.calc-summary');
    expect((await placement(page, card)).visible).toBe(false);
    await page.locator('.calc').scrollIntoViewIfNeeded();
    await page.locator('.calc-copy:enabled').waitFor();
    await retype(page, field(page, 'ctoSalary'), '300000');
    const cost = badHireCost({ ...toolDefaults['bad-hire-cost'].USD, ctoSalary: 300_000 });
    await expect.poll(() => summary(page)).toContain(formatMoney(cost.total, 'USD', 'en-US'));
    expect((await placement(page, card)).inside).toBe(true);
    // Past the calculator, the guide reads without it.
    await page.locator('.calc-host').evaluate((host) => window.scrollTo(0, host.getBoundingClientRect().bottom + window.scrollY + 1));
    await expect.poll(async () => (await placement(page, card)).visible).toBe(false);
  });

  it('announces the verdict once the typing pauses, from one live region', async () => {
    const { page } = await openTool('/en/tools/cost-comparison/');
    await expect(page.locator('.calc-verdict').getAttribute('aria-hidden')).resolves.toBe('true');
    const status = page.locator('.calc-summary [role="status"]');
    await expect(status.textContent()).resolves.toBe(await summary(page));
    await status.evaluate((el) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => heard.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const input = field(page, 'svcMonthlyFee');
    await input.focus();
    await page.keyboard.press('ControlOrMeta+a');
    // Every keystroke changes the visible verdict …
    await page.keyboard.type('25000', { delay: 80 });
    const settled = expectedCostVerdict('en', { svcMonthlyFee: 25_000 });
    await expect.poll(() => summary(page)).toBe(settled);
    // … but the live region speaks once, with the settled result.
    await expect.poll(() => status.textContent()).toBe(settled);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([settled]);
    const live = await page
      .locator('[role="status"], [aria-live], [role="alert"]')
      .evaluateAll((regions, text) => regions.filter((r) => r.textContent?.includes(text)).length, settled);
    expect(live).toBe(1);
  });
});

describe('the chart', () => {
  it.each(locales)('says the break-even month in plain words and marks it on the chart in %s', async (locale) => {
    const { page } = await openTool(`/${locale}/tools/cost-comparison/?v=1&successor=lead`);
    const r = compareCosts({ ...toolDefaults['cost-comparison'][localeInfo[locale].currency], ...crossing }).cash;
    await expect.poll(() => summary(page)).toBe(expectedCostVerdict(locale, crossing));
    const marker = page.locator('.chart-marker');
    await expect(marker.locator('text').textContent()).resolves.toBe(fill(dictionaries[locale]['calc.cc.marker'], { month: r.breakEvenMonth! }));
    // The marker stands at that month along the x axis.
    const plot = (await page.locator('.chart-area').boundingBox())!;
    const line = (await marker.locator('line').boundingBox())!;
    expect((line.x - plot.x) / plot.width).toBeCloseTo((r.breakEvenMonth! - 1) / (r.fullTime.length - 1), 2);
  });

  it('words the cases without a crossing and without a difference', async () => {
    const t = dictionaries.en;
    // Both seats filled from month 5, the service for 1,000 a month: never dearer.
    const always = await openTool('/en/tools/cost-comparison/?v=1&svcMonthlyFee=1000&svcMonthsToStart=4');
    const r = compareCosts({ ...toolDefaults['cost-comparison'].USD, svcMonthlyFee: 1000, svcMonthsToStart: 4 }).cash;
    await expect.poll(() => summary(always.page)).toBe(
      fill(t['calc.cc.verdict.serviceStart'], {
        amount: formatMoney(r.difference, 'USD', 'en-US'),
        years: formatYears(5, 'en-US'),
        basis: t['calc.cc.basis.cashPv'],
      }),
    );
    await expect(always.page.locator('.chart-marker').count()).resolves.toBe(0);
    // Both seats empty as long again: no vacancy cost changes the verdict, so the headline is unconditional.
    const fullTime = await openTool('/en/tools/cost-comparison/?v=1&svcMonthlyFee=100000&svcMonthsToStart=4');
    await expect.poll(() => summary(fullTime.page)).toMatch(/^A full-time CTO never costs more|^From month \d+ on, a full-time CTO stays cheaper/);
    // Equal sums: nothing to pay on either path.
    const zero = 'ftSalary=0&ftBonus=0&ftRecruiting=0&svcMonthlyFee=0&svcBonusCash=0&leadSalary=0&vacancyMonthlyCost=0';
    const tie = await openTool(`/en/tools/cost-comparison/?v=1&${zero}`);
    await expect.poll(() => summary(tie.page)).toBe(fill(t['calc.cc.verdict.equal'], { years: formatYears(5, 'en-US'), basis: t['calc.cc.basis.cashPv'] }));
  });

  it('reads out any month with the arrow keys and the pointer', async () => {
    const t = dictionaries.en;
    const { page } = await openTool('/en/tools/cost-comparison/?v=1&successor=lead');
    const r = compareCosts({ ...toolDefaults['cost-comparison'].USD, ...crossing }).cash;
    const money = (v: number) => formatMoney(v, 'USD', 'en-US');
    const said = (month: number) =>
      fill(t['calc.cc.readout'], { month, fullTime: money(r.fullTime[month - 1]!), service: money(r.service[month - 1]!) });
    const readout = page.locator('.chart-readout');
    const cursor = page.getByRole('slider', { name: t['calc.chart.scrub'] });
    // Before the reader moves it, the readout stands at the break-even month.
    await expect.poll(() => readout.textContent()).toBe(said(r.breakEvenMonth!));
    // The chart is the next stop of the Tab key after the last field.
    await field(page, 'leadCoveragePct').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => cursor.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const [key, month] of [['End', 60], ['Home', 1], ['ArrowRight', 2], ['PageUp', 14], ['ArrowLeft', 13]] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => readout.textContent()).toBe(said(month));
      await expect(cursor.getAttribute('aria-valuetext')).resolves.toBe(said(month));
      await expect(cursor.getAttribute('aria-valuenow')).resolves.toBe(String(month));
    }
    const box = (await cursor.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
    await expect.poll(() => readout.textContent()).toBe(said(16));
    await expect(page.locator('.chart-cursor circle').count()).resolves.toBe(2);
  });

  it('reads out the month a reader taps on a phone', async () => {
    const { page } = await openTool('/en/tools/cost-comparison/', phone);
    const cursor = page.getByRole('slider', { name: dictionaries.en['calc.chart.scrub'] });
    await cursor.scrollIntoViewIfNeeded();
    const box = (await cursor.boundingBox())!;
    await cursor.tap({ position: { x: box.width * 0.75, y: box.height / 2 } });
    await expect.poll(() => page.locator('.chart-readout').textContent()).toMatch(/^Month 45:/);
  });

  it('ends the y axis on a round number just above the data', async () => {
    const { page } = await openTool('/en/tools/cost-comparison/?v=1&discountPct=0&salaryGrowthPct=0&successor=lead&svcMonthlyFee=20000');
    // The full-time path reaches 30,000 + 56 × 24,166.67 = $1,383,333, above the service's $1,076,875: the axis stops at $1.5M, in steps of $500K.
    await expect.poll(() => page.locator('.chart-value').allTextContents()).toEqual(['$0', '$500K', '$1M', '$1.5M']);
    await retype(page, field(page, 'ftSalary'), '150000');
    // 30,000 + 56 × 18,958.33 = $1,091,667, still above the service: steps of $200K reach $1.2M.
    await expect.poll(() => page.locator('.chart-value').allTextContents()).toEqual(['$0', '$200K', '$400K', '$600K', '$800K', '$1M', '$1.2M']);
  });

  it.each([320, 390, 1280].flatMap((width) => toolIds.map((id) => [width, id] as const)))(
    'at %i px, the %s chart’s labels and values render at 12 px or more',
    async (width, id) => {
      const { page } = await openTool(`/en/tools/${id}/`, { viewport: { width, height: 900 } });
      // Rendered size: the text's box on screen against its box in its own units, times its font size.
      const sizes = await page.locator('.chart svg text').evaluateAll((texts) =>
        texts.map((text) => {
          const t = text as SVGTextElement;
          const scale = t.getBoundingClientRect().height / t.getBBox().height;
          return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
        }),
      );
      expect(sizes.length).toBeGreaterThan(2);
      for (const size of sizes) expect(size.px, size.text ?? '').toBeGreaterThanOrEqual(12);
      const html = await page.locator('.chart p, .chart figcaption span').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      for (const px of html) expect(px).toBeGreaterThanOrEqual(12);
    },
  );
});

describe('tables on a phone', () => {
  it.each(locales.flatMap((locale) => toolIds.map((id) => `/${locale}/tools/${id}/`)))('%s at 390 px: no cell text is clipped', async (path) => {
    const { page } = await openTool(path, phone);
    const tables = page.locator('.calc-stack');
    expect(await tables.count()).toBeGreaterThan(0);
    const clipped = await tables.evaluateAll((all) =>
      all.flatMap((table) => {
        const edge = table.getBoundingClientRect().right;
        // The column headers are read by assistive technology only: each value shows its own.
        return [table, ...table.querySelectorAll('caption, tbody :is(th, td, span), tfoot :is(th, td, span)')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > Math.min(edge, window.innerWidth) + 1)
          .map((el) => el.textContent);
      }),
    );
    expect(clipped).toEqual([]);
  });

  it('the month-by-month table scrolls in a named, focusable region with a visible cue', async () => {
    const t = dictionaries.vi;
    const { page } = await openTool('/vi/tools/cost-comparison/', phone);
    await page.getByText(t['calc.table.show']).click();
    const region = page.getByRole('region', { name: fill(t['calc.cc.chart'], { basis: t['calc.cc.basis.cash'] }) });
    await page.keyboard.press('Tab');
    await expect.poll(() => region.evaluate((el) => el === document.activeElement)).toBe(true);
    const sizes = await region.evaluate((el) => ({ tall: el.scrollHeight > el.clientHeight, cue: getComputedStyle(el).backgroundImage }));
    expect(sizes.tall).toBe(true);
    expect(sizes.cue).toContain('radial-gradient');
    await page.keyboard.press('PageDown');
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // The phone layout (stacked tables, sticky verdict, chart cursor) passes axe too.
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('widgets embedded in guides', () => {
  it.each([
    ['bad-cto-cost', 'bad-hire-cost'],
    ['cto-career-math', 'cto-career'],
    ['engaging-a-service-cto', 'cost-comparison'],
  ])('the %s guide embeds its calculator, live, without touching the guide’s address', async (guide, tool) => {
    for (const locale of locales) {
      const { page, problems } = await sharedPage(browser());
      await page.goto(`/${locale}/guides/${guide}/`);
      const calc = page.locator('.calc');
      await calc.scrollIntoViewIfNeeded();
      await page.locator('.calc-copy:enabled').waitFor();
      const before = await summary(page);
      const first = calc.locator('input[type="text"]').first();
      await first.fill('3');
      await expect.poll(() => summary(page)).not.toBe(before);
      expect(new URL(page.url()).search).toBe('');
      await expect(calc.getByRole('link', { name: dictionaries[locale]['calc.openTool'] }).getAttribute('href')).resolves.toBe(
        `/${locale}/tools/${tool}/`,
      );
      expect(problems).toEqual([]);
    }
  });
});

describe('what each calculator is sent', () => {
  const prefixes: Record<(typeof toolIds)[number], string> = { 'cost-comparison': 'calc.cc.', 'bad-hire-cost': 'calc.bh.', 'cto-career': 'calc.career.' };
  /** The keys of the strings the page hands its calculator island, read from the island's serialized props. */
  const sentKeys = async (page: Page) => {
    const island = page.locator('astro-island', { has: page.locator('.calc') });
    const props = JSON.parse((await island.getAttribute('props'))!) as { strings: [number, Record<string, unknown>] };
    return Object.keys(props.strings[1]);
  };
  const check = (keys: string[], tool: (typeof toolIds)[number], locale: Locale) => {
    const others = Object.entries(prefixes).filter(([id]) => id !== tool).map(([, prefix]) => prefix);
    expect(keys.filter((key) => others.some((prefix) => key.startsWith(prefix))), tool).toEqual([]);
    expect(keys, tool).toEqual(expect.arrayContaining(Object.keys(dictionaries[locale]).filter((key) => key.startsWith(prefixes[tool]))));
    expect(keys, tool).toEqual(expect.arrayContaining(['calc.currency', 'calc.copyLink', 'calc.error.malformed']));
    expect(keys.every((key) => key.startsWith('calc.')), tool).toBe(true);
  };

  it.each(locales)('each %s tool page sends its calculator its own strings and the shared ones, none of another tool’s', async (locale) => {
    for (const tool of toolIds) {
      const { page } = await sharedPage(browser());
      await page.goto(`/${locale}/tools/${tool}/`);
      check(await sentKeys(page), tool, locale);
    }
  });

  it.each(locales)('a %s guide sends its embedded calculator only that calculator’s strings', async (locale) => {
    const { page } = await sharedPage(browser());
    await page.goto(`/${locale}/guides/bad-cto-cost/`);
    check(await sentKeys(page), 'bad-hire-cost', locale);
  });
});

describe('embedded calculators before they are live', () => {
  it.each(locales)('a %s guide never shows the no-JavaScript note to a reader with JavaScript, nor faded buttons', async (locale) => {
    const t = dictionaries[locale];
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${locale}/guides/bad-cto-cost/`);
    const note = page.getByText(t['calc.noscript']);
    const copy = page.locator('.calc-copy');
    // Not yet scrolled to: the island is still the server render.
    await expect(copy.isDisabled()).resolves.toBe(true);
    await expect(note.isVisible()).resolves.toBe(false);
    await expect(copy.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    await page.locator('.calc').scrollIntoViewIfNeeded();
    await page.locator('.calc-copy:enabled').waitFor();
    await expect(note.count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it.each(locales)('a %s guide shows the no-JavaScript note where scripts cannot run', async (locale) => {
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/${locale}/guides/bad-cto-cost/`);
    await expect(page.getByText(dictionaries[locale]['calc.noscript']).isVisible()).resolves.toBe(true);
  });
});

describe('tool pages in search', () => {
  it.each(locales)('indexes the %s tool pages’ explanations as type “tool”, without the calculator chrome', async (locale) => {
    const { page } = await sharedPage(browser());
    await page.goto(`/${locale}/tools/`);
    // A string, so the test runner does not rewrite the page's dynamic import.
    const found: { tools: number; pages: { url: string; content: string }[] } = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/${locale}/pagefind.js');
      await pagefind.options({ basePath: '/pagefind/${locale}/', baseUrl: '/' });
      const filters = await pagefind.filters();
      const search = await pagefind.search(${JSON.stringify(dictionaries[locale]['tool.bad-hire-cost'])}, { filters: { type: 'tool' } });
      const pages = await Promise.all(search.results.map((r) => r.data()));
      return { tools: filters.type?.tool ?? 0, pages: pages.map((p) => ({ url: p.url, content: p.content })) };
    })()`);
    expect(found.tools).toBe(toolIds.length + 1);
    const toolPage = found.pages.find((p) => p.url === `/${locale}/tools/bad-hire-cost/`);
    expect(toolPage).toBeDefined();
    expect(toolPage!.content).toContain(dictionaries[locale]['tools.bad-hire-cost.method1']);
    expect(toolPage!.content).not.toContain(dictionaries[locale]['calc.copyLink']);
    expect(toolPage!.content).not.toContain(dictionaries[locale]['calc.bh.ctoSalary']);
  });
});
