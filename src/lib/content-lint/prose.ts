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

  point(offset: number): SourcePoint {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 };
  }
}

/**
 * Builds a Prose block from runs of text, each with the span of source it was read from.
 * A run whose source holds it verbatim maps character by character; in any other (an
 * escape, a folded YAML line) each character maps to the next place the source has it.
 */
export class ProseBuilder {
  #text = '';
  /** From `start` in the text on, characters map to the source from `offset`. */
  readonly #runs: { start: number; offset: number }[] = [];
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
    if (source.startsWith(text, start)) {
      this.#runs.push({ start: this.#text.length, offset: start });
    } else {
      const raw = source.slice(start, end);
      let from = 0;
      for (let i = 0; i < text.length; i += 1) {
        const found = raw.indexOf(text[i]!, from);
        const offset = start + (found === -1 ? from : found);
        const last = this.#runs.at(-1);
        if (!last || last.offset + (this.#text.length + i - last.start) !== offset) {
          this.#runs.push({ start: this.#text.length + i, offset });
        }
        if (found !== -1) from = found + 1;
      }
    }
    this.#text += text;
  }

  build(): Prose {
    const runs = [...this.#runs];
    const lines = this.#lines;
    return {
      file: this.#file,
      locale: this.#locale,
      text: this.#text,
      at(index) {
        const run = runs.findLast((r) => r.start <= index) ?? runs[0];
        return run ? lines.point(run.offset + index - run.start) : { line: 1, column: 1 };
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
