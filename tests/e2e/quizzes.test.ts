/**
 * The quizzes as a reader takes them on a phone: keyboard alone to a result in every
 * locale (the introduction folding away, the answers and the result card in view), the
 * share link, the privacy line said once, Back keeping answers, resuming and corrupted
 * saved progress, tampered links, the comparison, the guide embeds, no JavaScript, axe,
 * and the JavaScript budget.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizIds } from '../../src/data/catalog';
import { fill } from '../../src/i18n/fill';
import { dictionaries } from '../../src/i18n/translate';
import { locales, type Locale } from '../../src/i18n/locales';
import { enQuizzes } from '../../src/i18n/ui/en-quizzes';
import { enTools } from '../../src/i18n/ui/en-tools';
import { viQuizzes } from '../../src/i18n/ui/vi-quizzes';
import { zhQuizzes } from '../../src/i18n/ui/zh-quizzes';
import { scoreChoice, scoreScale } from '../../src/lib/quiz/scoring';
import { outcomeOf, outcomePath } from '../../src/lib/quiz/outcomes';
import { shareQuery } from '../../src/lib/quiz/share-code';
import { quizSchema, type QuizDefinition } from '../../src/schemas/quiz';
import { budgets } from '../quality/budgets';
import { measureFirstLoad } from '../quality/first-load';
import { axeViolations, baseURL, openPage, sharedPage, useBrowser } from './harness';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** A whole quiz taken key by key, twice the usual limit: each step waits for the island on a shared, busy machine. */
const walkthroughTimeout = 120_000;
const strings = { en: enQuizzes, zh: zhQuizzes, vi: viQuizzes } as const;
const quizzes = Object.fromEntries(
  quizIds.map((id) => [id, quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')))]),
) as Record<(typeof quizIds)[number], QuizDefinition>;

/** A different answer path per locale, so the runs cover different results. */
const pathFor = (quiz: QuizDefinition, locale: Locale) => {
  const shift = locales.indexOf(locale);
  return quiz.questions.map((q, i) => ((i + shift * 2) * (shift + 1)) % ('options' in q ? q.options.length : 5));
};

/** The result's heading as the reader should see it, computed from the quiz file. */
function expectedHeadline(quiz: QuizDefinition, locale: Locale, answers: number[]): string {
  if (quiz.kind === 'choice') {
    const { outcome } = scoreChoice(quiz, answers);
    return quiz.outcomes.find((o) => o.id === outcome)!.title[locale];
  }
  const [weakest] = scoreScale(quiz, answers);
  if (weakest!.level === 'strong') return strings[locale]['quiz.health.allStrong'];
  const title = quiz.dimensions.find((d) => d.id === weakest!.dimension)!.title[locale];
  return fill(strings[locale]['quiz.health.weakest'], { dimension: title });
}

const activeMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    if (await activeMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Whether the element's box lies wholly inside the viewport, as the reader sees it without scrolling. */
const inViewport = (locator: Locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    // Within a pixel: an element scrolled to the screen's edge can end half a pixel past it (fractional layout).
    return box.top >= -1 && box.left >= 0 && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth;
  });

/**
 * In view whole; or, when it is taller than the screen below the sticky header (a long caveat
 * on a phone), scrolled so that it starts on screen, in the upper half, and reads down from there.
 */
const inViewOrTopInView = (locator: Locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && (box.bottom <= window.innerHeight + 1 || box.top < window.innerHeight / 2);
  });

/** The text of every live region on the page: what a screen reader would announce besides the focus. */
const liveText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].map((el) => el.textContent ?? '').join(' '));

/** Presses the quiz page's start button with the keyboard. */
async function startWithKeyboard(page: Page) {
  await page.locator('.quiz-app .quiz-start').waitFor();
  await tabTo(page, '.quiz-app .quiz-start');
  await page.keyboard.press('Enter');
}

/** Answers the current question with the keyboard: into the radio group, arrows to the option, Next. */
async function answerWithKeyboard(page: Page, option: number) {
  await tabTo(page, '.quiz-step input[type="radio"]');
  await page.keyboard.press('Space');
  for (let k = 0; k < option; k++) await page.keyboard.press('ArrowDown');
  await tabTo(page, '.quiz-step button[type="submit"]');
  await page.keyboard.press('Enter');
}


