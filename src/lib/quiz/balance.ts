/**
 * How a choice quiz's weights play out over every way of answering it: the share of
 * answer paths each outcome wins. A reader is not a uniformly random path, but an outcome
 * that almost no path reaches, or one that wins most of them, points to weights that
 * say something other than the guides do.
 */
// The `.ts` extensions let `node scripts/quiz-balance.ts` load this module without a bundler.
import { scoreChoice, type ChoiceModel } from './scoring.ts';

/** Every combination of answers, as option indices (mixed-radix counting). The array yielded is reused. */
export function* answerPaths(optionCounts: readonly number[]): Generator<readonly number[]> {
  const answers = optionCounts.map(() => 0);
  for (;;) {
    yield answers;
    let i = answers.length - 1;
    // Stryker disable next-line ConditionalExpression: at i = -1, answers[-1] is undefined, which equals no count − 1, so the loop stops there without the guard too
    while (i >= 0 && answers[i] === optionCounts[i]! - 1) answers[i--] = 0;
    if (i < 0) return;
    answers[i]!++;
  }
}

export interface OutcomeBalance {
  /** How many answer paths the quiz has. */
  paths: number;
  /** Paths won per outcome id, in the quiz file's order. */
  wins: Record<string, number>;
  /** Paths whose result no answer explains (no answer gave the winner a point). */
  unexplained: number;
  /** Paths whose answers rule out every outcome. */
  allRuledOut: number;
}

export function outcomeBalance(model: ChoiceModel): OutcomeBalance {
  const wins: Record<string, number> = Object.fromEntries(model.outcomes.map((o) => [o.id, 0]));
  let paths = 0;
  let unexplained = 0;
  let allRuledOut = 0;
  for (const answers of answerPaths(model.questions.map((q) => q.options.length))) {
    const { outcome, reasons, ruledOut } = scoreChoice(model, answers);
    wins[outcome] = (wins[outcome] ?? 0) + 1;
    if (reasons.length === 0) unexplained++;
    if (ruledOut.length === model.outcomes.length) allRuledOut++;
    paths++;
  }
  return { paths, wins, unexplained, allRuledOut };
}
