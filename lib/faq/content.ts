import {
  topics as questions,
  type Difference as Topic,
  type Topic as Question,
} from '@/lib/schema/vocabulary';

/**
 * One practical question and its answer. The answer is two to five sentences in one to three
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
  questions: Record<Question, FaqEntry>;
};

/**
 * Where a reader of each question goes next, and, read backwards, which questions an article
 * links to. The costs question is answered in full on its own page.
 */
export const faqRelated: Record<Question, readonly Topic[]> = {
  costs: ['service-focus', 'contacts', 'work-tools'],
  switching: ['staff-leaving', 'contacts', 'moments'],
  adding: ['contacts', 'groups'],
  abroad: ['service-focus'],
  bans: ['contacts', 'mass-messages'],
  automation: ['mass-messages', 'work-tools'],
  privacy: ['work-tools', 'staff-leaving'],
  'both-apps': ['service-focus', 'profile-card'],
};

/** The practical questions an article links to, in FAQ order. */
export function questionsFor(topic: Topic): Question[] {
  return questions.filter((question) => faqRelated[question].includes(topic));
}
