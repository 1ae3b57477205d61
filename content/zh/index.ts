import type { Catalog } from '@/lib/site/catalog';

import { costsText } from './costs';
import { faq } from './faq';
import { messages } from './messages';
import { quizMessages } from './quiz';

/** Every word of the site in this language, besides the MDX pages beside this file. */
export const catalog: Catalog = { messages, quiz: quizMessages, costs: costsText, faq };
