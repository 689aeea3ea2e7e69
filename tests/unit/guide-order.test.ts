import { describe, expect, it } from 'vitest';
import { neighbours, parseLocalizedId, trackInOrder } from '../../src/lib/guide-order';

const guide = (id: string, track: string, order: number) => ({ id, data: { track, order } });
const a1 = guide('en/a1', 'a', 1);
const a2 = guide('en/a2', 'a', 2);
const a3 = guide('en/a3', 'a', 3);
const b1 = guide('en/b1', 'b', 1);
const all = [a3, b1, a1, a2];

describe('guide ids', () => {
  it('splits {locale}/{slug}', () => {
    expect(parseLocalizedId('vi/handover')).toEqual({ locale: 'vi', slug: 'handover' });
  });

  it('rejects files outside a locale folder', () => {
    expect(() => parseLocalizedId('fr/handover')).toThrow(/content\/<collection>/);
    expect(() => parseLocalizedId('handover')).toThrow();
    expect(() => parseLocalizedId('en/a/b')).toThrow();
  });
});

describe('track order', () => {
  it('keeps one track, sorted by order', () => {
    expect(trackInOrder(all, 'a')).toEqual([a1, a2, a3]);
  });

  it('finds previous and next within the track only', () => {
    expect(neighbours(all, a2)).toEqual({ previous: a1, next: a3 });
    expect(neighbours(all, a1)).toEqual({ previous: undefined, next: a2 });
    expect(neighbours(all, b1)).toEqual({ previous: undefined, next: undefined });
  });
});
