/**
 * Text measurement and line wrapping for build-time SVG diagrams. There is no font at
 * build time, so widths are estimated per character in ems, erring wide: the table
 * follows DejaVu Sans (the widest common fallback sans), so a line that fits here also
 * fits in Roboto, San Francisco, Segoe UI or Noto Sans.
 */

/** Han, kana, Hangul, CJK punctuation and full-width forms. */
const fullWidth = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** As wide as an em in Latin fonts, or full width in CJK fonts (curly quotes, the ellipsis). */
const emWide = /[W%—…“”‘’]/;
const narrow = /[\s.,:;'!|iIjl]/;
const slim = /[frt()[\]\-/]/;
const small = /[csz?]/;
const wide = /[mwM]/;
const upper = /[\p{Lu}&]/u;

/** Bold text runs about a tenth wider than regular text. */
const boldFactor = 1.1;

/** Estimated advance of one character, in ems. Diacritics ride on their base letter. */
export function charWidth(char: string): number {
  const base = char.normalize('NFD').charAt(0);
  if (/\p{M}/u.test(base)) return 0;
  if (fullWidth.test(base) || emWide.test(base)) return 1;
  if (narrow.test(base)) return 0.3;
  if (slim.test(base)) return 0.42;
  if (small.test(base)) return 0.56;
  if (wide.test(base)) return 0.9;
  if (upper.test(base)) return 0.76;
  return 0.64;
}

/** Estimated width of `text` set at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? boldFactor : 1);
}

/** A character after which a line may break anywhere (no spaces between words). */
const breaksAnywhere = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Never at the start of a line (closing punctuation, in CJK and Latin typography alike). */
const noLineStart = /^[，。、；：！？）》」』】〉”’…·,.;:!?)\]}—–]/u;
/** Never at the end of a line (opening punctuation). */
const noLineEnd = /[（《「『【〈“‘([{]$/u;

/**
 * Break opportunities: after a space (the space stays with the word before it), and
 * before and after each character of a script written without spaces, except where a
 * closing mark would start a line or an opening mark end one. A unit holding such a
 * character is that character with the marks kept to it (`文，`), so a break may follow
 * the unit even before a Latin word (`文，` | `CTO`).
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  for (const char of text) {
    const canBreakBefore =
      current !== '' &&
      (/\s$/.test(current) || breaksAnywhere.test(char) || breaksAnywhere.test(current)) &&
      !/\s/.test(char) &&
      !noLineStart.test(char) &&
      !noLineEnd.test(current);
    if (canBreakBefore) {
      units.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') units.push(current);
  return units;
}

const graphemes = new Intl.Segmenter();

/**
 * Splits a word into pieces that fit a line, grapheme by grapheme (the segmenter's
 * default granularity): one piece if it fits; a grapheme wider than the line is a piece
 * of its own. The word is not empty, so neither is its last piece.
 */
function splitWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && textWidth(piece + segment, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * Greedy line wrapping of `text` into lines no wider than `maxWidth` (by the estimate).
 * Trailing spaces do not count against the width and are trimmed from each line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth;
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    // The unit starts the next line: whole if it fits (splitting it then gives one piece),
    // else split where it fills each line, its last piece starting the next with the space after it.
    const word = unit.trimEnd();
    const pieces = splitWord(word, maxWidth, fontSize, bold);
    line = pieces.pop()! + unit.slice(word.length);
    lines.push(...pieces);
  }
  // The text is trimmed, so the last line ends without a space.
  if (line !== '') lines.push(line);
  return lines;
}
