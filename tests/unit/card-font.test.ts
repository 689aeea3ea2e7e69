import { describe, expect, it } from 'vitest';
import { covers, measureText, textPath } from '../../src/build/card-font';
import { renderCard } from '../../src/build/social-cards';

describe('the cards’ font', () => {
  it('holds every character of Chinese, Vietnamese and English titles', () => {
    expect(covers('什么是首席技术官即服务（CTO 即服务）？“引号”、。', 'chinese', 700)).toBe(true);
    expect(covers('Dùng CTO như một dịch vụ trước, giao lại cho người kế nhiệm: Ẩ ỹ đ Đ', 'latin', 700)).toBe(true);
    expect(covers('The CEO–CTO relationship’s “rules”', 'latin', 700)).toBe(true);
    expect(covers('什么', 'latin', 700)).toBe(false);
  });

  it('measures text in proportion to its size, a Han character about an em', () => {
    expect(measureText('即服务', 100, 'chinese', 700)).toBeCloseTo(300, -1);
    expect(measureText('CTO', 80, 'latin', 700)).toBeCloseTo(measureText('CTO', 40, 'latin', 700) * 2, 5);
    expect(measureText('ii', 60, 'latin', 700)).toBeLessThan(measureText('WW', 60, 'latin', 700));
  });

  it('draws text as outlines starting at the given point', () => {
    const d = textPath('Cẩm', 80, 120, 40, 'latin', 700);
    // Every command fontkit writes (M, L, Q, C) takes x, y pairs.
    const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...xs)).toBeCloseTo(80 + measureText('Cẩm', 40, 'latin', 700), -1);
    // Above the baseline up to the circumflex and hook, nothing below it (no descender).
    expect(Math.max(...ys)).toBeLessThanOrEqual(121);
    expect(Math.min(...ys)).toBeLessThan(120 - 40 * 0.8);
    expect(textPath('', 0, 0, 40, 'latin', 700)).toBe('');
  });

  it('renders a card as a 1200 × 630 PNG', () => {
    const png = renderCard({ lang: 'vi', siteName: 'Cẩm nang CTO', kind: 'Cẩm nang', title: 'CTO như một dịch vụ là gì?' });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
