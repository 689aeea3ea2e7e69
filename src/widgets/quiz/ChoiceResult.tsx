/** A choice quiz's result: the outcome, the answers behind it, next steps, reading and the cost tool. */
import type { Ref } from 'preact';
import { scoreChoice } from '../../lib/quiz/scoring';
import { answerParams, toolHref } from '../../lib/quiz/tool-link';
import type { ChoiceQuizView } from '../../lib/quiz/view';
import { Heading } from './heading';
import type { QuizStrings } from './quiz-props';

interface Props {
  quiz: ChoiceQuizView;
  answers: number[];
  strings: QuizStrings;
  level: number;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ChoiceResult({ quiz, answers, strings, level, headingRef }: Props) {
  const result = scoreChoice(quiz, answers);
  const outcome = quiz.outcomes.find((o) => o.id === result.outcome);
  if (!outcome) return null;
  const chosen = quiz.questions.flatMap((q, i) => q.options[answers[i] ?? -1] ?? []);
  const toolLink = toolHref(quiz.tool.path, quiz.tool.id, { cur: quiz.tool.currency, ...answerParams(quiz.tool.id, chosen) });
  return (
    <>
      <Heading level={level} headingRef={headingRef}>
        <span class="quiz-eyebrow">{strings['quiz.result.heading']}</span> {outcome.title}
      </Heading>
      <p class="lead">{outcome.summary}</p>
      <Heading level={level + 1}>{strings['quiz.result.why']}</Heading>
      <p>{strings['quiz.result.whyIntro']}</p>
      <ul class="quiz-reasons">
        {result.reasons.map(({ question, option }) => (
          <li key={question}>
            <span class="quiz-reason-question">{quiz.questions[question]?.prompt}</span>{' '}
            <strong>{quiz.questions[question]?.options[option]?.label}</strong>
          </li>
        ))}
      </ul>
      <Heading level={level + 1}>{strings['quiz.result.next']}</Heading>
      <ol>
        {outcome.nextSteps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <Heading level={level + 1}>{strings['quiz.result.read']}</Heading>
      <ul>
        {outcome.links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
      <Heading level={level + 1}>{strings['quiz.result.tool']}</Heading>
      <p>
        <a class="quiz-tool-link" href={toolLink}>
          {quiz.tool.label}
        </a>
      </p>
      <p class="quiz-hint">{strings['quiz.result.toolNote']}</p>
    </>
  );
}
