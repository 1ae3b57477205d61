import { factsAbout, type Fact } from '../data/facts';
import { subjects, type Subject } from '../schema/vocabulary';

/** The facts of one subject (a difference or a practical question), under its title. */
export type SubjectFacts = { subject: Subject; title: string; facts: readonly Fact[] };

/** Every fact under its subject, in the site's order (every subject has facts: a test says so). */
export function factsBySubject(titleOf: (subject: Subject) => string): SubjectFacts[] {
  return subjects.map((subject) => ({
    subject,
    title: titleOf(subject),
    facts: factsAbout(subject),
  }));
}
