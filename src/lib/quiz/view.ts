/**
 * A quiz as one page shows it: the text of one locale, the links resolved, and the
 * numbers scoring needs. The build makes it from the quiz file; the island receives
 * it as JSON, so it ships no other locale and no dictionary.
 */
import type { ToolId } from '../../data/catalog';
import type { Currency, Locale } from '../../i18n/locales';
import { localizedPath } from '../../i18n/urls';
import type { ChoiceQuizDefinition, QuizDefinition, ScaleQuizDefinition } from '../../schemas/quiz';
import type { AnswerShape } from './share-code';
import { paramsIn } from './tool-link';

export interface QuizLink {
  href: string;
  label: string;
}

export interface QuestionView {
  id: string;
  prompt: string;
  options: { label: string }[];
}

interface QuizViewBase {
  id: string;
  revision: number;
  title: string;
  /** The quiz's own page, the base of its share links. */
  path: string;
  tool: { id: ToolId; label: string; path: string; currency: Currency };
}

export interface ChoiceQuizView extends QuizViewBase {
  kind: 'choice';
  questions: (Omit<QuestionView, 'options'> & {
    options: { label: string; weights: Record<string, number>; excludes: string[]; params: Record<string, number | string>; reason: string }[];
  })[];
  outcomes: { id: string; title: string; why: string; summary: string; nextSteps: string[]; links: QuizLink[]; toolCaveat?: string }[];
}

export interface ScaleQuizView extends QuizViewBase {
  kind: 'scale';
  questions: (QuestionView & { dimension: string; reverse: boolean })[];
  dimensions: { id: string; title: string; strong: string; actions: string[]; links: QuizLink[] }[];
  /** The page that puts two results side by side. */
  comparePath: string;
}

export type QuizView = ChoiceQuizView | ScaleQuizView;

/** What a share code or saved progress must fit. */
export function answerShape(quiz: { revision: number; questions: readonly { options: readonly unknown[] }[] }): AnswerShape {
  return { revision: quiz.revision, optionCounts: quiz.questions.map((q) => q.options.length) };
}

type Links = ChoiceQuizDefinition['outcomes'][number]['links'];

function localizeLinks(links: Links, locale: Locale): QuizLink[] {
  return links.map((link) => ({ href: `${localizedPath(locale, 'guides', link.guide)}#${link.section}`, label: link.label[locale] }));
}

/**
 * @param scaleLabels the five rating labels, "strongly disagree" first (scale quizzes).
 */
export function localizeQuiz(
  id: string,
  quiz: QuizDefinition,
  locale: Locale,
  currency: Currency,
  scaleLabels: readonly string[],
): QuizView {
  const base: QuizViewBase = {
    id,
    revision: quiz.revision,
    title: quiz.title[locale],
    path: localizedPath(locale, 'quizzes', id),
    tool: { id: quiz.tool.id, label: quiz.tool.label[locale], path: localizedPath(locale, 'tools', quiz.tool.id), currency },
  };
  return quiz.kind === 'choice' ? localizeChoice(base, quiz, locale, currency) : localizeScale(base, quiz, locale, scaleLabels);
}

function localizeChoice(base: QuizViewBase, quiz: ChoiceQuizDefinition, locale: Locale, currency: Currency): ChoiceQuizView {
  return {
    ...base,
    kind: 'choice',
    questions: quiz.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt[locale],
      options: q.options.map((o) => ({ label: o.label[locale], weights: o.weights, excludes: o.excludes, params: paramsIn(o.params, currency), reason: o.reason[locale] })),
    })),
    outcomes: quiz.outcomes.map((o) => ({
      id: o.id,
      title: o.title[locale],
      why: o.why[locale],
      summary: o.summary[locale],
      nextSteps: o.nextSteps.map((s) => s[locale]),
      links: localizeLinks(o.links, locale),
      ...(o.toolCaveat && { toolCaveat: o.toolCaveat[locale] }),
    })),
  };
}

function localizeScale(base: QuizViewBase, quiz: ScaleQuizDefinition, locale: Locale, scaleLabels: readonly string[]): ScaleQuizView {
  return {
    ...base,
    kind: 'scale',
    comparePath: `${base.path}compare/`,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt[locale],
      dimension: q.dimension,
      reverse: q.reverse,
      options: scaleLabels.map((label) => ({ label })),
    })),
    dimensions: quiz.dimensions.map((d) => ({
      id: d.id,
      title: d.title[locale],
      strong: d.strong[locale],
      actions: d.actions.map((a) => a[locale]),
      links: localizeLinks(d.links, locale),
    })),
  };
}
