/**
 * What a social card shows and where it lives. A card is named by a hash of everything
 * drawn on it (`cardKey`), so an unchanged card keeps its file, and its address, from
 * build to build, a changed title gets a new address that chat apps have not cached, and
 * pages that share a card (every page that falls back to its locale's site card) share one
 * file. The drawing itself (`cardSvg`) is SVG from laid-out text; the build turns text
 * into outlines and the SVG into a PNG (src/build/social-cards.ts).
 */
import { createHash } from 'node:crypto';

export const cardWidth = 1200;
export const cardHeight = 630;

/**
 * Raised whenever the drawing changes (layout, colours, sizes), so every card is drawn
 * again instead of being taken from the cache.
 */
export const cardDesignVersion = 1;

export interface CardSpec {
  /** The `<html lang>` of the page: it picks the face and the line-breaking rules. */
  lang: string;
  siteName: string;
  /** What the page is (guide, calculator, quiz, quiz result); absent on the site's own card. */
  kind?: string | undefined;
  title: string;
}

/** The key of a card: the same for the same drawing, a new one for any change. */
export function cardKey(spec: CardSpec): string {
  const drawn = JSON.stringify([cardDesignVersion, spec.lang, spec.siteName, spec.kind ?? '', spec.title]);
  return createHash('sha256').update(drawn).digest('hex').slice(0, 16);
}

/** The card's address on the site. */
export function cardPath(key: string): string {
  return `/cards/${key}.png`;
}

/** Chinese cards use the Chinese face for every character, Latin included, so full-width punctuation keeps its form. */
export function cardFace(lang: string): 'chinese' | 'latin' {
  return lang.startsWith('zh') ? 'chinese' : 'latin';
}

/** Design tokens of the light theme (src/styles/tokens.css) and the favicon's mark. */
export const cardColours = { background: '#fcfcfd', text: '#1b1e25', muted: '#4f5563', accent: '#0b57d0', accentSoft: '#e7efff' } as const;

/** Where things sit on the card, in pixels. */
export const cardGrid = {
  margin: 80,
  logoTop: 64,
  logoSize: 80,
  siteNameSize: 40,
  kindSize: 36,
  kindBaseline: 232,
  titleTop: 268,
  barHeight: 20,
} as const;

/** Title sizes to try, largest first, and their line heights per script (Vietnamese stacks diacritics; Chinese wants air). */
export const titleSizes = [76, 68, 60, 52] as const;
export const titleMaxLines = 3;
export function titleLineHeight(lang: string): number {
  if (lang.startsWith('zh')) return 1.35;
  return lang.startsWith('vi') ? 1.32 : 1.22;
}

/** Outlines of the card's texts, drawn by the build from the font (paths in card pixels). */
export interface CardOutlines {
  siteName: string;
  kind: string;
  title: string;
}

/** The favicon's mark (public/favicon.svg), a 24-unit square. */
const mark =
  '<rect width="24" height="24" rx="5" fill="#0b57d0"/><path d="M12 4 5 8v8l7 4 7-4V8zM12 12 5 8m7 4 7-4m-7 4v8" fill="none" stroke="#fff" stroke-width="1.6" stroke-linejoin="round"/>';

/** The card as SVG: the mark and the site's name at the top, the kind, the title, the accent bar at the foot. */
export function cardSvg(outlines: CardOutlines): string {
  const { margin, logoTop, logoSize, barHeight } = cardGrid;
  const c = cardColours;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" viewBox="0 0 ${cardWidth} ${cardHeight}">`,
    `<rect width="${cardWidth}" height="${cardHeight}" fill="${c.background}"/>`,
    `<g transform="translate(${margin} ${logoTop}) scale(${logoSize / 24})">${mark}</g>`,
    outlines.siteName && `<path d="${outlines.siteName}" fill="${c.text}"/>`,
    outlines.kind && `<path d="${outlines.kind}" fill="${c.accent}"/>`,
    outlines.title && `<path d="${outlines.title}" fill="${c.text}"/>`,
    `<rect y="${cardHeight - barHeight}" width="${cardWidth}" height="${barHeight}" fill="${c.accent}"/>`,
    '</svg>',
  ].join('');
}

/** Baselines of the title's lines, from under the kind down. */
export function titleBaselines(count: number, size: number, lang: string): number[] {
  const first = cardGrid.titleTop + size * 0.9;
  return Array.from({ length: count }, (_, i) => Math.round(first + i * size * titleLineHeight(lang)));
}

/** What a page is, as its card says it; a page of none of these kinds shows the locale's site card. */
export type CardKind = 'guide' | 'tool' | 'quiz' | 'quiz-result';

/** The card a page asks for: its kind and title, or nothing for the site's card. */
export interface PageCard {
  kind?: CardKind | undefined;
  title: string;
}

/** A locale's words for the cards. */
export interface CardWords {
  lang: string;
  siteName: string;
  /** The site card's title. */
  tagline: string;
  kinds: Readonly<Record<CardKind, string>>;
  /** `{kind}` and `{title}`, joined as the locale's dictionary says ("{kind} · {title}"). */
  altTemplate: string;
}

/**
 * The card of a page: its own (its kind and title) or, given none, the locale's site card,
 * which every such page shares (the home page, and guides that declare `card: false`).
 */
export function cardSpecFor(page: PageCard | undefined, words: CardWords): CardSpec {
  if (!page) return { lang: words.lang, siteName: words.siteName, title: words.tagline };
  return { lang: words.lang, siteName: words.siteName, kind: page.kind && words.kinds[page.kind], title: page.title };
}

/** The image's alternative text: what the card says, site name first, in the page's language. */
export function cardAlt(spec: CardSpec, altTemplate: string): string {
  const body = spec.kind ? altTemplate.replace('{kind}', spec.kind).replace('{title}', spec.title) : spec.title;
  return `${spec.siteName} · ${body}`;
}
