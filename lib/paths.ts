import type { Locale } from './i18n';

/** Site-internal URLs, always with the trailing slash the static export uses. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  page: (locale: Locale, slug: string) => `/${locale}/${slug}/`,
  row: (locale: Locale, topic: string, factId: string) => `/${locale}/${topic}/#${factId}`,
};
