import type { CostsText } from '../schema/costs-words';
import type { FaqContent } from '../schema/faq-words';
import type { QuizMessages } from '../schema/quiz-words';
import type { Messages } from './messages';

/** One language's words: what `content/<lang>/index.ts` exports. */
export type Catalog = {
  messages: Messages;
  quiz: QuizMessages;
  costs: CostsText;
  faq: FaqContent;
};
