/**
 * The quiz island: resume offer, one question at a time, then the result. Scoring,
 * share codes and saved progress are the pure modules in src/lib/quiz; this file only
 * wires them to the page (URL, localStorage, focus).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { parseProgress, serializeProgress, storageKey, type Progress } from '../../lib/quiz/progress';
import { scoreChoice, scoreScale } from '../../lib/quiz/scoring';
import { decodeAnswers, shareQuery } from '../../lib/quiz/share-code';
import { answerShape } from '../../lib/quiz/view';
import { ChoiceResult } from './ChoiceResult';
import { QuestionStep } from './QuestionStep';
import type { QuizProps } from './quiz-props';
import { ScaleResult, scaleHeadline } from './ScaleResult';
import { ShareBox } from './ShareBox';
import { readStorage, writeStorage } from './storage';

type Screen = { kind: 'resume'; progress: Progress; savedAt: Date } | { kind: 'question' } | { kind: 'result'; answers: number[] };

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
  return { screen: { kind: 'question' }, notice };
}

const blank = (count: number): (number | null)[] => Array.from({ length: count }, () => null);

export function QuizApp(props: QuizProps) {
  const { quiz, strings, intlLocale, headingLevel, standalone } = props;
  const total = quiz.questions.length;
  const [start] = useState(() => startingPoint(props));
  const [screen, setScreen] = useState<Screen>(start.screen);
  const [notice, setNotice] = useState(start.notice);
  const [answers, setAnswers] = useState(() => blank(total));
  const [step, setStep] = useState(0);
  // Embedded, the quiz starts on the reader's click, so the focus follows at once; on its own page it waits for a step.
  const [moved, setMoved] = useState(!standalone);
  const [announcement, setAnnouncement] = useState('');
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const resumeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (screen.kind === 'question' && answers.some((a) => a !== null)) {
      writeStorage(storageKey(quiz.id), serializeProgress({ answers, step }, quiz.revision, new Date()));
    }
  }, [answers, step, screen.kind]);

  useEffect(() => {
    if (screen.kind === 'result' && moved) resultHeading.current?.focus();
    if (screen.kind === 'resume' && moved) resumeButton.current?.focus();
  }, [screen.kind]);

  const begin = (progress: Progress) => {
    setAnswers(progress.answers);
    setStep(progress.step);
    setMoved(true);
    setNotice(null);
    setAnnouncement('');
    setScreen({ kind: 'question' });
  };

  const finish = (complete: number[]) => {
    writeStorage(storageKey(quiz.id), null);
    if (standalone) history.replaceState(null, '', `${quiz.path}?${shareQuery(complete, quiz.revision)}`);
    setMoved(true);
    setNotice(null);
    setAnnouncement(fill(strings['quiz.result.announce'], { outcome: outcomeName(props, complete) }));
    setScreen({ kind: 'result', answers: complete });
  };

  const retake = () => {
    writeStorage(storageKey(quiz.id), null);
    if (standalone) history.replaceState(null, '', quiz.path);
    begin({ answers: blank(total), step: 0 });
  };

  const next = () => {
    if (step + 1 < total) {
      setMoved(true);
      setStep(step + 1);
      return;
    }
    const complete = answers.filter((a): a is number => a !== null);
    if (complete.length === total) finish(complete);
    else setStep(answers.findIndex((a) => a === null));
  };

  const question = quiz.questions[step];
  return (
    <div class="quiz-app">
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {notice && <p class="quiz-notice">{notice}</p>}
      {screen.kind === 'resume' && (
        <div class="quiz-resume">
          <p>
            {fill(strings['quiz.resume.text'], {
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
          takeFocus={moved}
          onAnswer={(option) => setAnswers(answers.map((a, i) => (i === step ? option : a)))}
          onBack={() => {
            setMoved(true);
            setStep(Math.max(0, step - 1));
          }}
          onNext={next}
        />
      )}
      {screen.kind === 'result' && (
        <section class="quiz-result" aria-label={strings['quiz.result.heading']}>
          {quiz.kind === 'choice' ? (
            <ChoiceResult quiz={quiz} answers={screen.answers} strings={strings} level={headingLevel} headingRef={resultHeading} />
          ) : (
            <ScaleResult quiz={quiz} answers={screen.answers} strings={strings} level={headingLevel} headingRef={resultHeading} />
          )}
          <ShareBox
            quizId={quiz.id}
            url={new URL(`${quiz.path}?${shareQuery(screen.answers, quiz.revision)}`, location.href).href}
            strings={strings}
            onRetake={retake}
          />
        </section>
      )}
    </div>
  );
}

/** The result in a few words, for the live region. */
function outcomeName({ quiz, strings }: QuizProps, answers: number[]): string {
  if (quiz.kind === 'choice') {
    const { outcome } = scoreChoice(quiz, answers);
    return quiz.outcomes.find((o) => o.id === outcome)?.title ?? '';
  }
  return scaleHeadline(quiz, scoreScale(quiz, answers), strings);
}
