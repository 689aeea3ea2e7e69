/**
 * Two languages side by side: the pure rules of the view composed in the browser from two
 * guides already built (src/scripts/side-by-side.ts is the DOM part).
 *
 * The view is a guide page with `?with=<locale>`: the page's own guide, and the same guide
 * in the other locale fetched beside it, section by section. The link that offers it, on
 * every guide, goes to the *other* locale's guide with `?with=` naming the locale the reader
 * comes from, so without JavaScript it simply opens the other language's guide, and with
 * JavaScript the page it opens composes the view. No page is added to the build or to the
 * search index, and the first load of a guide only checks its address for `with`.
 *
 * Sections pair by their anchors, which every guide shares in every locale (the content
 * tests check it). The fetched column's ids are renamed (`pairedId`), so the page keeps
 * unique ids and its own headings keep theirs: a `#section` link lands on the page's
 * heading, in the row where the other language's section sits beside it.
 */
import { locales, type Locale } from '../i18n/locales';

/** The query parameter that names the locale shown beside the page's own. */
export const withParameter = 'with';

/**
 * The locale `search` (a `location.search`) asks to show beside a page in `pageLocale`, or
 * undefined for none: a missing or unknown value, or the page's own locale, leaves the page
 * as a single guide.
 */
export function parseWith(search: string, pageLocale: Locale): Locale | undefined {
  const value = new URLSearchParams(search).get(withParameter);
  return locales.find((locale) => locale === value && locale !== pageLocale);
}

/** The link on a guide in `from` to read it beside its `to` version: the `to` guide, with `from` beside it. */
export function sideBySideHref(toGuidePath: string, from: Locale): string {
  return `${toGuidePath}?${withParameter}=${from}`;
}

/** The id an element of the fetched column takes, so it never collides with the page's own. */
export function pairedId(locale: Locale, id: string): string {
  return `${locale}--${id}`;
}

/** Attributes that name one id. */
const idReference = new Set(['for', 'popovertarget', 'commandfor', 'aria-activedescendant', 'aria-errormessage', 'list', 'form']);
/** Attributes that name ids separated by spaces. */
const idReferences = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto', 'headers']);

/**
 * An attribute's value with the ids it refers to renamed: `href="#x"`, `for`, `popovertarget`,
 * the `aria-*` references and `headers`. Any other attribute, or an `href` to another page,
 * comes back unchanged.
 */
export function renameReferences(name: string, value: string, rename: (id: string) => string): string {
  if (name === 'href') return value.startsWith('#') && value.length > 1 ? `#${rename(value.slice(1))}` : value;
  if (idReference.has(name)) return rename(value);
  if (idReferences.has(name)) return value.split(/\s+/u).filter(Boolean).map(rename).join(' ');
  return value;
}

/** One row of the view: a section's anchor and where it sits in each guide (absent from one if it is missing there). */
export interface SectionRow {
  key: string;
  page?: number;
  other?: number;
}

/**
 * The rows of the view: the page's sections in order, each with the other guide's section of
 * the same anchor beside it. A section only one guide has (which the content tests rule out,
 * but a guide deployed mid-update could show) gets a row of its own at its place; so does a
 * section the other guide has earlier than the page, since rows cannot cross.
 */
export function pairSections(pageKeys: readonly string[], otherKeys: readonly string[]): SectionRow[] {
  const rows: SectionRow[] = [];
  let next = 0;
  pageKeys.forEach((key, page) => {
    const other = otherKeys.indexOf(key, next);
    if (other === -1) {
      rows.push({ key, page });
      return;
    }
    for (; next < other; next++) rows.push({ key: otherKeys[next] ?? '', other: next });
    rows.push({ key, page, other });
    next = other + 1;
  });
  for (; next < otherKeys.length; next++) rows.push({ key: otherKeys[next] ?? '', other: next });
  return rows;
}
