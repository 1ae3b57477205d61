import type { FactId } from '@/content/facts';

import { loadArticle } from './articles';
import type { Locale } from '../i18n/locales';
import { homeKeyFacts, keyFacts, practicalKeyFacts } from '../data/key-facts';
import { getFaq } from '../faq/page';
import { getMessages, getQuizMessages } from './messages';
import { pageKeys } from '../schema/page-keys';
import { paths } from './paths';
import { outcomes } from '../quiz';
import { outcomeFacts } from '../quiz/guide';
import { differences } from '../schema/vocabulary';

/** A page that people share: what its preview image, poster and sitemap entry need. */
export type SharePage = {
  /** Image file stem under /og/<locale>/ ("home", "contacts"…); stable. */
  key: string;
  path: string;
  title: string;
  description: string;
  facts: readonly FactId[];
  /** Articles and quiz outcomes also get a portrait poster for WeChat. */
  poster: boolean;
};

// Building the list reads every MDX page's metadata; each image and page asks for one entry.
const cache = new Map<Locale, Promise<SharePage[]>>();

/** Every page of a locale, in site order. Reads article metadata, so it runs at build time. */
export function sharePages(locale: Locale): Promise<SharePage[]> {
  let pages = cache.get(locale);
  if (!pages) {
    pages = listSharePages(locale);
    cache.set(locale, pages);
  }
  return pages;
}

async function listSharePages(locale: Locale): Promise<SharePage[]> {
  const messages = getMessages(locale);
  const quiz = getQuizMessages(locale);
  const articles = await Promise.all(
    differences.map(async (topic): Promise<SharePage> => {
      const { metadata } = await loadArticle(locale, topic);
      return {
        key: topic,
        path: paths.page(locale, topic),
        title: metadata.title,
        description: metadata.description,
        facts: keyFacts[topic],
        poster: true,
      };
    }),
  );
  const sources = (await loadArticle(locale, 'sources')).metadata;
  const costs = (await loadArticle(locale, 'costs')).metadata;
  const faq = getFaq(locale);
  // Pages of text without figures of their own: their image shows the description.
  const textPage = (
    key: string,
    { title, description }: { title: string; description: string },
  ) => ({
    key,
    path: paths.page(locale, key),
    title,
    description,
    facts: [],
    poster: false,
  });
  const pages: SharePage[] = [
    {
      key: 'home',
      path: paths.home(locale),
      title: messages.home.title,
      description: messages.home.description,
      facts: homeKeyFacts,
      poster: false,
    },
    {
      key: 'comparison',
      path: paths.page(locale, 'comparison'),
      title: messages.home.tableTitle,
      description: messages.home.tableDescription,
      facts: homeKeyFacts,
      poster: false,
    },
    ...articles,
    {
      key: 'costs',
      path: paths.costs(locale),
      title: costs.title,
      description: costs.description,
      facts: practicalKeyFacts.costs,
      poster: true,
    },
    {
      key: 'faq',
      path: paths.faq(locale),
      title: faq.title,
      description: faq.description,
      facts: practicalKeyFacts.faq,
      poster: true,
    },
    textPage('sources', sources),
    textPage('glossary', messages.glossary),
    textPage('open-data', messages.openData),
    textPage('changes', messages.changes),
    textPage('report', messages.report),
    textPage('share', messages.factShare),
    {
      key: 'quiz',
      path: paths.quiz(locale),
      title: quiz.page.title,
      description: quiz.page.description,
      facts: homeKeyFacts,
      poster: false,
    },
    {
      key: 'quiz-guide',
      path: paths.quizGuide(locale),
      title: quiz.guide.title,
      description: quiz.guide.description,
      facts: [],
      poster: false,
    },
    ...outcomes.map((outcome): SharePage => ({
      key: `result-${outcome}`,
      path: paths.quizResult(locale, outcome),
      title: quiz.outcomes[outcome].title,
      description: quiz.outcomes[outcome].description,
      facts: outcomeFacts(outcome).slice(0, 3),
      poster: true,
    })),
  ];
  const keys = pages.map((page) => page.key).join(', ');
  if (keys !== pageKeys.join(', ')) {
    throw new Error(
      `Share pages (${keys}) are not those of lib/schema/page-keys.ts (${pageKeys.join(', ')})`,
    );
  }
  return pages;
}

/** The share page with this key; throws when there is none, failing the build. */
export async function getSharePage(locale: Locale, key: string): Promise<SharePage> {
  const page = (await sharePages(locale)).find((candidate) => candidate.key === key);
  if (!page) throw new Error(`No share page "${key}" in ${locale}`);
  return page;
}
