import { htmlLang, type Locale } from '../i18n/locales';
import { paths } from './paths';
import type { SharePage } from './share-pages';
import { absoluteUrl } from './site';
import type { Messages } from '../i18n/messages';

/** schema.org BreadcrumbList: home, then the page. */
export function breadcrumbList(page: SharePage, locale: Locale, messages: Messages) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      {
        '@type': 'ListItem',
        position: 1,
        name: messages.site.nav.overview,
        item: absoluteUrl(paths.home(locale)),
      },
      { '@type': 'ListItem', position: 2, name: page.title, item: absoluteUrl(page.path) },
    ],
  };
}

/** schema.org Article; `dateModified` is the newest verification date of its figures. */
export function articleData(
  page: SharePage,
  locale: Locale,
  messages: Messages,
  dateModified: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: page.title,
    description: page.description,
    inLanguage: htmlLang(locale),
    dateModified,
    mainEntityOfPage: absoluteUrl(page.path),
    image: absoluteUrl(paths.ogImage(locale, page.key)),
    publisher: {
      '@type': 'Organization',
      name: messages.site.name,
      url: absoluteUrl(paths.home(locale)),
    },
  };
}

/**
 * schema.org FAQPage: on the home page each difference's question answered by its article's
 * summary; on the FAQ page each practical question with its answer's text.
 */
export function faqData(entries: readonly { question: string; answer: string }[], locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: htmlLang(locale),
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}
