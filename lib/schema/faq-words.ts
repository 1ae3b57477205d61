import type { FaqTopic } from './vocabulary';

// The shape of the FAQ's words (`content/<lang>/faq.ts`): the content may import it, never the
// FAQ's logic.

/**
 * One topic of the FAQ: the practical question as readers ask it, and its answer. The answer is two to five sentences in one to three
 * paragraphs, written with data references (see lib/faq/answer.ts) so that every claim links to its
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
