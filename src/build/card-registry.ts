/**
 * The cards the pages of this build ask for. A page's head names its card (SeoHead) as it
 * is rendered; when the build is done, src/build/social-cards.ts draws each card asked for
 * once. The list lives on globalThis because Astro renders pages and runs integration hooks
 * in one process but through separate module graphs.
 */
import { cardKey, cardPath, type CardSpec } from '../lib/social-card/card.ts';

const slot = Symbol.for('cto-guide.social-cards');
type Registry = Map<string, CardSpec>;

export function cardRegistry(): Registry {
  const holder = globalThis as typeof globalThis & { [slot]?: Registry };
  holder[slot] ??= new Map();
  return holder[slot];
}

/** Registers the card and returns its site path. */
export function requestCard(spec: CardSpec): string {
  const key = cardKey(spec);
  cardRegistry().set(key, spec);
  return cardPath(key);
}
