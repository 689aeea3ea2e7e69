/**
 * `guide-link-title`: a guide is linked under its own title, the same everywhere.
 *
 * A sentence may link a guide under words of its own (“read [why a good CTO is hard to
 * win](…)”, “a clear [handover](…) plan”), so the rule decides from the link's text and
 * place whether the text is meant as the guide's name:
 *
 * - In a title position, the text must be the title itself: inside 《》 (zh), inside “ ”,
 *   in italics, after “bài” (vi, “the article”).
 * - Elsewhere, a link to a whole guide may show the title or any run of its words, a
 *   term's abbreviation in brackets aside (“CTO as a service (CTOaaS)”). Text that is
 *   mostly the title's words but not such a run (“building a healthy partnership” for
 *   “Building a healthy CEO–CTO partnership”) is a variant of the title, and is flagged.
 * - A link to a section names the section, in words of its own, except as
 *   “Name: section” (quiz links): when the words after the colon are from the section's
 *   heading, the name before it stands for the guide and must be its title.
 */
import { type Locale, locales } from '../../i18n/locales.ts';
import type { Finding, GuideLink, GuideNames } from './prose.ts';

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Lower case, spacing collapsed: the form in which texts are compared. */
// Stryker disable next-line MethodExpression: upper case folds case as well; the two differ only on letters such as ß, whose upper case is two letters, which none of the site's languages writes
const folded = (text: string, locale: Locale) => collapse(text).toLocaleLowerCase(locale);

/** Lower case, with punctuation and spacing reduced to single spaces. */
const plain = (text: string, locale: Locale) =>
  folded(text, locale)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();

/** `part` is a run of whole words of `whole` (for Chinese, any run of its characters). */
function isPartOf(part: string, whole: string, locale: Locale): boolean {
  const p = plain(part, locale);
  const w = plain(whole, locale);
  if (p === '') return false;
  return locale === 'zh' ? w.replaceAll(' ', '').includes(p.replaceAll(' ', '')) : ` ${w} `.includes(` ${p} `);
}

/** The same text, the first letter's case aside (a title in running text may start lower case). */
function isSame(text: string, title: string): boolean {
  const a = collapse(text);
  const b = collapse(title);
  return a.charAt(0).toLowerCase() === b.charAt(0).toLowerCase() && a.slice(1) === b.slice(1);
}

const segmenters = new Map(locales.map((locale) => [locale, new Intl.Segmenter(locale, { granularity: 'word' })]));
function words(text: string, locale: Locale): string[] {
  return [...segmenters.get(locale)!.segment(folded(text, locale))].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** More than half of the text's words (two or more) are words of the title. */
function readsAsTitle(text: string, title: string, locale: Locale): boolean {
  const own = words(text, locale);
  const titleWords = new Set(words(title, locale));
  return own.length >= 2 && own.filter((word) => titleWords.has(word)).length / own.length > 0.5;
}

function inTitlePosition(link: GuideLink): boolean {
  const before = link.block.text.slice(0, link.start);
  const after = link.block.text.slice(link.end);
  if (link.emphasized) return true;
  if (before.endsWith('“') && after.startsWith('”')) return true;
  if (link.locale === 'zh') return before.endsWith('《') && after.startsWith('》');
  return link.locale === 'vi' && /(?:^|[^\p{L}])bài\s*$/iu.test(before);
}

export function guideLinkTitles(links: readonly GuideLink[], guides: (locale: Locale, slug: string) => GuideNames | undefined): Finding[] {
  const found: Finding[] = [];
  for (const link of links) {
    const guide = guides(link.locale, link.slug);
    if (!guide) continue;
    const text = link.block.text.slice(link.start, link.end);
    // A link to a whole guide has no section, and so no heading.
    const headings: ReadonlyMap<string | undefined, string> = guide.headings;
    const heading = headings.get(link.section);
    const report = (message: string) =>
      found.push({ file: link.block.file, ...link.block.at(link.start), rule: 'guide-link-title', message });

    if (inTitlePosition(link)) {
      if (!isSame(text, guide.title)) report(`“${collapse(text)}” stands for the title of ${link.slug}; write “${guide.title}”`);
      continue;
    }
    const { locale } = link;
    if (heading !== undefined) {
      const colon = /[:：]\s*/.exec(text);
      // A label with nothing before its colon reads as the words after it, and is settled here too.
      if (!colon || isPartOf(text, heading, locale)) continue;
      const name = text.slice(0, colon.index);
      if (isPartOf(text.slice(colon.index + colon[0].length), heading, locale) && !isSame(name, guide.title)) {
        report(`“${collapse(name)}” names ${link.slug} before its section; write its title “${guide.title}”`);
      }
      continue;
    }
    const shown = text.replace(/\s*[(（][^)）]*[)）]/g, '');
    if (isPartOf(shown, guide.title, locale) || isPartOf(guide.title, shown, locale)) continue;
    if (readsAsTitle(shown, guide.title, locale)) {
      report(`“${collapse(text)}” reads as a variant of the title of ${link.slug}, “${guide.title}”: use the title or a run of its words`);
    }
  }
  return found;
}
