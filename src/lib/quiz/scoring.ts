/**
 * Scoring, independent of text and of the page: answers are option indices, one per
 * question, in question order.
 *
 * Choice quizzes: each answer adds its weights to the outcomes it supports; the outcome
 * with the most points wins, and a tie goes to the outcome listed first in the quiz
 * file (so the file's order states the tie-break). An answer can also rule outcomes out
 * (a budget that cannot pay for a full-time seat rules out every full-time seat, however
 * the other answers lean); the winner is then the best of the rest. The answers that gave
 * the winner the most points explain it.
 *
 * Scale quizzes: each statement is rated 1–5 (read the other way round when `reverse`);
 * a dimension's score is its ratings' mean on a 0–100 scale. Dimensions are listed
 * weakest first; equal scores keep the file's order.
 */

export interface ChoiceModel {
  outcomes: readonly { id: string }[];
  questions: readonly {
    options: readonly { weights: Readonly<Record<string, number>>; excludes?: readonly string[] }[];
  }[];
}

/** An answer that counted towards the winning outcome. */
export interface Reason {
  question: number;
  option: number;
  points: number;
}

export interface ChoiceResult {
  outcome: string;
  /** Points per outcome id. */
  totals: Record<string, number>;
  /** Outcome ids an answer ruled out, in the quiz file's order. */
  ruledOut: string[];
  /** Up to `maxReasons` answers that gave the outcome the most points, strongest first. */
  reasons: Reason[];
}

export const maxReasons = 3;

export function scoreChoice(model: ChoiceModel, answers: readonly number[]): ChoiceResult {
  const totals: Record<string, number> = Object.fromEntries(model.outcomes.map((o) => [o.id, 0]));
  const excluded = new Set<string>();
  const chosen = model.questions.map((question, q) => {
    const answer = answers[q] ?? -1;
    const option = question.options[answer];
    if (!option) throw new RangeError(`No option ${answers[q]} in question ${q}`);
    for (const [outcome, points] of Object.entries(option.weights)) totals[outcome] = (totals[outcome] ?? 0) + points;
    option.excludes?.forEach((outcome) => excluded.add(outcome));
    return { question: q, option: answer, weights: option.weights };
  });
  const ruledOut = model.outcomes.filter((o) => excluded.has(o.id)).map((o) => o.id);
  // The quiz files never rule out everything (a content test checks every path); if one
  // did, scoring every outcome beats showing no result.
  const candidates = ruledOut.length < model.outcomes.length ? model.outcomes.filter((o) => !excluded.has(o.id)) : model.outcomes;
  // Strictly greater wins, so on a tie the outcome listed first keeps its place.
  const outcome = candidates.reduce((best, o) => ((totals[o.id] ?? 0) > (totals[best.id] ?? 0) ? o : best)).id;
  const reasons = chosen
    .map(({ question, option, weights }) => ({ question, option, points: weights[outcome] ?? 0 }))
    .filter((r) => r.points > 0)
    // Array.prototype.sort is stable, so answers giving equal points stay in question order.
    .sort((a, b) => b.points - a.points)
    .slice(0, maxReasons);
  return { outcome, totals, ruledOut, reasons };
}

export interface ScaleModel {
  dimensions: readonly { id: string }[];
  questions: readonly { dimension: string; reverse: boolean }[];
}

/** Points on the rating scale: option index 0 is "strongly disagree", 4 "strongly agree". */
export const scalePoints = 5;

export type Level = 'strong' | 'mixed' | 'strained';

/** Lowest score of a strong and of a mixed dimension; below `mixedFrom` it is strained. */
export const strongFrom = 75;
export const mixedFrom = 50;

/** Lowest score of each level, highest level first. */
export const levelThresholds: readonly { level: Level; from: number }[] = [
  { level: 'strong', from: strongFrom },
  { level: 'mixed', from: mixedFrom },
  { level: 'strained', from: 0 },
];

/** A gap this wide means the two see the area differently enough to talk about it first. */
export const bigGap = 25;

export interface ComparedDimension {
  dimension: string;
  ceo: number;
  cto: number;
  gap: number;
  /** True when the gap is at least `bigGap`. */
  flagged: boolean;
}

/** Two results of one scale quiz side by side, the area weakest for both together first. */
export function compareScales(dimensions: readonly string[], ceo: readonly DimensionScore[], cto: readonly DimensionScore[]): ComparedDimension[] {
  const scoreOf = (scores: readonly DimensionScore[], id: string) => scores.find((s) => s.dimension === id)?.score ?? 0;
  return dimensions
    .map((dimension) => {
      const row = { dimension, ceo: scoreOf(ceo, dimension), cto: scoreOf(cto, dimension) };
      const gap = Math.abs(row.ceo - row.cto);
      return { ...row, gap, flagged: gap >= bigGap };
    })
    .sort((a, b) => a.ceo + a.cto - (b.ceo + b.cto));
}

export interface DimensionScore {
  dimension: string;
  /** 0–100, rounded to a whole number. */
  score: number;
  level: Level;
}

export function levelOf(score: number): Level {
  return (levelThresholds.find((t) => score >= t.from) ?? levelThresholds[levelThresholds.length - 1]!).level;
}

/** Dimension scores, weakest first. */
export function scoreScale(model: ScaleModel, answers: readonly number[]): DimensionScore[] {
  const scores = model.dimensions.map(({ id }) => {
    const ratings = model.questions.flatMap((question, q) => {
      if (question.dimension !== id) return [];
      const answer = answers[q] ?? -1;
      if (!Number.isInteger(answer) || answer < 0 || answer >= scalePoints) throw new RangeError(`No rating ${answer} in question ${q}`);
      return [question.reverse ? scalePoints - 1 - answer : answer];
    });
    const mean = ratings.length === 0 ? 0 : ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
    const score = Math.round((mean / (scalePoints - 1)) * 100);
    return { dimension: id, score, level: levelOf(score) };
  });
  // Array.prototype.sort is stable, so equal scores keep the quiz file's order.
  return scores.sort((a, b) => a.score - b.score);
}
