/**
 * What a quiz island needs from the page: the quiz in the page's locale and its UI
 * strings, taken from the dictionary at build time so the island ships no dictionary.
 * Strings keep their `{placeholders}`; the island fills them.
 */
import { localeInfo, type Locale } from '../../i18n/locales';
import { dictionaries, translator, type PluralKey, type UIDictionary, type UIKey } from '../../i18n/translate';
import { localizeQuiz, type QuizView } from '../../lib/quiz/view';
import type { QuizDefinition } from '../../schemas/quiz';

const stringKeys = [
  'quiz.begin',
  'quiz.progress',
  'quiz.back',
  'quiz.next',
  'quiz.finish',
  'quiz.required',
  'quiz.resume.text',
  'quiz.resume.continue',
  'quiz.resume.restart',
  'quiz.discarded',
  'quiz.shareInvalid',
  'quiz.result.heading',
  'quiz.result.why',
  'quiz.result.whyIntro',
  'quiz.result.next',
  'quiz.result.read',
  'quiz.result.guide',
  'quiz.result.tool',
  'quiz.result.toolNote',
  'quiz.share.label',
  'quiz.share.help',
  'quiz.share.copy',
  'quiz.share.copied',
  'quiz.share.copyFailed',
  'quiz.retake',
  'quiz.print',
  'quiz.score',
  'quiz.level.strong',
  'quiz.level.mixed',
  'quiz.level.strained',
  'quiz.health.weakest',
  'quiz.health.why',
  'quiz.health.whyStrong',
  'quiz.health.allStrong',
  'quiz.health.order',
  'quiz.health.actions',
  'quiz.compare.heading',
  'quiz.compare.intro',
  'quiz.compare.asCeo',
  'quiz.compare.asCto',
  'quiz.compare.instructions',
  'quiz.compare.ceoLink',
  'quiz.compare.ctoLink',
  'quiz.compare.show',
  'quiz.compare.invalid',
  'quiz.compare.caption',
  'quiz.compare.area',
  'quiz.compare.ceo',
  'quiz.compare.cto',
  'quiz.compare.gap',
  'quiz.compare.bigGap',
] as const satisfies readonly (UIKey | PluralKey)[];

/** The quiz's strings, plural entries with all their forms. */
export type QuizStrings = { readonly [K in (typeof stringKeys)[number]]: UIDictionary[K] };

export interface QuizProps {
  quiz: QuizView;
  strings: QuizStrings;
  /** For dates in the resume offer. */
  intlLocale: string;
  /** The level of the result's heading: 2 on the quiz page, 3 inside a guide section. */
  headingLevel: 2 | 3;
  /** On its own page the quiz keeps the result in the address bar; embedded it leaves the guide's URL alone. */
  standalone: boolean;
}

export function quizStrings(locale: Locale): QuizStrings {
  const dictionary = dictionaries[locale];
  return Object.fromEntries(stringKeys.map((key) => [key, dictionary[key]])) as QuizStrings;
}

export function quizProps(locale: Locale, quiz: QuizView, placement: 'page' | 'embed'): QuizProps {
  return {
    quiz,
    strings: quizStrings(locale),
    intlLocale: localeInfo[locale].intlLocale,
    headingLevel: placement === 'page' ? 2 : 3,
    standalone: placement === 'page',
  };
}

const scaleKeys = ['quiz.scale.1', 'quiz.scale.2', 'quiz.scale.3', 'quiz.scale.4', 'quiz.scale.5'] as const satisfies readonly UIKey[];

/** A quiz file's content as the pages of one locale show it. */
export function quizView(id: string, quiz: QuizDefinition, locale: Locale): QuizView {
  const t = translator(locale);
  return localizeQuiz(id, quiz, locale, localeInfo[locale].currency, scaleKeys.map((key) => t(key)));
}
