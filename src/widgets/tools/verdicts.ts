/**
 * The verdict sentences of the bad-hire and career tools, from their models' results
 * and the locale's strings. Kept out of the islands so that a test can read them in
 * every locale.
 */
import { fill } from '../../i18n/fill';
import type { BadHireVerdict } from '../../lib/cost/bad-hire-cost';
import type { CtoCareerResult } from '../../lib/cost/cto-career';
import type { ToolStrings } from './tool-props';

/** The bad-hire verdict: the multiple is written with one decimal, as the verdict rounds it. */
export function badHireSummary(verdict: BadHireVerdict, sums: { total: string; other: string }, s: ToolStrings<'bad-hire-cost'>, intlLocale: string): string {
  const times = (ratio: number) => new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(ratio);
  switch (verdict.kind) {
    case 'ctoMore':
      return fill(s['calc.bh.summary'], { ...sums, times: times(verdict.times) });
    case 'otherMore':
      return fill(s['calc.bh.summaryOtherMore'], { ...sums, times: times(verdict.times) });
    case 'similar':
      return fill(s['calc.bh.summarySimilar'], sums);
    case 'ctoAlone':
      return fill(s['calc.bh.summaryAlone'], sums);
    case 'otherAlone':
      return fill(s['calc.bh.summaryOtherAlone'], sums);
  }
}

/** The career verdict: the expected values first, then, when it is so, that the most likely outcome is no large success. */
export function careerSummary(
  { fullTime, service }: CtoCareerResult,
  values: { years: string; fullTime: string; service: string },
  s: ToolStrings<'cto-career'>,
  join: (...sentences: string[]) => string,
): string {
  const expected = fill(s['calc.career.summary'], values);
  const noneFullTime = fullTime.mostLikelySuccesses === 0;
  const noneService = service.mostLikelySuccesses === 0;
  if (noneFullTime && noneService) return join(expected, s['calc.career.summaryNoneBoth']);
  if (noneFullTime) return join(expected, s['calc.career.summaryNoneFullTime']);
  if (noneService) return join(expected, s['calc.career.summaryNoneService']);
  return expected;
}
