import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizIds } from '../../src/data/catalog';
import { cardAlt, cardKey, cardPath, cardSpecFor, cardSvg, titleBaselines, type CardWords } from '../../src/lib/social-card/card';
import { fitTitle, lineUnits, wrapUnits, type Measure } from '../../src/lib/social-card/layout';
import { formatCardRun, parseCardRun } from '../../src/lib/social-card/run';
import { allStrong, outcomeIds, outcomeOf, outcomePath } from '../../src/lib/quiz/outcomes';
import { zhTerms } from '../../src/lib/word-breaks';
import { quizSchema } from '../../src/schemas/quiz';

/** A fake font: every character, Han or Latin, one unit of the size wide; a space half. */
const monospace: Measure = (text, size) => [...text].reduce((w, c) => w + (c === ' ' ? 0.5 : 1), 0) * size;

describe('lineUnits', () => {
  it('breaks Latin text only at spaces, keeping each space with the word before it', () => {
    expect(lineUnits('Hire a full-time CTO now', 'en')).toEqual(['Hire ', 'a ', 'full-time ', 'CTO ', 'now']);
    expect(lineUnits('CTO như một dịch vụ là gì?', 'vi')).toEqual(['CTO ', 'như ', 'một ', 'dịch ', 'vụ ', 'là ', 'gì?']);
  });

  it('gives the text back whole', () => {
    for (const [text, locale] of [['现在用 CTO 即服务，以后交给全职的接任者', 'zh-CN'], ['The CEO–CTO relationship: who decides?', 'en']] as const) {
      expect(lineUnits(text, locale).join('')).toBe(text);
    }
  });

  it('breaks Chinese between words, never inside a kept compound, before closing or after opening punctuation', () => {
    const units = lineUnits('什么是首席技术官即服务（CTO 即服务）？', 'zh-CN', zhTerms);
    expect(units).toContain('首席技术官');
    expect(units.some((u) => u.startsWith('服务'))).toBe(false);
    expect(units.some((u) => /^[）？，]/u.test(u))).toBe(false);
    expect(units.some((u) => /（$/u.test(u))).toBe(false);
    expect(units.at(-1)).toMatch(/即服务）？$/u);
  });

  it('without the kept words, the segmenter may split a compound', () => {
    expect(lineUnits('首席技术官', 'zh-CN').length).toBeGreaterThan(1);
  });
});

describe('wrapUnits', () => {
  const fits = (width: number) => (line: string) => monospace(line, 1) <= width;

  it('fills lines greedily and drops the space at a line end', () => {
    expect(wrapUnits(['aa ', 'bb ', 'cc'], fits(5.5))).toEqual(['aa bb', 'cc']);
  });

  it('cuts a unit wider than a line between characters', () => {
    expect(wrapUnits(['abcdefgh'], fits(3))).toEqual(['abc', 'def', 'gh']);
  });
});

describe('fitTitle', () => {
  const box = { width: 1040, maxLines: 3, sizes: [76, 68, 60, 52] };

  it('takes the largest size at which the title fits', () => {
    expect(fitTitle('Short title', 'en', monospace, box)).toEqual({ size: 76, lines: ['Short title'] });
    // Seven six-letter words: two a line up to 60 px (four lines), three at 52 px.
    const seven = fitTitle('aaaaaa bbbbbb cccccc dddddd eeeeee ffffff gggggg', 'en', monospace, box);
    expect(seven.size).toBe(52);
    expect(seven.lines).toHaveLength(3);
  });

  it('balances the lines so the last is not a lone word', () => {
    const { lines } = fitTitle('A CTO as a service now, a full-time successor later', 'en', monospace, box);
    expect(lines.length).toBe(3);
    const lengths = lines.map((l) => l.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(8);
  });

  it('cuts a title too long for the smallest size after a whole word, with an ellipsis', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { size, lines } = fitTitle(long, 'en', monospace, box);
    expect(size).toBe(52);
    expect(lines.length).toBe(3);
    expect(lines[2]).toMatch(/word\d+…$/);
    for (const line of lines) expect(monospace(line, size)).toBeLessThanOrEqual(box.width);
  });

  it('never starts a Chinese line with closing punctuation', () => {
    const title = '一二三四五六七八九十一二三四五，六七八九十一二三四五六七八九十。一二三四五六七八九十一二三四五六';
    for (const line of fitTitle(title, 'zh-CN', monospace, box).lines) expect(line).not.toMatch(/^[，。]/u);
  });
});

