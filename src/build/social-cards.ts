/**
 * Draws the social cards the pages asked for (src/build/card-registry.ts) once the pages
 * are written: the title laid out by src/lib/social-card/layout.ts with the card's font
 * (src/build/card-font.ts), turned into outlines, composed as SVG (src/lib/social-card/
 * card.ts) and rasterised to PNG by resvg. Each PNG is kept in node_modules/.cache/
 * social-cards under its key, a hash of all it shows, so a rebuild copies unchanged cards
 * and draws only new ones; SOCIAL_CARD_CACHE moves that folder (the scale benchmark gives
 * it an empty one to measure a cold build). The build's log states how many cards were
 * drawn, how many copied, the time and the bytes.
 */
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { cardFace, cardGrid, cardKey, cardSvg, cardWidth, titleBaselines, titleMaxLines, titleSizes, type CardSpec } from '../lib/social-card/card.ts';
import { fitTitle } from '../lib/social-card/layout.ts';
import { formatCardRun, type CardRun } from '../lib/social-card/run.ts';
import { zhTerms } from '../lib/word-breaks.ts';
import { measureText, textPath } from './card-font.ts';
import { cardRegistry } from './card-registry.ts';

/** A Chinese opening bracket's glyph is blank on its left half: a line starting with one moves left by that half, as CSS text-spacing-trim does. */
function hangingBracket(line: string, face: 'chinese' | 'latin'): number {
  return face === 'chinese' && /^[（《〈「『【“‘]/u.test(line) ? 0.5 : 0;
}

/** The card as a PNG. */
export function renderCard(spec: CardSpec): Buffer {
  const face = cardFace(spec.lang);
  const { margin, logoTop, logoSize, siteNameSize, kindSize, kindBaseline } = cardGrid;
  const width = cardWidth - 2 * margin;
  const kept = face === 'chinese' ? zhTerms : [];
  const title = fitTitle(spec.title, spec.lang, (text, size) => measureText(text, size, face, 700), { width, maxLines: titleMaxLines, sizes: titleSizes }, kept);
  const baselines = titleBaselines(title.lines.length, title.size, spec.lang);
  const siteNameX = margin + logoSize + 24;
  const svg = cardSvg({
    siteName: textPath(spec.siteName, siteNameX, logoTop + logoSize / 2 + siteNameSize * 0.36, siteNameSize, face, 700),
    kind: spec.kind ? textPath(spec.kind, margin, kindBaseline, kindSize, face, 700) : '',
    title: title.lines.map((line, i) => textPath(line, margin - hangingBracket(line, face) * title.size, baselines[i]!, title.size, face, 700)).join(''),
  });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/** Writes every card to `outDir`/cards, drawing only those the cache lacks. */
export function writeCards(specs: Iterable<CardSpec>, outDir: string, cacheDir: string): CardRun {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  mkdirSync(join(outDir, 'cards'), { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  const run: CardRun = { cards: 0, drawn: 0, milliseconds: 0, cpuMilliseconds: 0, bytes: 0 };
  for (const spec of specs) {
    const key = cardKey(spec);
    const cached = join(cacheDir, `${key}.png`);
    if (!existsSync(cached)) {
      writeFileSync(cached, renderCard(spec));
      run.drawn += 1;
    }
    const target = join(outDir, 'cards', `${key}.png`);
    copyFileSync(cached, target);
    run.cards += 1;
    run.bytes += statSync(target).size;
  }
  run.milliseconds = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  run.cpuMilliseconds = (cpu.user + cpu.system) / 1000;
  return run;
}

export const defaultCardCache = 'node_modules/.cache/social-cards';

export function socialCards(): AstroIntegration {
  return {
    name: 'social-cards',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const run = writeCards(cardRegistry().values(), fileURLToPath(dir), process.env['SOCIAL_CARD_CACHE'] ?? defaultCardCache);
        logger.info(formatCardRun(run));
      },
    },
  };
}
