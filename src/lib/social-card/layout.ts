/**
 * The title of a social card laid out in lines: where a line may break, and the largest
 * type size at which the title fits the card's lines. Chinese breaks only between words
 * (the platform's segmenter, as the headings do, with the site's compounds kept whole), never
 * before closing punctuation or after opening punctuation; English and Vietnamese break at
 * spaces. Widths come from a function the caller measures with the card's font, so this
 * module knows no font and is tested with a fake one.
 */

/** The width of a text at a type size, in pixels. */
export type Measure = (text: string, size: number) => number;

/** Marks a line may not start with (closing Chinese and Latin punctuation). */
const closing = /^[，。、；：！？）》〉」』】”’…·,.;:!?)\]}%]/u;
/** Marks a line may not end with (opening punctuation). */
const opening = /[（《〈「『【“‘([{]$/u;
const space = /^\s+$/u;

/**
 * The pieces a line may not break inside, in order: joined they give the text back. Each
 * piece carries the spaces that follow it, which a line's end drops.
 */
export function lineUnits(text: string, locale: string, keptWords: readonly string[] = []): string[] {
  const segments = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map((s) => ({ text: s.segment, start: s.index }));
  // A kept word the segmenter splits ("即|服务"): no break at any offset inside it.
  const inside = new Set<number>();
  for (const word of keptWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let k = at + 1; k < at + word.length; k += 1) inside.add(k);
    }
  }
  const units: string[] = [];
  let previous = '';
  for (const { text: segment, start } of segments) {
    const last = units.length - 1;
    const joins =
      last < 0 ||
      space.test(segment) ||
      inside.has(start) ||
      closing.test(segment) ||
      opening.test(previous) ||
      // Latin text breaks only at spaces; Chinese between any two words.
      (!space.test(previous) && !/\p{Script=Han}/u.test(previous.slice(-1) + segment.slice(0, 1)));
    if (joins && last >= 0) units[last] += segment;
    else units.push(segment);
    previous = segment;
  }
  return units;
}

/** Greedy line filling; a unit wider than a whole line is cut between characters. */
export function wrapUnits(units: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const place = (unit: string) => {
    if (line === '' || fits(line + unit)) {
      line += unit;
      return;
    }
    lines.push(line.trimEnd());
    line = unit;
  };
  for (const unit of units) {
    if (fits(unit.trimEnd())) {
      place(unit);
      continue;
    }
    for (const char of unit) place(char);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export interface TitleLayout {
  /** The type size, in pixels. */
  size: number;
  lines: string[];
}

export interface TitleBox {
  /** The widest a line may be, in pixels. */
  width: number;
  maxLines: number;
  /** Type sizes to try, largest first; the last one is used whatever the length. */
  sizes: readonly number[];
}

/**
 * The title at the largest size at which it fits `maxLines`, its lines balanced (the
 * narrowest width that keeps that many lines, so a last line is not left with one word).
 * A title too long even at the smallest size is cut after its last whole unit that fits,
 * with an ellipsis.
 */
export function fitTitle(text: string, locale: string, measure: Measure, box: TitleBox, keptWords: readonly string[] = []): TitleLayout {
  const units = lineUnits(text.trim(), locale, keptWords);
  const wrapAt = (size: number, width: number) => wrapUnits(units, (line) => measure(line.trimEnd(), size) <= width);
  const sizes = box.sizes.length > 0 ? box.sizes : [box.width];
  for (const size of sizes.slice(0, -1)) {
    const lines = wrapAt(size, box.width);
    if (lines.length <= box.maxLines) return { size, lines: balance(lines.length, size, box.width, wrapAt) };
  }
  const size = sizes[sizes.length - 1]!;
  const lines = wrapAt(size, box.width);
  if (lines.length <= box.maxLines) return { size, lines: balance(lines.length, size, box.width, wrapAt) };
  return { size, lines: [...lines.slice(0, box.maxLines - 1), ellipsize(lines.slice(box.maxLines - 1).join(' '), locale, keptWords, (line) => measure(line, size) <= box.width)] };
}

/** The narrowest wrapping, in steps of 2 % of the width, that still takes `count` lines. */
function balance(count: number, size: number, width: number, wrapAt: (size: number, width: number) => string[]): string[] {
  let best = wrapAt(size, width);
  if (count < 2) return best;
  for (let narrower = width * 0.98; narrower > width / count; narrower -= width * 0.02) {
    const lines = wrapAt(size, narrower);
    if (lines.length !== count) break;
    best = lines;
  }
  return best;
}

/** The longest run of whole units from the start of `text` that fits with an ellipsis after it. */
function ellipsize(text: string, locale: string, keptWords: readonly string[], fits: (line: string) => boolean): string {
  const units = lineUnits(text, locale, keptWords);
  let line = '';
  for (const unit of units) {
    const next = line + unit;
    if (!fits(`${next.trimEnd()}…`)) break;
    line = next;
  }
  return `${line.trimEnd().replace(/[，、；：,;:]$/u, '')}…`;
}
