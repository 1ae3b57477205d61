import { describe, expect, it } from 'vitest';

import { getMessages } from './messages';
import type { SharePage } from './share-pages';
import { siteUrl } from './site';
import { articleData, breadcrumbList, faqData } from './structured-data';

const page: SharePage = {
  key: 'groups',
  path: '/en/groups/',
  title: 'Groups',
  description: 'How many people a group holds.',
  facts: [],
  poster: true,
};
const messages = getMessages('en');

describe('structured data', () => {
  it('lists the home page, then the page, with absolute URLs', () => {
    expect(breadcrumbList(page, 'en', messages)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          name: messages.site.nav.overview,
          item: `${siteUrl}/en/`,
        },
        { '@type': 'ListItem', position: 2, name: 'Groups', item: `${siteUrl}/en/groups/` },
      ],
    });
  });

  it('describes an article with its language, date, image and publisher', () => {
    expect(articleData(page, 'zh', getMessages('zh'), '2026-11-24')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Groups',
      description: 'How many people a group holds.',
      inLanguage: 'zh-CN',
      dateModified: '2026-11-24',
      mainEntityOfPage: `${siteUrl}/en/groups/`,
      image: `${siteUrl}/og/zh/groups.png`,
      publisher: {
        '@type': 'Organization',
        name: getMessages('zh').site.name,
        url: `${siteUrl}/zh/`,
      },
    });
  });

  it('turns questions and answers into a FAQPage', () => {
    expect(faqData([{ question: 'Q?', answer: 'A.' }], 'es')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'es',
      mainEntity: [
        { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
      ],
    });
  });
});
