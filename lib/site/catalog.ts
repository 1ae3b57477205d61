import type { CostsText } from '../costs/text';
import type { FaqContent } from '../faq/content';
import type { QuizMessages } from '../schema/quiz-words';
import type { Messages } from '../i18n/messages';

/** One language's words: what `content/<lang>/index.ts` exports. */
export type Catalog = {
  messages: Messages;
  quiz: QuizMessages;
  costs: CostsText;
  faq: FaqContent;
};
