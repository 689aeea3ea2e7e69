/** A scale quiz's result: a score per dimension, the weakest first, with actions and guide sections. */
import type { Ref } from 'preact';
import { fill } from '../../i18n/fill';
import { mixedFrom, scoreScale, strongFrom, type DimensionScore } from '../../lib/quiz/scoring';
import { shareQuery } from '../../lib/quiz/share-code';
import { toolHref } from '../../lib/quiz/tool-link';
import type { ScaleQuizView } from '../../lib/quiz/view';
import { Heading } from './heading';
import type { QuizStrings } from './quiz-props';

interface Props {
  quiz: ScaleQuizView;
  answers: number[];
  strings: QuizStrings;
  level: number;
  headingRef: Ref<HTMLHeadingElement>;
}

/** "Start with: …" naming the weakest dimension, or the all-strong message. */
export function scaleHeadline(quiz: ScaleQuizView, scores: DimensionScore[], strings: QuizStrings): string {
  const weakest = scores[0]?.level === 'strong' ? undefined : quiz.dimensions.find((d) => d.id === scores[0]?.dimension);
  return weakest ? fill(strings['quiz.health.weakest'], { dimension: weakest.title }) : strings['quiz.health.allStrong'];
}

export function ScaleResult({ quiz, answers, strings, level, headingRef }: Props) {
  const scores = scoreScale(quiz, answers);
  const headline = scaleHeadline(quiz, scores, strings);
  return (
    <>
      <Heading level={level} headingRef={headingRef}>
        <span class="quiz-eyebrow">{strings['quiz.result.heading']}</span> {headline}
      </Heading>
      <p>{strings['quiz.health.order']}</p>
      <ol class="quiz-dimensions">
        {scores.map(({ dimension, score, level: health }) => {
          const view = quiz.dimensions.find((d) => d.id === dimension);
          if (!view) return null;
          const labelId = `${quiz.id}-${dimension}-label`;
          return (
            <li key={dimension} class={`quiz-dimension ${health}`}>
              <Heading level={level + 1} id={labelId}>
                {view.title}
              </Heading>
              <p class="quiz-score">
                <meter min={0} max={100} low={mixedFrom} high={strongFrom} optimum={100} value={score} aria-labelledby={labelId} />
                <span>
                  {fill(strings['quiz.score'], { score })} · <strong>{strings[`quiz.level.${health}`]}</strong>
                </span>
              </p>
              {health === 'strong' ? (
                <p>{view.strong}</p>
              ) : (
                <>
                  <p class="quiz-subhead">{strings['quiz.health.actions']}</p>
                  <ul>
                    {view.actions.map((action, i) => (
                      <li key={i}>{action}</li>
                    ))}
                  </ul>
                </>
              )}
              <ul class="quiz-links">
                {view.links.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <Heading level={level + 1}>{strings['quiz.result.tool']}</Heading>
      <p>
        <a class="quiz-tool-link" href={toolHref(quiz.tool.path, quiz.tool.id, { cur: quiz.tool.currency })}>
          {quiz.tool.label}
        </a>
      </p>
      <p class="quiz-hint">{strings['quiz.result.toolNote']}</p>
      <Heading level={level + 1}>{strings['quiz.compare.heading']}</Heading>
      <p>{strings['quiz.compare.intro']}</p>
      <ul class="quiz-links">
        <li>
          <a href={`${quiz.comparePath}?${shareQuery(answers, quiz.revision, 'ceo')}`}>{strings['quiz.compare.asCeo']}</a>
        </li>
        <li>
          <a href={`${quiz.comparePath}?${shareQuery(answers, quiz.revision, 'cto')}`}>{strings['quiz.compare.asCto']}</a>
        </li>
      </ul>
    </>
  );
}
