/**
 * First-load budgets per page kind (issue 7), in gzip bytes as a CDN serves them. The
 * reference is Starlight: a guide page loads 54.6 KB in 10 requests, 30.6 KB of it
 * JavaScript; its own CI allows 27 kB of JavaScript on the home page.
 */
import type { PageKindId } from './page-kinds.ts';

export interface Budget {
  /** Which rule the numbers come from, printed beside a failure. */
  name: string;
  jsBytes: number;
  totalBytes: number;
  /** The most requests a first load may make; undefined where the issue sets no limit. */
  requests?: number;
}

const KB = 1024;

/** Reading pages: HTML and CSS, and no more script than the header's controls need. */
const reading: Budget = { name: 'reading page', jsBytes: 2 * KB, totalBytes: 25 * KB, requests: 5 };

/** Pages built around an island: Preact and the widget are the point of the page. */
const interactive: Budget = { name: 'interactive page', jsBytes: 25 * KB, totalBytes: 60 * KB };

export const budgets: Record<PageKindId, Budget> = {
  home: reading,
  'guides index': reading,
  guide: reading,
  'widget guide': interactive,
  tool: interactive,
  quiz: interactive,
  // With a result's answers in the address it loads the quiz island, as the quiz page does.
  'quiz result': interactive,
  // The search page is a Preact island (the search box and results) with nothing to read
  // before a query, like a tool; Pagefind's engine and index load on the first query or
  // with ?q=, so they are not part of the first load this budget measures.
  search: interactive,
};
