/** Relevance and timing figures for a run of the search relevance set: hit@k, MRR, percentiles. */

export interface Judged {
  /** The page that should answer the query: a site path, with the entry's anchor for a glossary or FAQ entry. */
  expected: string;
  /** The result links on screen, best first. */
  links: readonly string[];
}

/** The 1-based rank of the expected page among the results, or undefined when it is not there. */
export function rankOf({ expected, links }: Judged): number | undefined {
  const index = links.indexOf(expected);
  return index === -1 ? undefined : index + 1;
}

export interface RelevanceFigures {
  queries: number;
  /** Share of queries whose expected page is the first result. */
  hitAt1: number;
  /** Share of queries whose expected page is among the first three results. */
  hitAt3: number;
  /** Mean reciprocal rank: 1 for first, ½ for second, …, 0 when not shown. */
  mrr: number;
}

export function relevanceFigures(judged: readonly Judged[]): RelevanceFigures {
  const ranks = judged.map(rankOf);
  const share = (test: (rank: number | undefined) => boolean) => (ranks.length === 0 ? 0 : ranks.filter(test).length / ranks.length);
  return {
    queries: ranks.length,
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank !== undefined && rank <= 3),
    mrr: ranks.length === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank === undefined ? 0 : 1 / rank), 0) / ranks.length,
  };
}

/** The nearest-rank percentile (`p` from 0 to 100) of some values, or NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}
