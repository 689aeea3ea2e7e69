/**
 * The type of the social cards, from the npm font packages @fontsource/noto-sans (Latin and
 * Vietnamese) and @fontsource/noto-sans-sc (Chinese). Fontsource ships each face cut into
 * files by Unicode range (about a hundred for Chinese); only the files holding a character
 * some card uses are read, and only those characters' glyphs are drawn. Text becomes SVG
 * paths here (fontkit reads the WOFF2 files, kerning included), so the rasteriser needs no
 * font and what is measured for line breaking is exactly what is drawn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export type CardFace = 'latin' | 'chinese';
export type CardWeight = 400 | 700;

const packages: Record<CardFace, { name: string; file: string }> = {
  latin: { name: '@fontsource/noto-sans', file: 'noto-sans' },
  chinese: { name: '@fontsource/noto-sans-sc', file: 'noto-sans-sc' },
};

interface Chunk {
  ranges: [number, number][];
  file: string;
  font?: fontkit.Font;
}

const require = createRequire(import.meta.url);
const chunksByFace = new Map<CardFace, Chunk[]>();

function chunksOf(face: CardFace): Chunk[] {
  const known = chunksByFace.get(face);
  if (known) return known;
  const { name, file } = packages[face];
  const root = dirname(require.resolve(`${name}/package.json`));
  const unicode = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>;
  const chunks = Object.entries(unicode).map(([subset, spec]) => ({
    file: join(root, 'files', `${file}-${subset.replace(/[[\]]/g, '')}-{weight}-normal.woff2`),
    ranges: spec.split(',').map((range): [number, number] => {
      const [from = '0', to = from] = range.replace('U+', '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  }));
  chunksByFace.set(face, chunks);
  return chunks;
}

const fonts = new Map<string, fontkit.Font>();
const fontByCodePoint = new Map<string, fontkit.Font | undefined>();

/** The font file of `face` at `weight` that holds `codePoint`, read on first use. */
function fontFor(face: CardFace, weight: CardWeight, codePoint: number): fontkit.Font | undefined {
  const key = `${face} ${weight} ${codePoint}`;
  if (fontByCodePoint.has(key)) return fontByCodePoint.get(key);
  const font = findFont(face, weight, codePoint);
  fontByCodePoint.set(key, font);
  return font;
}

function findFont(face: CardFace, weight: CardWeight, codePoint: number): fontkit.Font | undefined {
  const chunk = chunksOf(face).find((c) => c.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
  if (!chunk) return undefined;
  const file = chunk.file.replace('{weight}', String(weight));
  let font = fonts.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(file)) as fontkit.Font;
    fonts.set(file, font);
  }
  return font.hasGlyphForCodePoint(codePoint) ? font : undefined;
}

/** Runs of text that one font file draws, in order. */
function runs(text: string, face: CardFace, weight: CardWeight): { text: string; font: fontkit.Font | undefined }[] {
  const out: { text: string; font: fontkit.Font | undefined }[] = [];
  for (const char of text) {
    const font = fontFor(face, weight, char.codePointAt(0) ?? 0);
    const last = out[out.length - 1];
    if (last && last.font === font) last.text += char;
    else out.push({ text: char, font });
  }
  return out;
}

/** A character no file holds (none on the site's cards; a test checks) advances half an em. */
const missingAdvance = 0.5;

const ems = new Map<string, number>();

/** The width of `text` at `size` pixels (line breaking measures the same text at several sizes: it is shaped once). */
export function measureText(text: string, size: number, face: CardFace, weight: CardWeight): number {
  const key = `${face} ${weight} ${text}`;
  let width = ems.get(key);
  if (width === undefined) {
    width = runs(text, face, weight).reduce((sum, run) => {
      if (!run.font) return sum + [...run.text].length * missingAdvance;
      return sum + run.font.layout(run.text).advanceWidth / run.font.unitsPerEm;
    }, 0);
    ems.set(key, width);
  }
  return width * size;
}

/** The text as one SVG path outline, its baseline starting at (x, y). */
export function textPath(text: string, x: number, y: number, size: number, face: CardFace, weight: CardWeight): string {
  let pen = x;
  const parts: string[] = [];
  for (const run of runs(text, face, weight)) {
    if (!run.font) {
      pen += [...run.text].length * missingAdvance * size;
      continue;
    }
    const scale = size / run.font.unitsPerEm;
    const { glyphs, positions } = run.font.layout(run.text);
    glyphs.forEach((glyph, i) => {
      const position = positions[i]!;
      const gx = pen + position.xOffset * scale;
      const gy = y - position.yOffset * scale;
      // Font units have y upwards; SVG has it downwards.
      const d = glyph.path.transform(scale, 0, 0, -scale, gx, gy).toSVG();
      if (d) parts.push(d);
      pen += position.xAdvance * scale;
    });
  }
  return parts.join('');
}

/** Whether every character of `text` is in the face's files. */
export function covers(text: string, face: CardFace, weight: CardWeight): boolean {
  return runs(text.replace(/\s/gu, ''), face, weight).every((run) => run.font !== undefined);
}