const words: CardWords = {
  lang: 'zh-CN',
  siteName: 'CTO 手册',
  tagline: '全职招聘或按服务期聘请首席技术官',
  kinds: { guide: '指南', tool: '计算器', quiz: '测评', 'quiz-result': '测评结果' },
  altTemplate: '{kind}：{title}',
};

describe('cards', () => {
  it('gives a page of a kind its own card and a page without one the site card', () => {
    expect(cardSpecFor({ kind: 'guide', title: '交接' }, words)).toEqual({ lang: 'zh-CN', siteName: 'CTO 手册', kind: '指南', title: '交接' });
    expect(cardSpecFor({ title: '术语表' }, words).kind).toBeUndefined();
    const site = cardSpecFor(undefined, words);
    expect(site.title).toBe(words.tagline);
    // Every page without a card of its own (a generated guide, the home page) shares one file.
    expect(cardKey(cardSpecFor(undefined, words))).toBe(cardKey(site));
  });

  it('names a card by everything drawn on it', () => {
    const spec = cardSpecFor({ kind: 'guide', title: '交接' }, words);
    expect(cardKey(spec)).toMatch(/^[0-9a-f]{16}$/);
    expect(cardKey({ ...spec })).toBe(cardKey(spec));
    for (const change of [{ title: '交接计划' }, { kind: '测评' }, { siteName: 'CTO' }, { lang: 'en' }]) {
      expect(cardKey({ ...spec, ...change })).not.toBe(cardKey(spec));
    }
    expect(cardPath('0123456789abcdef')).toBe('/cards/0123456789abcdef.png');
  });

  it('describes the card in the page’s language and punctuation', () => {
    expect(cardAlt(cardSpecFor({ kind: 'guide', title: '交接' }, words), words.altTemplate)).toBe('CTO 手册 · 指南：交接');
    expect(cardAlt(cardSpecFor(undefined, words), words.altTemplate)).toBe(`CTO 手册 · ${words.tagline}`);
  });

  it('draws the given outlines on a 1200 × 630 card, and leaves out an empty one', () => {
    const svg = cardSvg({ siteName: 'M0 0h1', kind: '', title: 'M1 1h2' });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain('d="M0 0h1"');
    expect(svg).toContain('d="M1 1h2"');
    expect(svg.match(/<path /g)).toHaveLength(2 + 1);
  });

  it('spaces title lines more for Vietnamese and Chinese than for English', () => {
    const gap = (lang: string) => {
      const [a, b] = titleBaselines(2, 60, lang);
      return b! - a!;
    };
    expect(gap('vi')).toBeGreaterThan(gap('en'));
    expect(gap('zh-CN')).toBeGreaterThan(gap('en'));
    expect(titleBaselines(3, 60, 'en')).toHaveLength(3);
  });
});

describe('quiz outcomes', () => {
  const quizzes = quizIds.map((id) => quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8'))));

  it('names every outcome of each quiz once, as a path segment', () => {
    for (const quiz of quizzes) {
      const ids = outcomeIds(quiz);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('leads each answer path to one of the quiz’s outcomes', () => {
    for (const quiz of quizzes) {
      const ids = outcomeIds(quiz);
      for (const pick of [0, 1]) expect(ids).toContain(outcomeOf(quiz, quiz.questions.map(() => pick)));
    }
  });

  it('names a scale result by its weakest dimension, or all-strong', () => {
    const scale = quizzes.find((q) => q.kind === 'scale')!;
    const agree = scale.questions.map((q) => ('reverse' in q && q.reverse ? 0 : 4));
    expect(outcomeOf(scale, agree)).toBe(allStrong);
    const weakFirst = scale.questions.map((q) => (q.dimension === scale.dimensions[0]!.id ? 2 : 'reverse' in q && q.reverse ? 0 : 4));
    expect(outcomeOf(scale, weakFirst)).toBe(scale.dimensions[0]!.id);
  });

  it('puts the outcome page under the quiz page', () => {
    expect(outcomePath('/vi/quizzes/cto-model/', 'full-time')).toBe('/vi/quizzes/cto-model/results/full-time/');
  });
});

describe('the build’s card line', () => {
  it('reads back what it writes, and nothing from a log without it', () => {
    const run = { cards: 135, drawn: 12, milliseconds: 1834, cpuMilliseconds: 1502, bytes: 4_577_280 };
    const line = formatCardRun(run);
    expect(line).toBe('social cards: 135 (12 drawn, 123 from the cache) in 1834 ms (1502 ms CPU), 4470 KB');
    expect(parseCardRun(`12:00:01 [social-cards] ${line}\n`)).toEqual(run);
    expect(parseCardRun('12:00:01 [build] Completed')).toBeUndefined();
  });
});
