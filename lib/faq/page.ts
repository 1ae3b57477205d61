import type { Locale } from '@/lib/i18n/locales';
import { valueCaveat, getFact, factsAbout, presentCell, type Fact } from '@/lib/data/facts';
import { getCatalog } from '@/lib/site/messages';
import { topics as questions, type Topic as Question } from '@/lib/schema/vocabulary';

import { answerTextWithCaveats, parseAnswer } from './answer';
import type { FaqContent } from './content';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';
import { proseFigure } from '@/lib/view/prose-figure';

/** The FAQ's words in a locale. */
export function getFaq(locale: Locale): FaqContent {
  return getCatalog(locale).faq;
}

/** The questions the FAQ page answers with a table of their own (costs has its own page). */
export const faqTableQuestions = questions.filter((question) => question !== 'costs');

/** Every row the FAQ page shows, question by question. */
export function faqPageFacts(): Fact[] {
  return faqTableQuestions.flatMap((question: Question) => factsAbout(question));
}

/** Each question with its answer as plain text, caveats in words, for the FAQPage structured data. */
export function faqEntries(locale: Locale, messages: Messages) {
  const { questions: entries } = getFaq(locale);
  return questions.map((question) => ({
    question: entries[question].question,
    answer: entries[question].answer
      .map((text) => answerTextWithCaveats(text, locale, messages))
      .join('\n\n'),
  }));
}

/** The caveats of the figures and claims the answers show (the page's legend names them). */
export function faqCaveats(locale: Locale, messages: Messages): CaveatKind[] {
  const { questions: entries } = getFaq(locale);
  return questions.flatMap((question) =>
    entries[question].answer.flatMap((text) =>
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
