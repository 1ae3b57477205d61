import type { Locale, Messages } from '@/lib/i18n';
import { limitsByTopic, type Limit } from '@/lib/limits';
import { getCatalog } from '@/lib/messages';
import { questions, type Question } from '@/lib/vocabulary';

import { answerText } from './answer';
import type { FaqContent } from './content';

/** The FAQ's words in a locale. */
export function getFaq(locale: Locale): FaqContent {
  return getCatalog(locale).faq;
}

/** The questions the FAQ page answers with a table of their own (costs has its own page). */
export const faqTableQuestions = questions.filter((question) => question !== 'costs');

/** Every row the FAQ page shows, question by question. */
export function faqPageFacts(): Limit[] {
  return faqTableQuestions.flatMap((question: Question) => limitsByTopic(question));
}

/** Each question with its answer as plain text, for the FAQPage structured data. */
export function faqEntries(locale: Locale, messages: Messages) {
  const { questions: entries } = getFaq(locale);
  return questions.map((question) => ({
    question: entries[question].question,
    answer: entries[question].answer.map((text) => answerText(text, locale, messages)).join('\n\n'),
  }));
}
