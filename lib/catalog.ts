import type { CostsText } from './costs/text';
import type { FaqContent } from './faq/content';
import type { Messages } from './i18n';
import type { QuizMessages } from './quiz/messages';

/** One language's words: what `content/<lang>/index.ts` exports. */
export type Catalog = {
  messages: Messages;
  quiz: QuizMessages;
  costs: CostsText;
  faq: FaqContent;
};
