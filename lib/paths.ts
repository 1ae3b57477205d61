import type { Locale } from './i18n';

/** Site-internal URLs, always with the trailing slash the static export uses. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  page: (locale: Locale, slug: string) => `/${locale}/${slug}/`,
  row: (locale: Locale, topic: string, factId: string) => `/${locale}/${topic}/#${factId}`,
  quiz: (locale: Locale, fragment = '') => `/${locale}/quiz/${fragment && `#${fragment}`}`,
  /** One static page per outcome; the slug is the same in every locale. */
  quizResult: (locale: Locale, outcome: string, fragment = '') =>
    `/${locale}/quiz/result/${outcome}/${fragment && `#${fragment}`}`,
};
