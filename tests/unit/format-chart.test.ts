/** Money in each locale's own notation, and the chart geometry. */
import { describe, expect, it } from 'vitest';
import { linePath, niceTicks, stackSegments, xScale, yScale } from '../../src/lib/chart';
import { formatMoney, formatMoneyCompact, formatYears, joinSentences } from '../../src/lib/format';

describe('money formatting', () => {
  it('writes whole sums in each locale', () => {
    expect(formatMoney(1_234_567.8, 'USD', 'en-US')).toBe('$1,234,568');
    expect(formatMoney(120_000, 'CNY', 'zh-CN')).toBe('¥120,000');
    expect(formatMoney(1_200_000_000, 'VND', 'vi-VN')).toBe('1.200.000.000\u00a0₫');
  });

  it('shortens sums the way each language counts', () => {
    expect(formatMoneyCompact(1_500_000, 'USD', 'en-US')).toBe('$1.5M');
    expect(formatMoneyCompact(120_000, 'CNY', 'zh-CN')).toBe('¥12万');
    expect(formatMoneyCompact(1_200_000_000, 'VND', 'vi-VN')).toBe('1,2 tỷ ₫');
    expect(formatMoneyCompact(300_000_000, 'VND', 'vi-VN')).toBe('300 triệu ₫');
  });

  it('joins sentences with a space only after Latin punctuation', () => {
    expect(joinSentences('One.', 'Two.')).toBe('One. Two.');
    expect(joinSentences('第一句。', '第二句。')).toBe('第一句。第二句。');
  });

  it('spells out years', () => {
    expect(formatYears(5, 'en-US')).toBe('5 years');
    expect(formatYears(5, 'zh-CN')).toBe('5年');
    expect(formatYears(5, 'vi-VN')).toBe('5 năm');
  });
});

describe('chart geometry', () => {
  const frame = { width: 200, height: 100, left: 20, right: 0, top: 0, bottom: 20 };

  it('picks round ticks that cover the maximum', () => {
    expect(niceTicks(1_383_333)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(niceTicks(9)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('maps values and indices into the frame', () => {
    const y = yScale(frame, 100);
    const x = xScale(frame, 3);
    expect([y(0), y(50), y(100)]).toEqual([80, 40, 0]);
    expect([x(0), x(1), x(2)]).toEqual([20, 110, 200]);
    expect(linePath([0, 50, 100], x, y)).toBe('M20 80 L110 40 L200 0');
  });

  it('stacks segments end to end', () => {
    expect(stackSegments([10, 0, 30], (v) => v * 2)).toEqual([
      { offset: 0, size: 20 },
      { offset: 20, size: 0 },
      { offset: 20, size: 60 },
    ]);
  });
});