const cases = locales.flatMap((locale) => quizIds.map((id) => ({ locale, id })));

describe('taking a quiz', () => {
  it.each(cases)('$locale/$id on a phone: the keyboard alone reaches the result card, in view, and its share link opens on it', async ({ locale, id }) => {
    const quiz = quizzes[id];
    const answers = pathFor(quiz, locale);
    const { page, problems } = await sharedPage(browser(), phone);
    await page.goto(`/${locale}/quizzes/${id}/`);
    const intro = page.locator('details.quiz-intro');
    await expect(intro.getAttribute('open')).resolves.toBe('');
    await startWithKeyboard(page);
    // Started, the introduction folds to one line, and the first question and its first answer fit on the screen.
    await expect.poll(() => intro.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect(intro.locator('summary').isVisible()).resolves.toBe(true);
    await expect.poll(() => inViewport(page.locator('.quiz-option').first())).toBe(true);
    const total = quiz.questions.length;
    for (const [i, option] of answers.entries()) {
      // Each step moves the focus to the new question's legend, which says where the reader is.
      await expect.poll(() => activeMatches(page, '.quiz-step legend')).toBe(true);
      const legend = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(legend).toContain(`${i + 1} / ${total}`);
      expect(legend).toContain(quiz.questions[i]!.prompt[locale]);
      await expect(inViewport(page.locator('.quiz-option').first())).resolves.toBe(true);
      await answerWithKeyboard(page, option);
    }
    const headline = expectedHeadline(quiz, locale, answers);
    const card = page.locator('.quiz-result-card');
    await expect.poll(() => activeMatches(page, '.quiz-result-card h2')).toBe(true);
    await expect(card.locator('h2').textContent()).resolves.toContain(headline);
    await expect(inViewport(card)).resolves.toBe(true);
    // The heading taking the focus is the announcement; no live region repeats it.
    await expect(liveText(page)).resolves.not.toContain(headline);
    await expect(card.locator('.quiz-tool-link').isVisible()).resolves.toBe(true);
    const shareUrl = await page.locator('.quiz-share input').inputValue();
    // The link opens the outcome's own page, whose static HTML carries the outcome's social card (social-cards.test.ts).
    expect(shareUrl).toBe(`${baseURL}${outcomePath(`/${locale}/quizzes/${id}/`, outcomeOf(quiz, answers))}?${shareQuery(answers, quiz.revision)}`);
    expect(problems).toEqual([]);

    const { page: shared } = await sharedPage(browser(), phone);
    await shared.goto(shareUrl);
    const sharedCard = shared.locator('.quiz-result-card');
    await expect(sharedCard.locator('h2').textContent()).resolves.toContain(headline);
    // Without scrolling, the reader sees the outcome, why, and the first next step (the whole card where the header leaves room).
    for (const part of ['h2', '.quiz-result-why', '.quiz-next li']) {
      await expect.poll(() => inViewport(sharedCard.locator(part).first()), { message: part }).toBe(true);
    }
    await expect(shared.evaluate(() => window.scrollY)).resolves.toBe(0);
    // The island took over from the page's static outcome: the full result, with its own share link.
    await expect(shared.locator('.quiz-share input').inputValue()).resolves.toBe(shareUrl);
  }, walkthroughTimeout);

  it.each(cases)('$locale/$id: says once that the answers stay in the browser', async ({ locale, id }) => {
    const { page } = await sharedPage(browser());
    await page.goto(`/${locale}/quizzes/${id}/`);
    await page.locator('.quiz-app').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    const browserWord = { en: 'browser', zh: '浏览器', vi: 'trình duyệt' }[locale];
    expect(text.split(strings[locale]['quiz.index.privacy']).length - 1).toBe(1);
    expect(text.split(browserWord).length - 1).toBe(1);
  });

  it('opens the introduction again from its folded line', async () => {
    const { page } = await sharedPage(browser(), phone);
    await page.goto('/en/quizzes/cto-model/');
    await page.getByRole('button', { name: enQuizzes['quiz.begin'] }).click();
    const summary = page.locator('details.quiz-intro > summary');
    await summary.click();
    await expect(page.getByText(quizzes['cto-model'].intro.en).isVisible()).resolves.toBe(true);
    await summary.click();
    await expect(page.getByText(quizzes['cto-model'].intro.en).isVisible()).resolves.toBe(false);
  });

  it('keeps the answers when the reader goes back, and asks for an answer before moving on', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/en/quizzes/cto-model/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Choose an answer to continue.').isVisible()).resolves.toBe(true);
    await expect(page.locator('.quiz-step legend').textContent()).resolves.toContain('1 / 10');
    await page.getByLabel('A product in the market with paying customers').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('From the founders’ own savings').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('From the founders’ own savings').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('A product in the market with paying customers').isChecked()).resolves.toBe(true);
  });

  it.each(locales)('%s: Next with no answer chosen moves the focus to the first answer, which the message describes', async (locale) => {
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/${locale}/quizzes/cto-model/`);
    await startWithKeyboard(page);
    await expect.poll(() => activeMatches(page, '.quiz-step legend')).toBe(true);
    await tabTo(page, '.quiz-step button[type="submit"]');
    await page.keyboard.press('Enter');
    const first = page.locator('.quiz-step input[type="radio"]').first();
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    // Focused, the answer is read with its description: the message, so the reader hears why they are still here.
    const description = () =>
      first.evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    await expect(description()).resolves.toBe(strings[locale]['quiz.required']);
    await expect(first.isChecked()).resolves.toBe(false);
    await expect(page.locator('.quiz-step legend').textContent()).resolves.toContain('1 / 10');
    // Choosing an answer from there clears the message.
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.quiz-error').count()).toBe(0);
    await expect(description()).resolves.toBe('');
    expect(problems).toEqual([]);
  });

  it('offers saved progress back after a reload, or a fresh start', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/zh/quizzes/leadership-role/');
    await page.getByRole('button', { name: '开始测评' }).click();
    for (let i = 0; i < 3; i++) {
      await page.locator('.quiz-option input').first().check();
      await page.getByRole('button', { name: '下一题' }).click();
    }
    await page.reload();
    await expect(page.locator('.quiz-resume').textContent()).resolves.toContain('回答了 10 道题中的 3 道');
    await page.getByRole('button', { name: '从上次停下的地方继续' }).click();
    await expect(page.locator('.quiz-step legend').textContent()).resolves.toContain('4 / 10');
    await page.getByRole('button', { name: '上一题' }).click();
    await expect(page.locator('.quiz-option input').first().isChecked()).resolves.toBe(true);
    await page.reload();
    await page.getByRole('button', { name: '重新开始' }).click();
    await expect(page.locator('.quiz-step legend').textContent()).resolves.toContain('1 / 10');
    await expect(page.locator('.quiz-option input:checked').count()).resolves.toBe(0);
    await expect(page.evaluate(() => localStorage.getItem('cto-quiz:leadership-role'))).resolves.toBeNull();
  });

  it('retakes the quiz from a result: the address loses the answers and the first question takes the focus', async () => {
    const { page } = await sharedPage(browser());
    const quiz = quizzes['leadership-role'];
    await page.goto(`/en/quizzes/leadership-role/?${shareQuery(quiz.questions.map(() => 1), quiz.revision)}`);
    await page.getByRole('button', { name: 'Retake the quiz' }).click();
    await expect.poll(() => activeMatches(page, '.quiz-step legend')).toBe(true);
    await expect(page.locator('.quiz-step legend').textContent()).resolves.toContain('1 / 10');
    expect(new URL(page.url()).search).toBe('');
  });

  it.each([
    ['not JSON', '{"answers":[1,'],
    ['another revision', JSON.stringify({ revision: 99, answers: Array(10).fill(0), step: 2, savedAt: Date.now() })],
    ['answers that do not fit', JSON.stringify({ revision: quizzes['cto-model'].revision, answers: [7, 'x'], step: 0, savedAt: Date.now() })],
  ])('discards saved progress that is %s, with a notice, and starts the quiz', async (_, saved) => {
    const { page, problems } = await openPage(browser());
    await page.addInitScript((value) => localStorage.setItem('cto-quiz:cto-model', value), saved);
    await page.goto('/vi/quizzes/cto-model/');
    await expect(page.locator('.quiz-notice').textContent()).resolves.toBe(viQuizzes['quiz.discarded']);
    await page.getByRole('button', { name: viQuizzes['quiz.begin'] }).click();
    await expect(page.locator('.quiz-step legend').textContent()).resolves.toContain('1 / 10');
    await expect(page.evaluate(() => localStorage.getItem('cto-quiz:cto-model'))).resolves.toBeNull();
    expect(problems).toEqual([]);
  });

  it.each([
    ['truncated', (query: string) => query.slice(0, -3)],
    ['altered', (query: string) => query.replace(/a=(.)/, (_, d: string) => `a=${d === '0' ? '1' : '0'}`)],
    ['from another revision', (query: string) => query.replace(/r=\d+/, 'r=7')],
  ])('shows a clear message and the first question for a %s share link', async (_, tamper) => {
    const { page, problems } = await sharedPage(browser());
    const query = tamper(shareQuery([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], quizzes['cto-model'].revision));
    await page.goto(`/en/quizzes/cto-model/?${query}`);
    await expect(page.locator('.quiz-notice').textContent()).resolves.toBe(enQuizzes['quiz.shareInvalid']);
    await page.getByRole('button', { name: enQuizzes['quiz.begin'] }).click();
    await expect(page.locator('.quiz-step legend').textContent()).resolves.toContain('1 / 10');
    expect(problems).toEqual([]);
  });

  it('opens the cost tool with the inputs the answers imply, filled in and accepted', async () => {
    const { page } = await sharedPage(browser());
    const quiz = quizzes['cto-model'];
    const answers = quiz.questions.map(() => 0);
    await page.goto(`/en/quizzes/cto-model/?${shareQuery(answers, quiz.revision)}`);
    const href = await page.locator('.quiz-tool-link').getAttribute('href');
    const url = new URL(href!, baseURL);
    expect(url.pathname).toBe('/en/tools/cost-comparison/');
    // Decisions due within three months: the answer sets an example cost for each month without a technical leader.
    expect(Object.fromEntries(url.searchParams)).toEqual({ v: '1', cur: 'USD', vacancyMonthlyCost: '50000', svcMonths: '12', horizonYears: '2', ftMonthsToHire: '3' });
    await page.locator('.quiz-tool-link').click();
    await page.waitForURL(`**${url.pathname}?*`);
    const engagement = page.getByLabel(enTools['calc.cc.svcMonths'], { exact: true });
    await expect.poll(() => engagement.inputValue(), { timeout: 10_000 }).toBe('12');
    await expect(page.getByLabel(enTools['calc.cc.horizonYears'], { exact: true }).inputValue()).resolves.toBe('2');
    await expect(page.locator('.calc input[name="vacancyMonthlyCost"]').inputValue()).resolves.toBe('50,000');
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    // The verdict it lands on says at what cost of an empty month the answer changes.
    await expect.poll(() => page.locator('.calc-summary p').first().innerText()).toMatch(
      /^A full-time CTO is cheaper unless a month without a technical leader costs you more than \$[\d,]+: at \$50,000 a month, \$[\d,]+ less in cash at today’s value over 2 years\.$/,
    );
  });
});

describe('why the result', () => {
  const quiz = quizzes['cto-model'];
  if (quiz.kind !== 'choice') throw new Error('cto-model is a choice quiz');
  const budget = quiz.questions.findIndex((q) => q.id === 'budget');
  const fractional = quiz.questions[budget]!.options.findIndex((o) => o.excludes.includes('service-then-full-time') && (o.weights['not-yet'] ?? 0) > 0);
  // Every other answer the one that weighs most towards a service CTO: only the budget says a full-time seat is out of reach.
  const answers = quiz.questions.map((q, i) => {
    if (i === budget) return fractional;
    const weights = q.options.map((o) => o.weights['service-then-full-time'] ?? 0);
    return weights.indexOf(Math.max(...weights));
  });

  it.each(locales)('%s: a budget for a day or two a week ends in “not yet”, and the deciding answers say why each counts', async (locale) => {
    const { page, problems } = await sharedPage(browser(), phone);
    await page.goto(`/${locale}/quizzes/cto-model/?${shareQuery(answers, quiz.revision)}`);
    const card = page.locator('.quiz-result-card');
    await expect(card.locator('h2').textContent()).resolves.toContain(quiz.outcomes.find((o) => o.id === 'not-yet')!.title[locale]);
    await expect(page.locator('.quiz-result').getByText(strings[locale]['quiz.result.whyIntro']).isVisible()).resolves.toBe(true);
    const option = quiz.questions[budget]!.options[fractional]!;
    const decided = page.locator('.quiz-reasons li').filter({ hasText: option.label[locale] });
    await expect(decided.count()).resolves.toBe(1);
    const reason = decided.locator('.quiz-reason-because');
    await reason.scrollIntoViewIfNeeded();
    await expect(reason.isVisible()).resolves.toBe(true);
    await expect(reason.textContent()).resolves.toBe(option.reason[locale]);
    // Every answer listed carries its own reason, in the page's language.
    const listed = await page.locator('.quiz-reasons li .quiz-reason-because').allTextContents();
    const reasons = quiz.questions.flatMap((q) => q.options.map((o) => o.reason[locale]));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((text) => !reasons.includes(text))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(locales)('%s: that result says why the calculator may not agree, and opens it for a part-time CTO', async (locale) => {
    const { page, problems } = await sharedPage(browser(), phone);
    await page.goto(`/${locale}/quizzes/cto-model/?${shareQuery(answers, quiz.revision)}`);
    const card = page.locator('.quiz-result-card');
    const caveat = card.locator('.quiz-tool-caveat');
    await expect(caveat.textContent()).resolves.toBe(quiz.outcomes.find((o) => o.id === 'not-yet')!.toolCaveat![locale]);
    await expect(caveat.isVisible()).resolves.toBe(true);
    const link = card.locator('.quiz-tool-link');
    const url = new URL((await link.getAttribute('href'))!, baseURL);
    expect(url.searchParams.get('svcMode')).toBe('fractional');
    expect(url.searchParams.get('svcDaysPerWeek')).toBe('2');
    await link.click();
    await page.waitForURL(`**${url.pathname}?*`);
    const partTime = page.getByRole('radio', { name: dictionaries[locale]['calc.cc.svcMode.fractional'] });
    await expect.poll(() => partTime.isChecked(), { timeout: 10_000 }).toBe(true);
    await expect(page.locator('.calc-notice').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('the partnership comparison', () => {
  it('puts the CEO’s and the CTO’s results side by side from their two share links', async () => {
    const quiz = quizzes['partnership-health'];
    if (quiz.kind !== 'scale') throw new Error('partnership-health is a scale quiz');
    const ceo = quiz.questions.map((q) => (q.reverse ? 0 : 4));
    const cto = quiz.questions.map((q) => (q.dimension === 'communication' ? (q.reverse ? 4 : 0) : q.reverse ? 0 : 4));
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/en/quizzes/partnership-health/?${shareQuery(ceo, quiz.revision)}`);
    await page.getByRole('link', { name: enQuizzes['quiz.compare.asCeo'] }).click();
    await page.waitForURL('**/partnership-health/compare/**');
    await expect(page.getByLabel('The CEO’s result link').inputValue()).resolves.toContain(`a=`);
    await page.getByLabel('The CTO’s result link').fill(`${baseURL}/en/quizzes/partnership-health/?${shareQuery(cto, quiz.revision)}`);
    await page.getByLabel('The CTO’s result link').press('Enter');
    const rows = page.locator('.quiz-compare tbody tr');
    await expect.poll(() => rows.count()).toBe(quiz.dimensions.length);
    const first = await rows.first().locator('th, td').allTextContents();
    expect(first[0]).toContain('Communication that keeps flowing');
    expect(first[0]).toContain(enQuizzes['quiz.compare.bigGap']);
    expect(first.slice(1)).toEqual(['100', '0', '100']);
    // The comparison's own address holds both results.
    const { page: again } = await sharedPage(browser());
    await again.goto(page.url());
    await expect.poll(() => again.locator('.quiz-compare tbody tr').count()).toBe(quiz.dimensions.length);
    expect(problems).toEqual([]);
  });

  it('zh: the result names the comparison links by the reader’s role, and the chosen one fills that role’s field', async () => {
    const quiz = quizzes['partnership-health'];
    const answers = quiz.questions.map(() => 2);
    const { page } = await sharedPage(browser());
    await page.goto(`/zh/quizzes/partnership-health/?${shareQuery(answers, quiz.revision)}`);
    // The result renders once the island is live: wait for it rather than read it at once.
    await page.getByRole('link', { name: '我是 CEO，用我的结果去对比' }).waitFor({ state: 'visible' });
    await page.getByRole('link', { name: '我是 CTO，用我的结果去对比' }).click();
    await page.waitForURL('**/partnership-health/compare/**');
    await expect(page.getByLabel('CTO 的结果链接').inputValue()).resolves.toContain('a=');
    await expect(page.getByLabel('CEO 的结果链接').inputValue()).resolves.toBe('');
  });

  it('names the link it cannot read', async () => {
    const { page } = await sharedPage(browser());
    await page.goto('/zh/quizzes/partnership-health/compare/');
    await page.getByLabel('CEO 的结果链接').fill('https://example.com/zh/quizzes/partnership-health/?v=1&r=1&a=123');
    await page.getByRole('button', { name: '对比' }).click();
    await expect(page.locator('#compare-ceo-error').textContent()).resolves.toBe(zhQuizzes['quiz.compare.invalid']);
    await expect(page.locator('#compare-ceo').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.quiz-compare').count()).resolves.toBe(0);
    // A damaged result in the comparison's own address is reported the same way.
    const valid = shareQuery(Array(12).fill(2), 1, 'cto');
    await page.goto(`/zh/quizzes/partnership-health/compare/?${valid}&ceo=2222`);
    await expect(page.locator('#compare-ceo-error').textContent()).resolves.toBe(zhQuizzes['quiz.compare.invalid']);
    await expect(page.locator('#compare-cto-error').count()).resolves.toBe(0);
    await expect(page.getByLabel('CTO 的结果链接').inputValue()).resolves.toContain('/zh/quizzes/partnership-health/?v=1&r=1&a=');
  });
});

