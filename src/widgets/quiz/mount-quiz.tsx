/** Loaded on demand by the quiz element: renders the island in place of the loading text. */
import { render } from 'preact';
import { QuizApp } from './QuizApp';
import type { QuizProps } from './quiz-props';

export function mountQuiz(root: HTMLElement, props: QuizProps): void {
  root.replaceChildren();
  render(<QuizApp {...props} />, root);
}
