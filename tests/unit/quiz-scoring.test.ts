/** Scoring: worked examples, the stated tie-breaks, and the explanation of a result. */
import { describe, expect, it } from 'vitest';
import { compareScales, levelOf, scoreChoice, scoreScale, type ChoiceModel, type ScaleModel } from '../../src/lib/quiz/scoring';

const choice: ChoiceModel = {
  outcomes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  questions: [
    { options: [{ weights: { a: 3 } }, { weights: { b: 3 } }, { weights: { c: 1 } }] },
    { options: [{ weights: { a: 1, b: 2 } }, { weights: { c: 4 } }] },
    { options: [{ weights: {} }, { weights: { b: 1, c: 1 } }] },
  ],
};

describe('choice scoring', () => {
  it('adds the weights of the chosen options and picks the outcome with the most points', () => {
    const result = scoreChoice(choice, [1, 0, 1]);
    expect(result.totals).toEqual({ a: 1, b: 6, c: 1 });
    expect(result.outcome).toBe('b');
  });

  it('explains the result with the answers that gave it the most points, strongest first', () => {
    expect(scoreChoice(choice, [1, 0, 1]).reasons).toEqual([
      { question: 0, option: 1, points: 3 },
      { question: 1, option: 0, points: 2 },
      { question: 2, option: 1, points: 1 },
    ]);
  });

  it('leaves out answers that gave the outcome nothing', () => {
    expect(scoreChoice(choice, [2, 1, 0])).toMatchObject({ outcome: 'c', reasons: [{ question: 1 }, { question: 0 }] });
  });

  it('never lets an outcome an answer ruled out win, however many points it has', () => {
    const model: ChoiceModel = {
      outcomes: [{ id: 'seat' }, { id: 'later' }],
      questions: [
        { options: [{ weights: { seat: 5 } }] },
        { options: [{ weights: { later: 1 }, excludes: ['seat'] }, { weights: { later: 1 } }] },
      ],
    };
    expect(scoreChoice(model, [0, 0])).toMatchObject({ outcome: 'later', totals: { seat: 5, later: 1 }, ruledOut: ['seat'] });
    expect(scoreChoice(model, [0, 1])).toMatchObject({ outcome: 'seat', ruledOut: [] });
  });

  it('scores every outcome when the answers rule out all of them, rather than showing no result', () => {
    const model: ChoiceModel = {
      outcomes: [{ id: 'a' }, { id: 'b' }],
      questions: [{ options: [{ weights: { b: 2 }, excludes: ['a'] }] }, { options: [{ weights: {}, excludes: ['b'] }] }],
    };
    expect(scoreChoice(model, [0, 0])).toMatchObject({ outcome: 'b', ruledOut: ['a', 'b'] });
  });

  it('breaks a tie in favour of the outcome listed first', () => {
    const tied = (order: string[]) =>
      scoreChoice({ outcomes: order.map((id) => ({ id })), questions: [{ options: [{ weights: { x: 2, y: 2, z: 1 } }] }] }, [0]);
    expect(tied(['x', 'y', 'z']).outcome).toBe('x');
    expect(tied(['z', 'y', 'x']).outcome).toBe('y');
  });

  it('refuses an answer that names no option rather than scoring it as nothing', () => {
    expect(() => scoreChoice(choice, [0, 5, 0])).toThrow(new RangeError('No option 5 in question 1'));
    expect(() => scoreChoice(choice, [0, 0])).toThrow(new RangeError('No option undefined in question 2'));
  });

  it('lists an outcome no answer gave a point to at 0', () => {
    // [0, 0, 0]: a 3 + 1 = 4, b 2, c nothing.
    expect(scoreChoice(choice, [0, 0, 0]).totals).toEqual({ a: 4, b: 2, c: 0 });
  });

  it('gives at most three reasons, and on equal points the earlier question first', () => {
    // Four answers give x 2, 1, 2, 2 points: the three 2s, in question order, and not the 1.
    const option = (points: number) => ({ options: [{ weights: { x: points } }] });
    const model: ChoiceModel = { outcomes: [{ id: 'x' }], questions: [option(2), option(1), option(2), option(2)] };
    expect(scoreChoice(model, [0, 0, 0, 0]).reasons).toEqual([
      { question: 0, option: 0, points: 2 },
      { question: 2, option: 0, points: 2 },
      { question: 3, option: 0, points: 2 },
    ]);
  });
});

