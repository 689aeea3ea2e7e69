/**
 * Guides agree with the tools: every figure a guide or reference page quotes from a
 * calculator is the text of a link to that calculator, whose address carries the
 * inputs (the share-link format of src/lib/share-state.ts) and names the figure
 * (`figure=<name>`, from the tables below). This test reads every such link, runs the
 * model on the inputs, and fails when the figure in the text disagrees with the model
 * at the precision the text writes it ("about 26%" is 25.5–26.5 %; "$4.7 million" is
 * 4.65–4.75 million). The convention is described in the README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ToolId } from '../../src/data/catalog';
import { toolDefaults } from '../../src/data/tool-defaults';
import { localeInfo, locales, type Currency, type Locale } from '../../src/i18n/locales';
import { badHireCost } from '../../src/lib/cost/bad-hire-cost';
import { ctoCareer, serviceBreakEvenFee, type CareerPath } from '../../src/lib/cost/cto-career';
import { toolFields, toolValues } from '../../src/lib/cost/fields';
import { parseNumber } from '../../src/lib/parse-number';
import { decodeState } from '../../src/lib/share-state';

type Figures = Record<string, (values: Record<string, number>) => number>;

const careerFigures = (path: 'fullTime' | 'service'): Figures => {
  const of = (pick: (p: CareerPath) => number) => (values: Record<string, number>) => pick(ctoCareer(toolValues('cto-career', values))[path]);
  return {
    [`${path}.companies`]: of((p) => p.companies),
    [`${path}.cash`]: of((p) => p.cash),
    [`${path}.expectedEquity`]: of((p) => p.expectedEquity),
    [`${path}.expectedValue`]: of((p) => p.expectedValue),
    [`${path}.low`]: of((p) => p.low),
    [`${path}.high`]: of((p) => p.high),
    // Chances are quoted as percentages.
    [`${path}.chance`]: of((p) => p.chanceOfSuccess * 100),
    [`${path}.mostLikelyChance`]: of((p) => p.mostLikelyChance * 100),
  };
};
const badHire = (pick: (r: ReturnType<typeof badHireCost>) => number) => (values: Record<string, number>) => pick(badHireCost(toolValues('bad-hire-cost', values)));
/** A guide that states the example it works from quotes each input by its own name, so the sentence cannot drift from the link. */
const inputFigures = (tool: ToolId): Figures => Object.fromEntries(toolFields[tool].map((spec) => [spec.name, (values: Record<string, number>) => values[spec.name]!]));

/** The figures a guide may quote from each calculator, by name. */
const figures: Partial<Record<ToolId, Figures>> = {
  'bad-hire-cost': {
    ...inputFigures('bad-hire-cost'),
    total: badHire((r) => r.total),
    other: badHire((r) => r.otherExecTotal),
    times: badHire((r) => r.total / r.otherExecTotal),
    otherTimes: badHire((r) => r.otherExecTotal / r.total),
    rebuildMonths: badHire((r) => r.rebuildMonths),
    lateMonths: badHire((r) => r.lateMonths),
    otherSetbackMonths: badHire((r) => r.otherSetbackMonths),
  },
  'cto-career': {
    ...inputFigures('cto-career'),
    ...careerFigures('fullTime'),
    ...careerFigures('service'),
    /** The fee at which the service path is worth as much as full time. */
    breakEvenFee: (values) => serviceBreakEvenFee(toolValues('cto-career', values)) ?? Number.NaN,
    /** How much more the service path is worth than full time. */
    serviceAhead: (values) => {
      const r = ctoCareer(toolValues('cto-career', values));
      return r.service.expectedValue - r.fullTime.expectedValue;
    },
  },
};

interface QuotedFigure {
  file: string;
  locale: Locale;
  text: string;
  href: string;
}

