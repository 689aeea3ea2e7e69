/** The result's share link with a copy button, and Retake and Print. */
import { useState } from 'preact/hooks';
import type { QuizStrings } from './quiz-props';

interface Props {
  quizId: string;
  url: string;
  strings: QuizStrings;
  onRetake: () => void;
}

export function ShareBox({ quizId, url, strings, onRetake }: Props) {
  const [copyStatus, setCopyStatus] = useState('');
  const inputId = `${quizId}-share`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(strings['quiz.share.copied']);
    } catch {
      setCopyStatus(strings['quiz.share.copyFailed']);
    }
  };
  return (
    <div class="quiz-share">
      <label for={inputId}>{strings['quiz.share.label']}</label>
      <p class="quiz-hint" id={`${inputId}-help`}>
        {strings['quiz.share.help']}
      </p>
      <div class="quiz-share-row">
        <input
          id={inputId}
          type="url"
          readOnly
          value={url}
          aria-describedby={`${inputId}-help`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="quiz-button secondary" onClick={copy}>
          {strings['quiz.share.copy']}
        </button>
      </div>
      <p class="quiz-hint" role="status">
        {copyStatus}
      </p>
      <div class="quiz-actions">
        <button type="button" class="quiz-button secondary" onClick={onRetake}>
          {strings['quiz.retake']}
        </button>
        <button type="button" class="quiz-button secondary" onClick={() => window.print()}>
          {strings['quiz.print']}
        </button>
      </div>
    </div>
  );
}
