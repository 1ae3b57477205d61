import type { FaqContent } from '@/lib/schema/faq-words';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import { proseFigure } from '@/lib/view/prose-figure';
import { valueCaveat, getFact, factsAbout, presentCell, type Fact } from '@/lib/data/facts';
import { getCatalog } from '@/lib/site/messages';
import { faqTopics, type FaqTopic } from '@/lib/schema/vocabulary';

import { answerTextWithCaveats, parseAnswer } from './answer';

/** The FAQ's words in a locale. */
export function getFaq(locale: Locale): FaqContent {
  return getCatalog(locale).faq;
}

/** The topics the FAQ page answers with a table of their own (costs has its own page). */
export const faqTableTopics = faqTopics.filter((topic) => topic !== 'costs');

/** Every row the FAQ page shows, topic by topic. */
export function faqPageFacts(): Fact[] {
  return faqTableTopics.flatMap((topic: FaqTopic) => factsAbout(topic));
}

/**
 * Each topic's question with its answer as plain text, caveats in words, for the FAQPage
 * structured data (schema.org's Question and Answer).
 */
export function faqEntries(locale: Locale, messages: Messages) {
  const { topics: entries } = getFaq(locale);
  return faqTopics.map((topic) => ({
    question: entries[topic].question,
    answer: entries[topic].answer
      .map((text) => answerTextWithCaveats(text, locale, messages))
      .join('\n\n'),
  }));
}

/** The caveats of the figures and claims the answers show (the page's legend names them). */
export function faqCaveats(locale: Locale, messages: Messages): CaveatKind[] {
  const { topics: entries } = getFaq(locale);
  return faqTopics.flatMap((topic) =>
    entries[topic].answer.flatMap((text) =>
      parseAnswer(text).flatMap((segment): CaveatKind[] => {
        if (segment.kind === 'text') return [];
        if (segment.kind === 'figure')
          return [
            proseFigure(segment.id, segment.account, segment.alternative, locale, messages).caveat,
          ];
        const cell = presentCell(getFact(segment.id)[segment.account]);
        return cell ? [valueCaveat(cell)] : [];
      }),
    ),
  );
}
