import { catalogs } from '@/lib/i18n/catalogs';

import type { Catalog } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import type { QuizMessages } from '../schema/quiz-words';
import { quizData } from '../quiz/data';
import { figureMessages, type QuizText } from '../quiz/text';
import type { Messages } from '@/lib/i18n/messages';

/** A language's words; a language without a catalog stops the build with its name. */
export function getCatalog(locale: Locale): Catalog {
  const catalog = catalogs[locale];
  if (!catalog) {
    throw new Error(
      `No catalog for locale "${locale}": add content/${locale}/index.ts and list it in lib/i18n/catalogs.ts`,
    );
  }
  return catalog;
}

/** The UI strings of a locale. */
export function getMessages(locale: Locale): Messages {
  return getCatalog(locale).messages;
}

/** The quiz's strings in a locale. */
export function getQuizMessages(locale: Locale): QuizMessages {
  return getCatalog(locale).quiz;
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
