// The pages the bench measures in every language, and which budget applies to each.
import localeSettings from '../lib/i18n/locales.json' with { type: 'json' };

export const locales = Object.keys(localeSettings);

export const benchPages = locales.flatMap((locale) => [
  { locale, kind: 'home', path: `/${locale}/`, budget: 'reading' },
  { locale, kind: 'article', path: `/${locale}/groups/`, budget: 'reading' },
  { locale, kind: 'quiz', path: `/${locale}/quiz/`, budget: 'quiz' },
  { locale, kind: 'outcome', path: `/${locale}/quiz/result/wecom/`, budget: 'reading' },
  { locale, kind: 'costs', path: `/${locale}/costs/`, budget: 'costs' },
  { locale, kind: 'faq', path: `/${locale}/faq/`, budget: 'reading' },
  { locale, kind: 'sources', path: `/${locale}/sources/`, budget: 'reading' },
]);
