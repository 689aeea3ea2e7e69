/**
 * The outcomes a shared result can name, each with a static page of its own
 * (`/{locale}/quizzes/{id}/results/{outcome}/`) that carries the outcome's social card.
 * A share link points there, with the answers in the query as before: a chat app's crawler
 * reads no query and runs no script, so only the path can tell it which card to show. A
 * choice quiz's outcomes are its outcomes; a scale quiz's result is named by its weakest
 * dimension, or `all-strong` when even that one scores as strong, which is what its result
 * card leads with.
 */
import { scoreChoice, scoreScale, type ChoiceModel, type ScaleModel } from './scoring';

/** A quiz as a file or a page holds it: enough to score it and name its outcomes. */
export type OutcomeModel = (ChoiceModel & { kind: 'choice' }) | (ScaleModel & { kind: 'scale' });

/** The outcome of a scale quiz whose every dimension scores as strong. */
export const allStrong = 'all-strong';

/** Every outcome a result of the quiz can name, in the quiz file's order. */
export function outcomeIds(quiz: OutcomeModel): string[] {
  return quiz.kind === 'choice' ? quiz.outcomes.map((o) => o.id) : [...quiz.dimensions.map((d) => d.id), allStrong];
}

/** The outcome these answers lead to. */
export function outcomeOf(quiz: OutcomeModel, answers: readonly number[]): string {
  if (quiz.kind === 'choice') return scoreChoice(quiz, answers).outcome;
  const weakest = scoreScale(quiz, answers)[0];
  return !weakest || weakest.level === 'strong' ? allStrong : weakest.dimension;
}

/** The outcome's page, under the quiz's own page. */
export function outcomePath(quizPath: string, outcome: string): string {
  return `${quizPath}results/${outcome}/`;
}
