/**
 * The quiz island: a start button (on the quiz's own page) or the resume offer, one
 * question at a time, then the result. Scoring, share codes and saved progress are the
 * pure modules in src/lib/quiz; this file only wires them to the page (URL,
 * localStorage, focus). The share link opens the outcome's own page (src/lib/quiz/outcomes.ts),
 * whose static HTML carries the outcome's social card; this island, mounted there too, shows
 * the full result from the answers in the query, as on the quiz page.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { pluralForm } from '../../i18n/plural';
import { parseProgress, serializeProgress, storageKey, type Progress } from '../../lib/quiz/progress';
import { decodeAnswers, shareQuery } from '../../lib/quiz/share-code';
import { outcomeOf, outcomePath } from '../../lib/quiz/outcomes';
import { answerShape } from '../../lib/quiz/view';
import { ChoiceResult } from './ChoiceResult';
import { focusInView } from './focus';
import { QuestionStep } from './QuestionStep';
import type { QuizProps } from './quiz-props';
import { ScaleResult } from './ScaleResult';
import { ShareBox } from './ShareBox';
import { readStorage, writeStorage } from './storage';

type Screen =
  | { kind: 'start' }
  | { kind: 'resume'; progress: Progress; savedAt: Date }
  | { kind: 'question' }
  | { kind: 'result'; answers: number[] };

interface Start {
  screen: Screen;
  notice: string | null;
}

function startingPoint({ quiz, strings, standalone }: QuizProps): Start {
  const shape = answerShape(quiz);
  let notice: string | null = null;
  if (standalone) {
    const shared = decodeAnswers(new URLSearchParams(location.search), shape);
    if (shared.ok) return { screen: { kind: 'result', answers: shared.answers }, notice };
    if (shared.reason !== 'absent') notice = strings['quiz.shareInvalid'];
  }
  const saved = parseProgress(readStorage(storageKey(quiz.id)), shape, new Date());
  if (saved.status === 'discarded') {
    writeStorage(storageKey(quiz.id), null);
    notice = notice ?? strings['quiz.discarded'];
  }
  if (saved.status === 'resumable') return { screen: { kind: 'resume', progress: saved.progress, savedAt: saved.savedAt }, notice };
  // Embedded, the reader already pressed the guide's start button.
  return { screen: { kind: standalone ? 'start' : 'question' }, notice };
}

const blank = (count: number): (number | null)[] => Array.from({ length: count }, () => null);

interface Props extends QuizProps {
  /**
   * Called as the questions or the result replace the start screen, before they render,
   * so the page can fold its introduction away first and the quiz moves up into view.
   */
  onStarted?: () => void;
}

export function QuizApp(props: Props) {
  const { quiz, strings, intlLocale, headingLevel, standalone, onStarted } = props;
  const total = quiz.questions.length;
  const [start] = useState(() => startingPoint(props));
  const [screen, setScreen] = useState<Screen>(start.screen);
  const [notice, setNotice] = useState(start.notice);
  const [answers, setAnswers] = useState(() => blank(total));
  const [step, setStep] = useState(0);
  // The focus moves only after the reader's action: embedded, that is the guide's start button; on its own page, a
  // shared result or the resume offer that opens the page leaves it where it is.
  const [moved, setMoved] = useState(!standalone);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const resultCard = useRef<HTMLDivElement>(null);
  const resumeButton = useRef<HTMLButtonElement>(null);

  // A shared result opens with the introduction folded before the first paint, so the card shows at the top without a jump.
  useLayoutEffect(() => {
    if (start.screen.kind === 'result') onStarted?.();
  }, []);

  useEffect(() => {
    if (screen.kind === 'question' && answers.some((a) => a !== null)) {
      writeStorage(storageKey(quiz.id), serializeProgress({ answers, step }, quiz.revision, new Date()));
    }
  }, [answers, step, screen.kind]);

  useEffect(() => {
    // The heading names the outcome as it takes the focus: that is the one announcement of the result.
    if (screen.kind === 'result' && moved && resultHeading.current && resultCard.current) focusInView(resultHeading.current, resultCard.current);
    if (screen.kind === 'resume' && moved) resumeButton.current?.focus();
  }, [screen.kind]);

  const begin = (progress: Progress) => {
    onStarted?.();
    setAnswers(progress.answers);
    setStep(progress.step);
    setMoved(true);
    setNotice(null);
    setScreen({ kind: 'question' });
  };

  const finish = (complete: number[]) => {
    writeStorage(storageKey(quiz.id), null);
    if (standalone) history.replaceState(null, '', `${quiz.path}?${shareQuery(complete, quiz.revision)}`);
    onStarted?.();
    setMoved(true);
    setNotice(null);
    setScreen({ kind: 'result', answers: complete });
  };

  const retake = () => {
    writeStorage(storageKey(quiz.id), null);
    if (standalone) history.replaceState(null, '', quiz.path);
    begin({ answers: blank(total), step: 0 });
  };

  const next = () => {
    if (step + 1 < total) {
      setStep(step + 1);
      return;
    }
    const complete = answers.filter((a): a is number => a !== null);
    if (complete.length === total) finish(complete);
    else setStep(answers.findIndex((a) => a === null));
  };

  const question = quiz.questions[step];
  const resultHeadingId = `${quiz.id}-result`;
  const resultProps = { strings, level: headingLevel, headingId: resultHeadingId, headingRef: resultHeading, cardRef: resultCard };
  return (
    <div class="quiz-app">
      {notice && <p class="quiz-notice">{notice}</p>}
      {screen.kind === 'start' && (
        <div class="quiz-actions">
          <button type="button" class="quiz-button primary quiz-start" onClick={() => begin({ answers: blank(total), step: 0 })}>
            {strings['quiz.begin']}
          </button>
        </div>
      )}
      {screen.kind === 'resume' && (
        <div class="quiz-resume">
          <p>
            {fill(pluralForm(strings['quiz.resume.text'], total, intlLocale), {
              answered: screen.progress.answers.filter((a) => a !== null).length,
              total,
              date: screen.savedAt.toLocaleDateString(intlLocale, { dateStyle: 'long' }),
            })}
          </p>
          <div class="quiz-actions">
            <button ref={resumeButton} type="button" class="quiz-button primary" onClick={() => begin(screen.progress)}>
              {strings['quiz.resume.continue']}
            </button>
            <button type="button" class="quiz-button secondary" onClick={retake}>
              {strings['quiz.resume.restart']}
            </button>
          </div>
        </div>
      )}
      {screen.kind === 'question' && question && (
        <QuestionStep
          quizId={quiz.id}
          question={question}
          index={step}
          total={total}
          answer={answers[step] ?? null}
          strings={strings}
          onAnswer={(option) => setAnswers(answers.map((a, i) => (i === step ? option : a)))}
          onBack={() => setStep(Math.max(0, step - 1))}
          onNext={next}
        />
      )}
      {screen.kind === 'result' && (
        <section class="quiz-result" aria-labelledby={resultHeadingId}>
          {quiz.kind === 'choice' ? (
            <ChoiceResult {...resultProps} quiz={quiz} answers={screen.answers} />
          ) : (
            <ScaleResult {...resultProps} quiz={quiz} answers={screen.answers} />
          )}
          <ShareBox
            quizId={quiz.id}
            url={new URL(`${outcomePath(quiz.path, outcomeOf(quiz, screen.answers))}?${shareQuery(screen.answers, quiz.revision)}`, location.href).href}
            strings={strings}
            onRetake={retake}
          />
        </section>
      )}
    </div>
  );
}
