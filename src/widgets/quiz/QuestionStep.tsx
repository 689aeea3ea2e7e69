/** One question: a fieldset of native radios, with Back and Next (or "See my result"). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { QuestionView } from '../../lib/quiz/view';
import { focusInView } from './focus';
import type { QuizStrings } from './quiz-props';

interface Props {
  quizId: string;
  question: QuestionView;
  index: number;
  total: number;
  answer: number | null;
  strings: QuizStrings;
  onAnswer: (option: number) => void;
  onBack: () => void;
  onNext: () => void;
}

export function QuestionStep({ quizId, question, index, total, answer, strings, onAnswer, onBack, onNext }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const legend = useRef<HTMLLegendElement>(null);
  const firstOption = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  // Counts the presses of Next without an answer: each one moves the focus, once the message is rendered.
  const [refusals, setRefusals] = useState(0);
  const name = `${quizId}-${question.id}`;
  const errorId = `${name}-error`;

  // A question only shows after the reader's action (start, next, back, retake): the focus follows, and the answers come into view.
  useEffect(() => {
    setMissing(false);
    if (legend.current && form.current) focusInView(legend.current, form.current);
  }, [index]);

  // As form validation does: the focus goes to the field to fix, which the message describes, so it is heard there.
  useEffect(() => {
    if (refusals > 0) firstOption.current?.focus();
  }, [refusals]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (answer === null) {
      setMissing(true);
      setRefusals(refusals + 1);
      return;
    }
    onNext();
  };

  return (
    <form ref={form} class="quiz-step" onSubmit={submit} noValidate>
      <fieldset aria-describedby={missing ? errorId : undefined} aria-invalid={missing ? 'true' : undefined}>
        <legend ref={legend} tabIndex={-1}>
          <span class="quiz-progress">
            <span aria-hidden="true">
              {index + 1} / {total}
            </span>
            <span class="visually-hidden">{fill(strings['quiz.progress'], { current: index + 1, total })}</span>
          </span>
          <span class="quiz-prompt">{question.prompt}</span>
        </legend>
        <div class="quiz-options">
          {question.options.map((option, i) => (
            <label class="quiz-option" key={i}>
              <input
                ref={i === 0 ? firstOption : null}
                type="radio"
                name={name}
                aria-describedby={missing ? errorId : undefined}
                value={i}
                checked={answer === i}
                onChange={() => {
                  setMissing(false);
                  onAnswer(i);
                }}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {missing && (
          <p id={errorId} class="quiz-error">
            {strings['quiz.required']}
          </p>
        )}
      </fieldset>
      <div class="quiz-actions">
        {index > 0 && (
          <button type="button" class="quiz-button secondary" onClick={onBack}>
            {strings['quiz.back']}
          </button>
        )}
        <button type="submit" class="quiz-button primary">
          {index + 1 === total ? strings['quiz.finish'] : strings['quiz.next']}
        </button>
      </div>
    </form>
  );
}
