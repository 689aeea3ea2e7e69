/**
 * The kinds of page the quality gates measure, each with one representative path per
 * locale. Size budgets, Lighthouse and the CSP test all read this list, so a new page
 * kind is added here once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../../src/i18n/locales.ts';

export const pageKindIds = ['home', 'guides index', 'guide', 'widget guide', 'tool', 'quiz', 'quiz result', 'search'] as const;
export type PageKindId = (typeof pageKindIds)[number];

/** The page that stands for each kind, as a path after `/{locale}`. */
const representative: Record<PageKindId, string> = {
  home: '/',
  'guides index': '/guides/',
  // A guide with nothing embedded; cto-as-a-service and healthy-partnership embed a quiz.
  guide: '/guides/first-two-years/',
  // A guide with an embedded calculator (the bad-hire cost tool).
  'widget guide': '/guides/bad-cto-cost/',
  tool: '/tools/cost-comparison/',
  quiz: '/quizzes/cto-model/',
  // A quiz outcome's page, where a shared result link opens (the island loads only with answers in the address).
  'quiz result': '/quizzes/cto-model/results/full-time/',
  search: '/search/',
};

export interface PageSample {
  kind: PageKindId;
  locale: Locale;
  /** Site path, e.g. `/zh/guides/cto-as-a-service/`. */
  path: string;
}

export function samplePath(kind: PageKindId, locale: Locale): string {
  return `/${locale}${representative[kind]}`;
}

/**
 * Every page kind in every locale, or, for the slower gates, one locale per kind taken in
 * turn, so that each locale is still checked on some kind.
 */
export function pageSamples(which: 'all locales' | 'one locale' = 'all locales'): PageSample[] {
  return pageKindIds.flatMap((kind, i) => {
    const sampleLocales = which === 'all locales' ? locales : [locales[i % locales.length]!];
    return sampleLocales.map((locale) => ({ kind, locale, path: samplePath(kind, locale) }));
  });
}

/** The built file that serves a site path, or undefined when dist/ lacks it. */
export function builtFile(path: string, dist = 'dist'): string | undefined {
  const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? file : undefined;
}

/** Fails with a message that names the missing page, rather than a 404 measured as a page. */
export function assertBuilt(sample: PageSample, dist = 'dist'): void {
  if (!builtFile(sample.path, dist)) {
    throw new Error(`${sample.kind} page ${sample.path} is not in ${dist}/ (tests/quality/page-kinds.ts lists it as the page that stands for its kind).`);
  }
}