const contentRoot = join(import.meta.dirname, '../../content');
const files = ['guides', 'pages'].flatMap((kind) =>
  locales.flatMap((locale) =>
    readdirSync(join(contentRoot, kind, locale))
      .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
      .map((name) => ({ file: `${kind}/${locale}/${name}`, locale })),
  ),
);
/** Links to a tool page with a query that names a figure: [text](/locale/tools/id/?…&figure=…). A link without `figure` only presets inputs (tests/unit/guide-tool-links.test.ts). */
const toolLink = /\[([^\]]+)\]\((\/(?:en|zh|vi)\/tools\/[a-z-]+\/\?[^)\s]+)\)/g;
const quoted: QuotedFigure[] = files.flatMap(({ file, locale }) =>
  [...readFileSync(join(contentRoot, file), 'utf8').matchAll(toolLink)]
    .filter(([, , href]) => new URLSearchParams(href!.split('?')[1]).has('figure'))
    .map(([, text, href]) => ({ file, locale, text: text!, href: href! })),
);

/** The number a figure's text writes, and half a unit of its last digit: the rounding it allows. */
function writtenFigure(text: string, locale: Locale): { value: number; tolerance: number } {
  const from = text.search(/\d/);
  const token = /^\d[\d.,\u00a0\u202f ]*(?:\s*(?:nghìn tỷ|triệu|tỷ|万亿|亿|万|million|billion))?/u.exec(text.slice(from))?.[0].trim() ?? '';
  const spelled = token.replace(/\s*million$/u, 'm').replace(/\s*billion$/u, 'bn');
  const parsed = parseNumber(spelled, locale);
  if (!parsed.ok) throw new Error(`“${text}” writes no number that reads in ${locale}`);
  const digits = /^[\d.,\u00a0\u202f ]*\d/u.exec(spelled)?.[0] ?? '';
  const decimalMark = locale === 'vi' ? ',' : '.';
  // Only the locale's decimal mark starts a fraction: "1.200" in Vietnamese is a thousands group.
  const decimals = new RegExp(`\\${decimalMark}(\\d+)$`).exec(digits)?.[1]?.length ?? 0;
  const plain = parseNumber(digits, locale);
  const multiplier = plain.ok && plain.value !== 0 ? parsed.value / plain.value : 1;
  return { value: parsed.value, tolerance: 0.5 * 10 ** -decimals * multiplier + 1e-9 };
}

