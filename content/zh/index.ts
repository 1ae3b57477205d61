import { costsText } from './costs';
import { faq } from './faq';
import { messages } from './messages';
import { quizMessages } from './quiz';

/**
 * Every word of the site in this language, besides the MDX pages beside this file; each part is
 * typed in its own file, and lib/i18n/catalogs.ts checks the whole.
 */
export const catalog = { messages, quiz: quizMessages, costs: costsText, faq };
