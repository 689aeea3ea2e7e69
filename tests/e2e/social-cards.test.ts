/**
 * Social cards as a chat app's crawler meets them: the static HTML (scripts off) of a
 * guide, a tool, a quiz and a quiz result's share link in every locale names its card in
 * Open Graph and Twitter tags, the image is served as a 1200 × 630 PNG (read from its
 * header), and its alternative text is the card's words in the page's language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fill } from '../../src/i18n/fill';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { outcomeOf, outcomePath } from '../../src/lib/quiz/outcomes';
import { shareQuery } from '../../src/lib/quiz/share-code';
import { quizSchema } from '../../src/schemas/quiz';
import { baseURL, sharedPage, useBrowser } from './harness';

const browser = useBrowser();
const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/cto-model.yaml', 'utf8')));
if (quiz.kind !== 'choice') throw new Error('cto-model is a choice quiz');
const answers = quiz.questions.map(() => 0);
const outcome = quiz.outcomes.find((o) => o.id === outcomeOf(quiz, answers))!;

interface Sample {
  name: string;
  path: string;
  /** The kind word the card shows, a key of the dictionary. */
  kind: 'home.kind.guide' | 'home.kind.tool' | 'home.kind.quiz' | 'card.kind.quizResult';
  title: (locale: Locale) => string;
}

const samples: Sample[] = [
  { name: 'guide', path: '/guides/cto-as-a-service/', kind: 'home.kind.guide', title: () => '' },
  { name: 'tool', path: '/tools/cost-comparison/', kind: 'home.kind.tool', title: () => '' },
  { name: 'quiz', path: '/quizzes/cto-model/', kind: 'home.kind.quiz', title: (l) => quiz.title[l] },
  {
    name: 'quiz result share link',
    path: `${outcomePath('/quizzes/cto-model/', outcome.id)}?${shareQuery(answers, quiz.revision)}`,
    kind: 'card.kind.quizResult',
    title: (l) => outcome.title[l],
  },
];

interface CardTags {
  h1: string;
  ogTitle: string;
  image: string;
  type: string;
  width: string;
  height: string;
  alt: string;
  twitter: string;
}

describe.each(locales)('%s', (locale) => {
  const t = dictionaries[locale];
  const seen = new Map<string, string>();

  it.each(samples)('$name: the static page names a 1200 × 630 PNG card, described in the page’s language', async ({ path, kind, title, name }) => {
    const { page, problems } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/${locale}${path}`);
    const tags = await page.evaluate((): CardTags => {
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? '';
      return {
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        ogTitle: meta('meta[property="og:title"]'),
        image: meta('meta[property="og:image"]'),
        type: meta('meta[property="og:image:type"]'),
        width: meta('meta[property="og:image:width"]'),
        height: meta('meta[property="og:image:height"]'),
        alt: meta('meta[property="og:image:alt"]'),
        twitter: meta('meta[name="twitter:card"]'),
      };
    });
    expect(tags.twitter).toBe('summary_large_image');
    expect([tags.type, tags.width, tags.height]).toEqual(['image/png', '1200', '630']);
    // An absolute address, as Open Graph requires, on the site's origin (the one canonical links use).
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const image = new URL(tags.image);
    expect(image.origin).toBe(new URL(canonical!).origin);
    expect(image.pathname).toMatch(/^\/cards\/[0-9a-f]{16}\.png$/);

    const expectedTitle = title(locale) || tags.ogTitle;
    expect(tags.ogTitle).toBe(expectedTitle);
    expect(tags.alt).toBe(`${t['site.name']} · ${fill(t['card.alt'], { kind: t[kind], title: expectedTitle })}`);

    const response = await page.request.get(`${baseURL}${image.pathname}`);
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(problems).toEqual([]);
    seen.set(name, image.pathname);
  });

  it('gives the result its own card, not the quiz’s, and the result page its outcome without scripts', async () => {
    expect(seen.size).toBe(samples.length);
    expect(new Set(seen.values()).size).toBe(samples.length);
    const { page } = await sharedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/${locale}${samples[3]!.path}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(localeInfo[locale].htmlLang);
    await expect(page.locator('.quiz-result-card h2').textContent()).resolves.toContain(outcome.title[locale]);
    await expect(page.getByRole('link', { name: t['quiz.outcome.take'] }).getAttribute('href')).resolves.toBe(`/${locale}/quizzes/cto-model/`);
  });
});