describe('figures quoted in guides', () => {
  it('are found in the guides that quote the bad-hire and career calculators, in every locale', () => {
    for (const locale of locales) {
      for (const [guide, tool] of [
        ['bad-cto-cost', 'bad-hire-cost'],
        ['cto-career-math', 'cto-career'],
      ]) {
        const links = quoted.filter((q) => q.file === `guides/${locale}/${guide}.md` && q.href.includes(`/tools/${tool}/`));
        expect(links.length, `${guide} in ${locale}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it.each(quoted.map((q) => [q.file, q.text, q] as const))('%s: “%s” is what the calculator gives', (_file, _text, { locale, text, href }) => {
    const url = new URL(href, 'https://example.org');
    const [, linkLocale, , tool] = url.pathname.split('/') as [string, Locale, string, ToolId];
    expect(linkLocale, 'a guide links to the tool in its own language').toBe(locale);
    const name = url.searchParams.get('figure');
    const table = figures[tool];
    expect(table, `figures of ${tool}`).toBeDefined();
    expect(name !== null && name in table!, `figure=${name} names one of: ${Object.keys(table!).join(', ')}`).toBe(true);
    const currency = url.searchParams.get('cur') as Currency;
    expect(currency, 'the link names its currency').toBe(localeInfo[locale].currency);
    const decoded = decodeState(url.search, toolFields[tool], (c) => ({ ...toolDefaults[tool][c] }), currency);
    expect(decoded.rejected, 'every input in the link is one the calculator reads').toEqual([]);
    for (const spec of toolFields[tool]) expect(url.searchParams.has(spec.name), `the link carries ${spec.name}`).toBe(true);
    const model = table![name!]!(decoded.state.values);
    const written = writtenFigure(text, locale);
    expect(Math.abs(model - written.value), `model ${model} against the text’s ${written.value} ± ${written.tolerance}`).toBeLessThanOrEqual(written.tolerance);
  });

  it.each(locales)('bad-cto-cost in %s states the example it works from: the same gross profit and waste per month on both sides', (locale) => {
    const defaults = toolDefaults['bad-hire-cost'][localeInfo[locale].currency];
    const links = quoted.filter((q) => q.file === `guides/${locale}/bad-cto-cost.md`).map((q) => new URL(q.href, 'https://example.org').searchParams);
    const stated = links.map((params) => params.get('figure'));
    expect(stated).toEqual(expect.arrayContaining(['lateProfitPerMonth', 'teamCostPerMonth', 'otherWastedPerMonth', 'monthsToReplace', 'otherRecoveryMonths', 'total', 'other', 'otherTimes']));
    // The guide varies only what makes the CTO the costlier mistake, the share to rebuild and the team's size, one at a time.
    const varied = ['rebuildPct', 'teamCostPerMonth'];
    for (const params of links) {
      expect(params.get('lateProfitPerMonth')).toBe(params.get('otherLostProfitPerMonth'));
      for (const spec of toolFields['bad-hire-cost']) if (!varied.includes(spec.name)) expect(params.get(spec.name), spec.name).toBe(String(defaults[spec.name]));
      expect(varied.filter((name) => params.get(name) !== String(defaults[name as 'rebuildPct'])).length).toBeLessThanOrEqual(1);
    }
  });

  it.each(locales)('cto-career-math in %s illustrates with the calculator’s own example values', (locale) => {
    const defaults = toolDefaults['cto-career'][localeInfo[locale].currency];
    const atDefaults = quoted
      .filter((q) => q.file === `guides/${locale}/cto-career-math.md`)
      .filter((q) => toolFields['cto-career'].every((spec) => new URL(q.href, 'https://example.org').searchParams.get(spec.name) === String(defaults[spec.name])))
      .map((q) => new URL(q.href, 'https://example.org').searchParams.get('figure'));
    expect(atDefaults).toEqual(expect.arrayContaining(['fullTime.companies', 'service.companies', 'fullTime.chance', 'service.chance', 'fullTime.expectedValue', 'service.expectedValue']));
  });

  it.each(locales)('cto-career-math in %s prices the full seat at the cost comparison’s example fee, a month’s fee × 12', (locale) => {
    const seatFee = toolDefaults['cost-comparison'][localeInfo[locale].currency].svcMonthlyFee * 12;
    const seatLinks = quoted
      .filter((q) => q.file === `guides/${locale}/cto-career-math.md` && q.href.includes('figure=serviceAhead'))
      .map((q) => new URL(q.href, 'https://example.org').searchParams.get('svcFeePerYear'));
    expect(seatLinks).toEqual([String(seatFee)]);
  });
});

describe('reading a written figure', () => {
  it.each([
    ['about 26%', 'en', 26, 0.5],
    ['$4.7 million', 'en', 4_700_000, 50_000],
    ['$1,402,000', 'en', 1_402_000, 0.5],
    ['2.6 times', 'en', 2.6, 0.05],
    ['6 companies', 'en', 6, 0.5],
    ['约 2156 万元', 'zh', 21_560_000, 5_000],
    ['约 0.06%', 'zh', 0.06, 0.005],
    ['khoảng 31,7 tỷ đồng', 'vi', 31_700_000_000, 50_000_000],
    ['1.402.000 ₫', 'vi', 1_402_000, 0.5],
  ] as const)('“%s” in %s is %d ± %d', (text, locale, value, tolerance) => {
    const written = writtenFigure(text, locale);
    expect(written.value).toBeCloseTo(value, 6);
    expect(written.tolerance).toBeCloseTo(tolerance, 6);
  });
});
