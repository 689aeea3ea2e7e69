/**
 * The quiz files themselves: they pass the schema, there is one per catalog id, every
 * outcome is reachable and explained, every guide link lands on a real section, and the
 * text follows each language's conventions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizIds } from '../../src/data/catalog';
import { locales } from '../../src/i18n/locales';
import { outcomeBalance } from '../../src/lib/quiz/balance';
import { levelThresholds, scalePoints, scoreScale } from '../../src/lib/quiz/scoring';
import { quizSchema, type ScaleQuizDefinition } from '../../src/schemas/quiz';
import { entryFile } from '../quality/content-files';

const quizzes = quizIds.map((id) => ({ id, quiz: quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8'))) }));
const choiceQuizzes = quizzes.flatMap(({ id, quiz }) => (quiz.kind === 'choice' ? [{ id, quiz }] : []));
const scaleQuizzes = quizzes.flatMap(({ id, quiz }) => (quiz.kind === 'scale' ? [{ id, quiz }] : []));

describe.each(choiceQuizzes)('choice quiz $id', ({ quiz }) => {
  it('has at least 8 questions', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
  });

  it('reaches every outcome, explains every result by at least one answer, and never rules out every outcome, over all answer paths', () => {
    const { paths, wins, unexplained, allRuledOut } = outcomeBalance(quiz);
    expect(paths).toBe(quiz.questions.reduce((n, q) => n * q.options.length, 1));
    // No outcome is a freak: each wins on at least 1% of the paths (npm run quiz:balance prints the shares).
    for (const [outcome, n] of Object.entries(wins)) expect(n / paths, outcome).toBeGreaterThan(0.01);
    expect(unexplained).toBe(0);
    expect(allRuledOut).toBe(0);
  });

  it('says why each outcome fits in one short sentence, for the top of the result card', () => {
    for (const outcome of quiz.outcomes) {
      for (const locale of locales) {
        const why = outcome.why[locale];
        expect(why.length, `${outcome.id} ${locale}`).toBeLessThanOrEqual(locale === 'zh' ? 40 : 100);
        expect(why, `${outcome.id} ${locale}`).toMatch(locale === 'zh' ? /^[^。]+。$/u : /^[^.]+\.$/u);
      }
    }
  });

  it('states the reason for every answer’s points in at most three sentences, for the result’s list of deciding answers', () => {
    const limits = { en: 280, zh: 120, vi: 340 } as const;
    const sentences = { en: /[.!?](\s|$)/gu, zh: /[。！？]/gu, vi: /[.!?](\s|$)/gu } as const;
    for (const question of quiz.questions) {
      question.options.forEach((option, o) => {
        for (const locale of locales) {
          const reason = option.reason[locale];
          const where = `${question.id} option ${o} ${locale}`;
          expect(reason.length, where).toBeLessThanOrEqual(limits[locale]);
          expect(reason.match(sentences[locale])?.length ?? 0, where).toBeLessThanOrEqual(3);
        }
      });
    }
  });

  it('gives every answer some weight or a tool input, so no question is decoration', () => {
    const idle = quiz.questions.filter((q) => q.options.every((o) => Object.keys(o.weights).length === 0 && Object.keys(o.params).length === 0));
    expect(idle.map((q) => q.id)).toEqual([]);
  });
});

describe.each(scaleQuizzes)('scale quiz $id', ({ quiz }) => {
  const worst = (q: ScaleQuizDefinition['questions'][number]) => (q.reverse ? scalePoints - 1 : 0);
  const best = (q: ScaleQuizDefinition['questions'][number]) => (q.reverse ? 0 : scalePoints - 1);

  it('has at least 8 statements and some read the other way round', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.some((q) => q.reverse)).toBe(true);
  });

  it.each(quiz.dimensions.map((d) => d.id))('can show %s as the weakest area', (dimension) => {
    const answers = quiz.questions.map((q) => (q.dimension === dimension ? worst(q) : best(q)));
    const [weakest] = scoreScale(quiz, answers);
    expect(weakest).toEqual({ dimension, score: 0, level: 'strained' });
  });

  it('reaches every level in every dimension, and the all-strong result', () => {
    for (const rating of Array.from({ length: scalePoints }, (_, i) => i)) {
      const answers = quiz.questions.map((q) => (q.reverse ? scalePoints - 1 - rating : rating));
      const levels = new Set(scoreScale(quiz, answers).map((s) => s.level));
      expect(levels.size).toBe(1);
    }
    const seen = new Set(
      Array.from({ length: scalePoints }, (_, rating) =>
        scoreScale(quiz, quiz.questions.map((q) => (q.reverse ? scalePoints - 1 - rating : rating)))[0]!.level,
      ),
    );
    expect([...seen].sort()).toEqual(levelThresholds.map((t) => t.level).sort());
  });

  it('measures every dimension with at least two statements', () => {
    for (const d of quiz.dimensions) expect(quiz.questions.filter((q) => q.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(2);
  });
});

/** Every localized string in a quiz, with its path for the failure message. */
function texts(value: unknown, path = ''): { path: string; locale: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}.${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (locales.every((l) => typeof record[l] === 'string')) return locales.map((l) => ({ path, locale: l, text: record[l] as string }));
  return Object.entries(record).flatMap(([key, v]) => texts(v, `${path}.${key}`));
}

describe.each(quizzes)('quiz $id text and links', ({ id, quiz }) => {
  const all = texts(quiz);

  it('writes Chinese with full-width punctuation', () => {
    const halfWidth = all.filter((t) => t.locale === 'zh' && /[\p{Script=Han}][,.:;?!()]|[,.:;?!(][\p{Script=Han}]/u.test(t.text));
    expect(halfWidth.map((t) => `${t.path}: ${t.text}`)).toEqual([]);
  });

  it('writes Vietnamese in NFC', () => {
    const decomposed = all.filter((t) => t.locale === 'vi' && t.text !== t.text.normalize('NFC'));
    expect(decomposed.map((t) => t.path)).toEqual([]);
  });

  it('does not copy the English text into another locale', () => {
    const byPath = Map.groupBy(all, (t) => t.path);
    const copied = [...byPath.values()].filter((group) => {
      const en = group.find((t) => t.locale === 'en')!.text;
      return en.length > 12 && group.some((t) => t.locale !== 'en' && t.text === en);
    });
    expect(copied.map((group) => group[0]!.path)).toEqual([]);
  });

  it('links only to guide sections that exist in every locale', () => {
    const links = quiz.kind === 'choice' ? quiz.outcomes.flatMap((o) => o.links) : quiz.dimensions.flatMap((d) => d.links);
    for (const { guide, section } of links) {
      for (const locale of locales) {
        const file = entryFile('guides', locale, guide);
        expect(existsSync(file), `${id}: ${file}`).toBe(true);
        expect(readFileSync(file, 'utf8'), `${id}: ${file}#${section}`).toMatch(new RegExp(`^## .*\\{#${section}\\}\\s*$`, 'm'));
      }
    }
  });
});