const scale: ScaleModel = {
  dimensions: [{ id: 'roles' }, { id: 'talk' }],
  questions: [
    { dimension: 'roles', reverse: false },
    { dimension: 'roles', reverse: true },
    { dimension: 'talk', reverse: false },
    { dimension: 'talk', reverse: false },
  ],
};

describe('scale scoring', () => {
  it('scores each dimension as the mean rating on a 0–100 scale, reading reversed statements the other way', () => {
    // roles: 4 (strongly agree) and reversed 0 (strongly disagree → 4) = 100; talk: 2 and 1 → 1.5 of 4 = 38.
    expect(scoreScale(scale, [4, 0, 2, 1])).toEqual([
      { dimension: 'talk', score: 38, level: 'strained' },
      { dimension: 'roles', score: 100, level: 'strong' },
    ]);
  });

  it('lists the weakest first and keeps the file order on equal scores', () => {
    expect(scoreScale(scale, [2, 2, 2, 2]).map((s) => s.dimension)).toEqual(['roles', 'talk']);
    expect(scoreScale(scale, [4, 0, 3, 3]).map((s) => [s.dimension, s.score])).toEqual([
      ['talk', 75],
      ['roles', 100],
    ]);
  });

  it('names the level by the stated thresholds', () => {
    expect([0, 49, 50, 74, 75, 100].map(levelOf)).toEqual(['strained', 'strained', 'mixed', 'mixed', 'strong', 'strong']);
    // Below the scale's bottom is still the lowest level.
    expect(levelOf(-1)).toBe('strained');
  });

  it('refuses a rating outside the five-point scale', () => {
    expect(() => scoreScale(scale, [4, 0, 5, 1])).toThrow(new RangeError('No rating 5 in question 2'));
    expect(() => scoreScale(scale, [4, 0, 2])).toThrow(new RangeError('No rating -1 in question 3'));
  });

  it('scores a dimension without statements as 0 rather than as no number', () => {
    // talk has no statements: no mean to take; roles: 4 of 4 = 100.
    const model: ScaleModel = { dimensions: [{ id: 'roles' }, { id: 'talk' }], questions: [{ dimension: 'roles', reverse: false }] };
    expect(scoreScale(model, [4])).toEqual([
      { dimension: 'talk', score: 0, level: 'strained' },
      { dimension: 'roles', score: 100, level: 'strong' },
    ]);
  });
});

describe('comparing two scale results', () => {
  const score = (dimension: string, value: number) => ({ dimension, score: value, level: levelOf(value) });

  it('puts the area weakest for both first and flags gaps of 25 points or more', () => {
    const ceo = [score('roles', 100), score('talk', 100), score('conflict', 40)];
    const cto = [score('roles', 80), score('talk', 0), score('conflict', 64)];
    expect(compareScales(['roles', 'talk', 'conflict'], ceo, cto)).toEqual([
      { dimension: 'talk', ceo: 100, cto: 0, gap: 100, flagged: true },
      { dimension: 'conflict', ceo: 40, cto: 64, gap: 24, flagged: false },
      { dimension: 'roles', ceo: 100, cto: 80, gap: 20, flagged: false },
    ]);
  });

  it('flags a gap of exactly 25 points, and scores a dimension missing from one result as 0', () => {
    expect(compareScales(['roles', 'talk'], [score('roles', 75), score('talk', 60)], [score('roles', 50)])).toEqual([
      { dimension: 'talk', ceo: 60, cto: 0, gap: 60, flagged: true },
      { dimension: 'roles', ceo: 75, cto: 50, gap: 25, flagged: true },
    ]);
  });
});
