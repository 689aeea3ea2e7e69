import { describe, expect, it } from 'vitest';
import { neighbourMap, neighboursIn, parseLocalizedId, readingOrder, trackInOrder } from '../../src/lib/guide-order';

const guide = (id: string, track: string, order: number) => ({ id, data: { track, order } });
const a1 = guide('en/a1', 'a', 1);
const a2 = guide('en/a2', 'a', 2);
const a3 = guide('en/a3', 'a', 3);
const b1 = guide('en/b1', 'b', 1);
const b2 = guide('en/b2', 'b', 2);
const all = [a3, b2, b1, a1, a2];
const tracks = ['a', 'b'];

/** One guide's neighbours, looked up in the map a build computes once per locale. */
const neighbours = <T extends (typeof all)[number]>(guides: readonly T[], id: string, order: readonly string[]) => neighboursIn(neighbourMap(guides, order), id);

/** The same entry as another query returns it: equal, never the same object. */
const copyOf = <T extends object>(entry: T): T => structuredClone(entry);

describe('guide ids', () => {
  it('splits {locale}/{slug}', () => {
    expect(parseLocalizedId('vi/handover')).toEqual({ locale: 'vi', slug: 'handover' });
    expect(parseLocalizedId('zh/cto-as-a-service')).toEqual({ locale: 'zh', slug: 'cto-as-a-service' });
  });

  it('rejects files outside a locale folder', () => {
    expect(() => parseLocalizedId('fr/handover')).toThrow(/content\/<collection>/);
    expect(() => parseLocalizedId('handover')).toThrow();
    expect(() => parseLocalizedId('en/a/b')).toThrow();
    expect(() => parseLocalizedId('en/')).toThrow();
    expect(() => parseLocalizedId('en')).toThrow();
  });
});

describe('reading order', () => {
  it('keeps one track, sorted by order', () => {
    expect(trackInOrder(all, 'a')).toEqual([a1, a2, a3]);
  });

  it('reads the tracks in the order given, each by its order', () => {
    expect(readingOrder(all, tracks).map((g) => g.id)).toEqual(['en/a1', 'en/a2', 'en/a3', 'en/b1', 'en/b2']);
    expect(readingOrder(all, ['b', 'a']).map((g) => g.id)).toEqual(['en/b1', 'en/b2', 'en/a1', 'en/a2', 'en/a3']);
  });

  // The layout passes the guides of its locale from one collection query and the id of the
  // entry it renders, which another query returned: every call gets fresh copies.
  const query = () => all.map(copyOf);

  it('finds previous and next within a track, for an entry returned by another query', () => {
    expect(neighbours(query(), a2.id, tracks)).toEqual({ previous: a1, next: a3 });
  });

  it('crosses to the next track at the end of one, and back at the start of the next', () => {
    expect(neighbours(query(), a3.id, tracks)).toEqual({ previous: a2, next: b1 });
    expect(neighbours(query(), b1.id, tracks)).toEqual({ previous: a3, next: b2 });
  });

  it('has no previous before the first guide and no next after the last', () => {
    expect(neighbours(query(), a1.id, tracks)).toEqual({ previous: undefined, next: a2 });
    expect(neighbours(query(), b2.id, tracks)).toEqual({ previous: b1, next: undefined });
  });

  it('follows the track order it is given', () => {
    expect(neighbours(query(), b2.id, ['b', 'a'])).toEqual({ previous: b1, next: a1 });
    expect(neighbours(query(), a1.id, ['b', 'a'])).toEqual({ previous: b2, next: a2 });
  });

  it('leaves out guides of a track that is not in the order', () => {
    expect(readingOrder(query(), ['a']).map((g) => g.id)).toEqual(['en/a1', 'en/a2', 'en/a3']);
    expect(neighbours(query(), a3.id, ['a'])).toEqual({ previous: a2, next: undefined });
    expect(() => neighbours(query(), b1.id, ['a'])).toThrow(/en\/b1/);
  });

  it('refuses a guide that is not in the list rather than guessing', () => {
    expect(() => neighbours(all, 'en/missing', tracks)).toThrow(/en\/missing/);
  });

  it('maps every guide of the reading order to its neighbours, in one pass', () => {
    const map = neighbourMap(query(), tracks);
    expect([...map.keys()]).toEqual(['en/a1', 'en/a2', 'en/a3', 'en/b1', 'en/b2']);
    expect(map.get(b1.id)).toEqual({ previous: a3, next: b2 });
  });
});
