import { messages as es } from '@/content/es/messages';
import { quizMessages as esQuiz } from '@/content/es/quiz';

import type { Locale, Messages } from './i18n';
import type { QuizMessages } from './quiz-messages';

const catalogs: Record<Locale, Messages> = { es };

/** The UI strings of a locale. */
export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}

const quizCatalogs: Record<Locale, QuizMessages> = { es: esQuiz };

/** The quiz's strings in a locale (kept apart from `Messages` until they are folded in). */
export function getQuizMessages(locale: Locale): QuizMessages {
  return quizCatalogs[locale];
}
