import { messages as en } from '@/content/en/messages';
import { quizMessages as enQuiz } from '@/content/en/quiz';
import { messages as es } from '@/content/es/messages';
import { quizMessages as esQuiz } from '@/content/es/quiz';
import { messages as zh } from '@/content/zh/messages';
import { quizMessages as zhQuiz } from '@/content/zh/quiz';

import type { Locale, Messages } from './i18n';
import type { QuizMessages } from './quiz-messages';
import { quizData } from './quiz/data';
import { figureMessages, type QuizText } from './quiz-text';

const catalogs: Record<Locale, Messages> = { es, en, zh };

/** The UI strings of a locale. */
export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}

const quizCatalogs: Record<Locale, QuizMessages> = { es: esQuiz, en: enQuiz, zh: zhQuiz };

/** The quiz's strings in a locale. */
export function getQuizMessages(locale: Locale): QuizMessages {
  return quizCatalogs[locale];
}

/** Everything the quiz's texts are made from, in a locale. */
export function getQuizText(locale: Locale): QuizText {
  return {
    locale,
    quiz: getQuizMessages(locale),
    labels: figureMessages(getMessages(locale)),
    data: quizData(),
  };
}