describe('a quiz inside a guide', () => {
  it('loads on the reader’s request and moves the focus to the first question', async () => {
    const { page, problems } = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/en/guides/healthy-partnership/');
    await page.waitForLoadState('networkidle');
    const before = requested.length;
    await page.getByRole('button', { name: 'Start the quiz here' }).click();
    await expect.poll(() => activeMatches(page, '.quiz-embed .quiz-step legend')).toBe(true);
    expect(requested.length).toBeGreaterThan(before);
    await expect(page.locator('.quiz-embed .quiz-option').count()).resolves.toBe(5);
    expect(problems).toEqual([]);
  });

  const embeds = locales.flatMap((locale) =>
    (
      [
        ['cto-as-a-service', 'cto-model'],
        ['healthy-partnership', 'partnership-health'],
      ] as const
    ).map(([guide, id]) => ({ locale, guide, id })),
  );

  it.each(embeds)('$locale/$guide on a phone: the answers, then the result card, come into view in the guide', async ({ locale, guide, id }) => {
    const quiz = quizzes[id];
    const answers = pathFor(quiz, locale);
    const { page, problems } = await sharedPage(browser(), phone);
    const address = `/${locale}/guides/${guide}/`;
    await page.goto(address);
    const embed = page.locator('.quiz-embed');
    await embed.locator('.quiz-start').focus();
    await page.keyboard.press('Enter');
    // The press loads the quiz's code, which takes a while on a slow machine.
    await expect.poll(() => activeMatches(page, '.quiz-embed .quiz-step legend'), { timeout: 10_000 }).toBe(true);
    await expect(inViewport(embed.locator('.quiz-option').first())).resolves.toBe(true);
    for (const [i, option] of answers.entries()) {
      await expect.poll(() => activeMatches(page, '.quiz-embed .quiz-step legend')).toBe(true);
      await expect(embed.locator('.quiz-step legend').textContent()).resolves.toContain(`${i + 1} / ${answers.length}`);
      await expect(inViewport(embed.locator('.quiz-option').first())).resolves.toBe(true);
      await answerWithKeyboard(page, option);
    }
    const card = embed.locator('.quiz-result-card');
    await expect.poll(() => activeMatches(page, '.quiz-embed .quiz-result-card h3')).toBe(true);
    await expect(card.locator('h3').textContent()).resolves.toContain(expectedHeadline(quiz, locale, answers));
    await expect(inViewOrTopInView(card)).resolves.toBe(true);
    // The card shows where the quiz is, deep in the guide, not at the top of the page; the guide's address stays.
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(1000);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(address);
    expect(problems).toEqual([]);
  }, walkthroughTimeout);
});

