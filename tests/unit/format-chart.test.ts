/** Money in each locale's own notation, and the chart geometry. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath, nearestIndex, niceTicks, stackSegments, xScale, yScale } from '../../src/lib/chart';
import {
  formatFieldNumber,
  formatMinutes,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
  formatPercentComputed,
  formatPercentExact,
  formatPlain,
  formatYears,
  joinSentences,
} from '../../src/lib/format';

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

  it('gives axis ticks the second fraction digit they need', () => {
    expect(formatMoneyCompact(1_250_000, 'USD', 'en-US')).toBe('$1.3M');
    expect(formatMoneyCompact(1_250_000, 'USD', 'en-US', 2)).toBe('$1.25M');
    expect(formatMoneyCompact(1_250_000_000, 'VND', 'vi-VN', 2)).toBe('1,25 tỷ ₫');
  });

  it('joins sentences with a space only after Latin punctuation', () => {
    expect(joinSentences('One.', 'Two.')).toBe('One. Two.');
    expect(joinSentences('第一句。', '第二句。')).toBe('第一句。第二句。');
    expect(joinSentences('One.', '', 'Two.', '')).toBe('One. Two.');
    expect(joinSentences('真的吗？', '是的！', '好。')).toBe('真的吗？是的！好。');
    expect(joinSentences('Really?', 'Yes!', 'Good.')).toBe('Really? Yes! Good.');
    // A Chinese sentence ending in a Latin mark (a quoted figure) still takes the space.
    expect(joinSentences('约 1.5M.', '好。')).toBe('约 1.5M. 好。');
    expect(joinSentences('第一句。Then English.', 'Next.')).toBe('第一句。Then English. Next.');
    expect(joinSentences('Only one.')).toBe('Only one.');
    expect(joinSentences()).toBe('');
  });

  it('writes minutes, percentages and plain numbers in each locale', () => {
    expect(formatMinutes(1, 'en-US')).toBe('1 minute');
    expect(formatMinutes(7, 'zh-CN')).toBe('7分钟');
    expect(formatMinutes(7, 'vi-VN')).toBe('7 phút');
    expect(formatPercent(0.125, 'en-US')).toBe('12.5%');
    expect(formatPercent(0.12345, 'en-US')).toBe('12.35%');
    expect(formatPercent(0.125, 'vi-VN')).toBe('12,5%');
    expect(formatPlain(1_250_000.456, 'vi-VN')).toBe('1.250.000,46');
    expect(formatPlain(1_250_000, 'en-US')).toBe('1,250,000');
  });

  it('writes a fourth decimal only where three would read as a thousands group', () => {
    expect(formatFieldNumber(999.125, 'en-US')).toBe('999.1250');
    expect(formatFieldNumber(1000.125, 'en-US')).toBe('1,000.125');
    expect(formatFieldNumber(1.12, 'en-US')).toBe('1.12');
    expect(formatFieldNumber(1.1234, 'en-US')).toBe('1.1234');
    expect(formatFieldNumber(12, 'vi-VN')).toBe('12');
    // The minus sign is not a digit of the whole part.
    expect(formatFieldNumber(-100.125, 'en-US')).toBe('-100.1250');
  });

  it('writes an entered percentage with every decimal it has', () => {
    // The cost comparison's granted shares: a linked 0.004 % stays 0.004 %, not "0%".
    expect(formatPercentExact(0.004, 'en-US')).toBe('0.004%');
    expect(formatPercentExact(0.125, 'vi-VN')).toBe('0,125%');
    expect(formatPercentExact(2, 'zh-CN')).toBe('2%');
  });

  it('writes a computed percentage to two decimals, or three significant digits where that says more', () => {
    // 0.003333…: two decimals would read "0%"; three significant digits read 0.00333.
    expect(formatPercentComputed(0.0033333333, 'en-US')).toBe('0.00333%');
    // 12.3456: two decimals (12.35) say more than three significant digits (12.3).
    expect(formatPercentComputed(12.3456, 'vi-VN')).toBe('12,35%');
    expect(formatPercentComputed(2, 'zh-CN')).toBe('2%');
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
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('ends the axis on the nearest round number above the data', () => {
    // 1.2M, not 1.5M or 2M: steps of 200k reach it in six.
    expect(niceTicks(1_010_000)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000]);
    expect(niceTicks(1_000_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
    expect(niceTicks(36_900_000_000)).toEqual([0, 1e10, 2e10, 3e10, 4e10]);
    expect(niceTicks(0.7)).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('steps by 1, 2, 2.5 or 5 × 10ⁿ, three to six times, to a top just above the data', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e16, noNaN: true }), (max) => {
        const ticks = niceTicks(max);
        const step = ticks[1]! - ticks[0]!;
        const top = ticks.at(-1)!;
        expect(ticks.length - 1).toBeGreaterThanOrEqual(3);
        expect(ticks.length - 1).toBeLessThanOrEqual(6);
        expect(ticks[0]).toBe(0);
        // Values count to 12 significant digits, which drops binary noise such as 3 × 0.1 = 0.30000000000000004.
        expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        // Never a whole step of empty room above the data.
        expect(top - step).toBeLessThan(max);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 2.5, 5].some((f) => Math.abs(mantissa - f) < 1e-9)).toBe(true);
      }),
    );
  });

  it('maps a pointer position to the nearest month', () => {
    expect(nearestIndex(0, 60)).toBe(0);
    expect(nearestIndex(1, 60)).toBe(59);
    expect(nearestIndex(0.5, 61)).toBe(30);
    expect(nearestIndex(-0.2, 60)).toBe(0);
    expect(nearestIndex(1.4, 60)).toBe(59);
    expect(nearestIndex(0.5, 1)).toBe(0);
  });

  it('lets a caller ask for fewer or more steps', () => {
    // 10 in 2 to 4 steps: 2.5 and 5 both reach 10 exactly, and the larger step wins.
    expect(niceTicks(10, 2, 4)).toEqual([0, 5, 10]);
    expect(niceTicks(10)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(7, 7, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('lets a wide range of step counts end in one big step, and gives up on a range no nice step fits', () => {
    // 95 in 1 to 10 steps: 10, 20, 25, 50 and 100 all reach 100; the single step of 100 wins.
    expect(niceTicks(95, 1, 10)).toEqual([0, 100]);
    // 10 in exactly 7 steps: no step of 1, 2, 2.5 or 5 × 10ⁿ makes seven.
    expect(niceTicks(10, 7, 7)).toEqual([0, 10]);
  });

  it('falls back to a unit axis for a maximum that is not a positive finite number', () => {
    expect(niceTicks(-5)).toEqual([0, 1]);
    expect(niceTicks(Number.POSITIVE_INFINITY)).toEqual([0, 1]);
  });

  it('puts a single point in the middle and a flat series on the baseline', () => {
    expect(xScale(frame, 1)(0)).toBe(110);
    expect(yScale(frame, 0)(50)).toBe(80);
    expect(linePath([7], xScale(frame, 1), yScale(frame, 0))).toBe('M110 80');
  });

  it('keeps the top and right margins free', () => {
    const framed = { width: 200, height: 100, left: 20, right: 10, top: 10, bottom: 20 };
    // The y span is 100 − 10 − 20 = 70 from 80 up to 10; the x span 200 − 20 − 10 = 170 from 20 to 190.
    expect([yScale(framed, 100)(0), yScale(framed, 100)(100)]).toEqual([80, 10]);
    expect([xScale(framed, 2)(0), xScale(framed, 2)(1)]).toEqual([20, 190]);
  });

  it('maps a pointer to the first index when there is no series or the position is not a number', () => {
    expect(nearestIndex(0.5, 0)).toBe(0);
    expect(nearestIndex(Number.NaN, 60)).toBe(0);
    expect(nearestIndex(Number.POSITIVE_INFINITY, 60)).toBe(0);
  });

  it('rounds coordinates to a tenth', () => {
    // 80 − 80/3 = 53.33…, 20 + 180/7 = 45.71…
    expect(yScale(frame, 3)(1)).toBe(53.3);
    expect(xScale(frame, 8)(1)).toBe(45.7);
    expect(stackSegments([1, 1], (v) => v / 3)).toEqual([
      { offset: 0, size: 0.3 },
      { offset: 0.3, size: 0.3 },
    ]);
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
