/** A choice quiz's result: the card with the outcome, then the answers behind it, next steps and further reading. */
import type { Ref } from 'preact';
import { scoreChoice } from '../../lib/quiz/scoring';
import { answerParams, toolHref } from '../../lib/quiz/tool-link';
import type { ChoiceQuizView } from '../../lib/quiz/view';
import { Heading } from './heading';
import type { QuizStrings } from './quiz-props';
import { ResultCard } from './ResultCard';

interface Props {
  quiz: ChoiceQuizView;
  answers: number[];
  strings: QuizStrings;
  level: number;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  cardRef: Ref<HTMLDivElement>;
}

export function ChoiceResult({ quiz, answers, strings, level, headingId, headingRef, cardRef }: Props) {
  const result = scoreChoice(quiz, answers);
  const outcome = quiz.outcomes.find((o) => o.id === result.outcome);
  if (!outcome) return null;
  const chosen = quiz.questions.flatMap((q, i) => q.options[answers[i] ?? -1] ?? []);
  const toolLink = toolHref(quiz.tool.path, quiz.tool.id, { cur: quiz.tool.currency, ...answerParams(quiz.tool.id, chosen) });
  // The first link is the card's "read first"; the others are further reading.
  const [guide, ...further] = outcome.links;
  return (
    <>
      <ResultCard
        level={level}
        headingId={headingId}
        headingRef={headingRef}
        cardRef={cardRef}
        strings={strings}
        title={outcome.title}
        why={outcome.why}
        guide={guide}
        tool={{ href: toolLink, label: quiz.tool.label }}
        toolCaveat={outcome.toolCaveat}
      />
      <p class="lead">{outcome.summary}</p>
      <Heading level={level + 1}>{strings['quiz.result.why']}</Heading>
      <p>{strings['quiz.result.whyIntro']}</p>
      <ul class="quiz-reasons">
        {result.reasons.map(({ question, option }) => (
          <li key={question}>
            <span class="quiz-reason-question">{quiz.questions[question]?.prompt}</span>{' '}
            <strong>{quiz.questions[question]?.options[option]?.label}</strong>{' '}
            <span class="quiz-reason-because">{quiz.questions[question]?.options[option]?.reason}</span>
          </li>
        ))}
      </ul>
      <Heading level={level + 1}>{strings['quiz.result.next']}</Heading>
      <ol>
        {outcome.nextSteps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      {further.length > 0 && (
        <>
          <Heading level={level + 1}>{strings['quiz.result.read']}</Heading>
          <ul>
            {further.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="quiz-hint">{strings['quiz.result.toolNote']}</p>
    </>
  );
}
