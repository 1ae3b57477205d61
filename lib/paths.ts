import { isLocale, type Locale } from './i18n';
import { questions, type Subject } from './vocabulary';

/**
 * The page that holds a subject's table: each difference has its article, costs its own page,
 * and the other practical questions share the FAQ page (each under its own anchor).
 */
function subjectSlug(subject: Subject): string {
  return subject === 'costs' || !(questions as readonly string[]).includes(subject)
    ? subject
    : 'faq';
}

/** Site-internal URLs, always with the trailing slash the static export uses. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  page: (locale: Locale, slug: string) => `/${locale}/${slug}/`,
  /** Where a subject is answered (for a practical question on the FAQ page, its anchor). */
  subject: (locale: Locale, subject: Subject) =>
    subjectSlug(subject) === 'faq' ? `/${locale}/faq/#${subject}` : `/${locale}/${subject}/`,
  row: (locale: Locale, subject: Subject, factId: string) =>
    `/${locale}/${subjectSlug(subject)}/#${factId}`,
  costs: (locale: Locale) => `/${locale}/costs/`,
  faq: (locale: Locale, question = '') => `/${locale}/faq/${question && `#${question}`}`,
  /** 1200×630 preview image of a share page. */
  ogImage: (locale: Locale, key: string) => `/og/${locale}/${key}.png`,
  /** 1080×1440 portrait poster with a QR code, for WeChat. */
  poster: (locale: Locale, key: string) => `/og/${locale}/${key}.poster.png`,
  quiz: (locale: Locale, fragment = '') => `/${locale}/quiz/${fragment && `#${fragment}`}`,
  /** The quiz as a reading page: every question, every answer and where it points. */
  quizGuide: (locale: Locale) => `/${locale}/quiz/guide/`,
  /** One static page per outcome; the slug is the same in every locale. */
  quizResult: (locale: Locale, outcome: string, fragment = '') =>
    `/${locale}/quiz/result/${outcome}/${fragment && `#${fragment}`}`,
};

/** The same page in another locale (every locale uses the same slugs). */
export function localePath(path: string, locale: Locale): string {
  const [, first = '', ...rest] = path.split('/');
  return isLocale(first) ? ['', locale, ...rest].join('/') : path;
}
