/** Every answer path of a choice quiz, and which outcome each one reaches, on a quiz small enough to count by hand. */
import { describe, expect, it } from 'vitest';
import { answerPaths, outcomeBalance } from '../../src/lib/quiz/balance';
import type { ChoiceModel } from '../../src/lib/quiz/scoring';

describe('answerPaths', () => {
  // The generator reuses one array, so each path is copied as it is yielded.
  const paths = (optionCounts: number[]) => Array.from(answerPaths(optionCounts), (path) => [...path]);

  it('counts through every combination, the last question fastest', () => {
    expect(paths([2, 3])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });

  it('has one path through a quiz of one-option questions, and one empty path through no question', () => {
    expect(paths([1, 1])).toEqual([[0, 0]]);
    expect(paths([])).toEqual([[]]);
  });
});

describe('outcomeBalance', () => {
  // Question 1: a point for a, or nothing. Question 2: nothing; two points for b and a ruled
  // out; or everything ruled out.
  const model: ChoiceModel = {
    outcomes: [{ id: 'a' }, { id: 'b' }],
    questions: [
      { options: [{ weights: { a: 1 } }, { weights: {} }] },
      { options: [{ weights: {} }, { weights: { b: 2 }, excludes: ['a'] }, { weights: {}, excludes: ['a', 'b'] }] },
    ],
  };

  it('counts the paths each outcome wins, those no answer explains and those that rule out everything', () => {
    // (0,0) a by 1–0; (0,1) b, a ruled out; (0,2) a by 1–0, all ruled out; (1,0) a on the tie,
    // unexplained; (1,1) b; (1,2) a on the tie, unexplained and all ruled out.
    expect(outcomeBalance(model)).toEqual({ paths: 6, wins: { a: 4, b: 2 }, unexplained: 2, allRuledOut: 2 });
  });

  it('lists an outcome no path reaches with no wins', () => {
    const unreachable: ChoiceModel = { ...model, outcomes: [...model.outcomes, { id: 'c' }] };
    // With c listed, ruling out a and b no longer rules out everything: c wins those two paths.
    expect(outcomeBalance(unreachable)).toEqual({ paths: 6, wins: { a: 2, b: 2, c: 2 }, unexplained: 3, allRuledOut: 0 });
  });
});
