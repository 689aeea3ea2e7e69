/** Loaded on demand by the quiz element: renders the island in place of the loading text. */
import { render } from 'preact';
import { QuizApp } from './QuizApp';
import type { QuizProps } from './quiz-props';

/** @param onStarted folds the page's introduction away once the questions or the result show. */
export function mountQuiz(root: HTMLElement, props: QuizProps, onStarted: () => void): void {
  root.replaceChildren();
  render(<QuizApp {...props} onStarted={onStarted} />, root);
}
