import { faqTopics, type FaqTopic, type Difference } from '@/lib/schema/vocabulary';

/**
 * One topic of the FAQ: the practical question as readers ask it, and its answer. The answer is two to five sentences in one to three
 * paragraphs, written with data references (see ./answer.ts) so that every claim links to its
 * row; a test checks the length, the references and that every language cites the same rows.
 */
export type FaqEntry = {
  question: string;
  answer: readonly string[];
  /** A belief a source calls false (the WeChat Security Center on bans, for example). */
  myth?: { belief: string; correction: string };
};

/** Everything the FAQ page says in one language (`content/<lang>/faq.ts`). */
export type FaqContent = {
  title: string;
  description: string;
  intro: string;
  labels: {
    contents: string;
    myth: string;
    whatSourcesSay: string;
    readMore: string;
    rows: string;
    /** The costs page's name in links ("What WeCom costs"). */
    costsPage: string;
    /** The FAQ page's name in the footer. */
    footerLink: string;
    /** Heading of the question links on the home page and under each article. */
    homeTitle: string;
    articleTitle: string;
  };
  topics: Record<FaqTopic, FaqEntry>;
};

/**
 * Where a reader of each FAQ topic goes next, and, read backwards, which topics an article
 * links to. The costs topic is answered in full on its own page.
 */
export const faqRelated: Record<FaqTopic, readonly Difference[]> = {
  costs: ['service-focus', 'contacts', 'work-tools'],
  switching: ['staff-leaving', 'contacts', 'moments'],
  adding: ['contacts', 'groups'],
  abroad: ['service-focus'],
  bans: ['contacts', 'mass-messages'],
  automation: ['mass-messages', 'work-tools'],
  privacy: ['work-tools', 'staff-leaving'],
  'both-apps': ['service-focus', 'profile-card'],
};

/** The FAQ topics an article links to, in FAQ order. */
export function faqTopicsFor(article: Difference): FaqTopic[] {
  return faqTopics.filter((topic) => faqRelated[topic].includes(article));
}
