import { loadTopicMetadata } from './articles';
import { getFaq } from './faq/page';
import type { Locale } from './i18n';
import { limitsByTopic, type Limit } from './limits';
import { isTopic, subjects, type Subject } from './vocabulary';

/** The facts of one subject (a difference or a practical question), under its title. */
export type SubjectFacts = { subject: Subject; title: string; facts: readonly Limit[] };

/** Every fact under its subject, in the site's order; subjects without facts are left out. */
export function factsBySubject(titleOf: (subject: Subject) => string): SubjectFacts[] {
  return subjects
    .map((subject) => ({ subject, title: titleOf(subject), facts: limitsByTopic(subject) }))
    .filter((group) => group.facts.length > 0);
}

/** A subject's title in a language: its article's, or its question on the FAQ page. */
export async function subjectTitles(locale: Locale): Promise<(subject: Subject) => string> {
  const articles = await loadTopicMetadata(locale);
  const faq = getFaq(locale);
  return (subject) =>
    isTopic(subject) ? articles[subject].title : faq.questions[subject].question;
}
