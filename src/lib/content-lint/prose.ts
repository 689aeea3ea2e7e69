/**
 * What the content lint reads: prose as a reader sees it, each run of text tied back to
 * the line and column of its source file, and the links that run through it. The
 * extractors (markdown.ts, yaml-text.ts, dictionary.ts) build these from real parses;
 * the rules (rules.ts, guide-links.ts) read nothing else.
 */
import type { Locale } from '../../i18n/locales.ts';

/** A 1-based line and column in a source file. */
export interface SourcePoint {
  line: number;
  column: number;
}

export interface Finding extends SourcePoint {
  file: string;
  rule: string;
  message: string;
}

/** One block of prose (a paragraph, heading, table cell or string): its text as rendered. */
export interface Prose {
  file: string;
  locale: Locale;
  text: string;
  /** The source position of the character at `index` of `text`. */
  at(index: number): SourcePoint;
}

/**
 * A link to a guide as a reader meets it: the text it is shown under, within its block,
 * and where it points. `start`/`end` index the link's text in `block.text`.
 */
export interface GuideLink {
  block: Prose;
  start: number;
  end: number;
  locale: Locale;
  slug: string;
  section: string | undefined;
  /** The link is the whole of an emphasis (`*[Title](…)*`), which marks a title. */
  emphasized: boolean;
}

/** A guide's own names: its title and its section headings by anchor. */
export interface GuideNames {
  title: string;
  headings: ReadonlyMap<string, string>;
}

/** Offsets in a source file to lines and columns. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  /** Called for findings only, so a scan of the line starts is fast enough. */
  point(offset: number): SourcePoint {
    const line = this.#starts.findLastIndex((start) => start <= offset);
    return { line: line + 1, column: offset - this.#starts[line]! + 1 };
  }
}

/**
 * Builds a Prose block from runs of text, each with the span of source it was read from.
 * Each character maps to the next place the source has it: where the source holds the run
 * verbatim, character by character; past an escape or a folded YAML line, to the next
 * match, or where the search stands when the source spells it otherwise (`\u00e9`).
 */
export class ProseBuilder {
  #text = '';
  /** The source offset of each UTF-16 unit of the text. */
  readonly #offsets: number[] = [];
  readonly #file: string;
  readonly #locale: Locale;
  readonly #lines: LineIndex;

  constructor(file: string, locale: Locale, lines: LineIndex) {
    this.#file = file;
    this.#locale = locale;
    this.#lines = lines;
  }

  get length(): number {
    return this.#text.length;
  }

  /** Appends `text`, read from `source` between `start` and `end`. */
  append(text: string, source: string, start: number, end: number): void {
    const raw = source.slice(start, end);
    let from = 0;
    for (let i = 0; i < text.length; i += 1) {
      const found = raw.indexOf(text[i]!, from);
      this.#offsets.push(start + (found === -1 ? from : found));
      if (found !== -1) from = found + 1;
    }
    this.#text += text;
  }

  build(): Prose {
    const offsets = [...this.#offsets];
    const lines = this.#lines;
    return {
      file: this.#file,
      locale: this.#locale,
      text: this.#text,
      at(index) {
        // Past the end (an insertion after the text), the places after its last character.
        const last = Math.min(index, offsets.length - 1);
        return last < 0 ? { line: 1, column: 1 } : lines.point(offsets[last]! + index - last);
      },
    };
  }
}

/** A string read from `source` between `start` and `end`, as one block. */
export function stringProse(file: string, locale: Locale, lines: LineIndex, source: string, text: string, start: number, end: number): Prose {
  const builder = new ProseBuilder(file, locale, lines);
  builder.append(text, source, start, end);
  return builder.build();
}