describe('when the quiz’s code cannot load', () => {
  /** The quiz island's own bundle; the first request for it fails, as on a dropped connection. */
  const bundle = '**/_astro/mount-quiz*.js';

  it.each(locales)('%s quiz page: says so instead of “Loading” forever, and Try again loads the quiz', async (locale) => {
    const { page } = await openPage(browser());
    await page.route(bundle, (route) => route.abort('internetdisconnected'));
    await page.goto(`/${locale}/quizzes/cto-model/`);
    const error = page.locator('.quiz-app-error');
    await expect.poll(() => error.textContent(), { timeout: 10_000 }).toContain(strings[locale]['quiz.loadError']);
    await expect(error.getAttribute('role')).resolves.toBe('alert');
    await expect(page.getByText(strings[locale]['quiz.loading']).count()).resolves.toBe(0);
    await page.unrouteAll();
    await page.getByRole('button', { name: strings[locale]['quiz.retry'] }).click();
    const begin = page.getByRole('button', { name: strings[locale]['quiz.begin'] });
    await expect.poll(() => begin.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect(error.count()).resolves.toBe(0);
    // The button pressed went away with the error, so the focus goes to the quiz's own start button.
    await expect.poll(() => begin.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it.each(locales)('%s guide: the embedded quiz’s start button says so, and Try again starts the quiz at its first question', async (locale) => {
    const { page } = await openPage(browser());
    await page.route(bundle, (route) => route.abort('internetdisconnected'));
    await page.goto(`/${locale}/guides/healthy-partnership/`);
    const embed = page.locator('.quiz-embed');
    await embed.locator('.quiz-start').focus();
    await page.keyboard.press('Enter');
    const error = embed.locator('.quiz-app-error');
    await expect.poll(() => error.textContent(), { timeout: 10_000 }).toContain(strings[locale]['quiz.loadError']);
    // The focus stays with the reader's action: on the button that tries again.
    const retry = embed.getByRole('button', { name: strings[locale]['quiz.retry'] });
    await expect.poll(() => retry.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.unrouteAll();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeMatches(page, '.quiz-embed .quiz-step legend'), { timeout: 10_000 }).toBe(true);
    await expect(error.count()).resolves.toBe(0);
  });
});

describe('without JavaScript', () => {
  it.each(locales)('the %s page shows the purpose, every question and a note that scoring needs JavaScript', async (locale) => {
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    const quiz = quizzes['cto-model'];
    await page.goto(`/${locale}/quizzes/cto-model/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(quiz.title[locale]);
    const note = page.locator('.quiz-static .quiz-notice');
    await expect(note.textContent()).resolves.toBe(strings[locale]['quiz.noscript']);
    await expect(note.isVisible()).resolves.toBe(true);
    const prompts = await page.locator('.quiz-static-questions > li > p').allTextContents();
    expect(prompts).toEqual(quiz.questions.map((q) => q.prompt[locale]));
    await expect(page.locator('.quiz-loading').isVisible()).resolves.toBe(false);
  });
});

describe('Vietnamese result wording', () => {
  it('vi: the comparison links name the reader’s role, and the chosen one fills that role’s field', async () => {
    const quiz = quizzes['partnership-health'];
    const { page } = await sharedPage(browser());
    await page.goto(`/vi/quizzes/partnership-health/?${shareQuery(quiz.questions.map(() => 2), quiz.revision)}`);
    // The result renders once the island is live: wait for it rather than read it at once.
    await page.getByRole('link', { name: 'Tôi là CEO, dùng kết quả của tôi để so sánh' }).waitFor({ state: 'visible' });
    await page.getByRole('link', { name: 'Tôi là CTO, dùng kết quả của tôi để so sánh' }).click();
    await page.waitForURL('**/partnership-health/compare/**');
    await expect(page.getByLabel(viQuizzes['quiz.compare.ctoLink']).inputValue()).resolves.toContain('a=');
    await expect(page.getByLabel(viQuizzes['quiz.compare.ceoLink']).inputValue()).resolves.toBe('');
  });

  it('vi: the leadership quiz names the VP of Engineering phó giám đốc kỹ thuật and measures the role by what the team ships', async () => {
    const quiz = quizzes['leadership-role'];
    if (quiz.kind !== 'choice') throw new Error('leadership-role is a choice quiz');
    // Each question answered with the option that weighs most towards the VP of Engineering.
    const answers = quiz.questions.map((q) => {
      const weights = q.options.map((o) => o.weights['vp-engineering'] ?? 0);
      return weights.indexOf(Math.max(...weights));
    });
    expect(scoreChoice(quiz, answers).outcome).toBe('vp-engineering');
    const { page, problems } = await sharedPage(browser());
    await page.goto(`/vi/quizzes/leadership-role/?${shareQuery(answers, quiz.revision)}`);
    const result = page.locator('.quiz-result');
    await result.waitFor();
    await expect(result.getByRole('heading').first().textContent()).resolves.toContain('Phó giám đốc kỹ thuật (VP Engineering)');
    await expect(result.textContent()).resolves.not.toMatch(/chủ tịch|giao hàng/);
    expect(problems).toEqual([]);
  });

  it('vi: a strong conflict score says the two speak plainly to each other, not that they disagree in public', async () => {
    const quiz = quizzes['partnership-health'];
    if (quiz.kind !== 'scale') throw new Error('partnership-health is a scale quiz');
    const { page } = await sharedPage(browser());
    await page.goto(`/vi/quizzes/partnership-health/?${shareQuery(quiz.questions.map((q) => (q.reverse ? 0 : 4)), quiz.revision)}`);
    const conflict = page.locator('.quiz-dimension').filter({ hasText: 'Xử lý mâu thuẫn mà không đổ lỗi' });
    await expect(conflict.textContent()).resolves.toContain('nói thẳng với nhau khi không đồng ý');
    await expect(conflict.textContent()).resolves.not.toContain('công khai');
  });
});

describe('accessibility', () => {
  const themes = ['light', 'dark'] as const;

  it.each(themes)('axe finds nothing on a question with an error shown (%s)', async (colorScheme) => {
    const { page } = await sharedPage(browser(), { colorScheme });
    await page.goto('/vi/quizzes/partnership-health/');
    await page.getByRole('button', { name: viQuizzes['quiz.begin'] }).click();
    await page.locator('.quiz-step').waitFor();
    await page.getByRole('button', { name: 'Tiếp theo' }).click();
    await page.locator('.quiz-error').waitFor();
    expect(await axeViolations(page, 'main')).toEqual([]);
  });

  // One test per result: axe on a whole result page takes seconds on a busy machine.
  it.each(themes.flatMap((colorScheme) => quizIds.map((id) => ({ colorScheme, id }))))(
    'axe finds nothing on a $id result, the introduction folded ($colorScheme)',
    async ({ colorScheme, id }) => {
      const { page } = await sharedPage(browser(), { colorScheme });
      const quiz = quizzes[id];
      await page.goto(`/vi/quizzes/${id}/?${shareQuery(pathFor(quiz, 'vi'), quiz.revision)}`);
      await page.locator('.quiz-result').waitFor();
      expect(await axeViolations(page, 'main')).toEqual([]);
    },
  );

  it.each(themes)('axe finds nothing on the comparison (%s)', async (colorScheme) => {
    const { page } = await sharedPage(browser(), { colorScheme });
    await page.goto(`/vi/quizzes/partnership-health/compare/?v=1&r=1&ceo=${shareQuery(Array(12).fill(1), 1).split('a=')[1]}&cto=${shareQuery(Array(12).fill(3), 1).split('a=')[1]}`);
    await page.locator('.quiz-compare').waitFor();
    expect(await axeViolations(page, 'main')).toEqual([]);
  });
});

describe('JavaScript budget', () => {
  it.each(quizIds)('the %s page loads at most 25 KB of gzipped JavaScript', async (id) => {
    const load = await measureFirstLoad(browser(), baseURL, `/en/quizzes/${id}/`);
    console.log(`${id}: ${(load.jsBytes / 1024).toFixed(1)} KB gzipped JavaScript in ${load.requests} requests at first load`);
    expect(load.jsBytes).toBeLessThanOrEqual(budgets.quiz.jsBytes);
  });
});
