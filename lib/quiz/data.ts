import { differenceFacts, sourcesOf } from '../data/facts';

import type { Data } from './types';

/**
 * The slice of the data the quiz reads: the eight differences' facts and the sources they cite.
 * Server only: the quiz page passes it to the quiz's script, which never imports the data
 * module (the practical questions' rows and sources would more than double that script).
 * `findQuizDataProblems` fails the build if a question cites a fact outside it.
 */
export function quizData(): Data {
  const facts = differenceFacts();
  return { facts, sources: sourcesOf(facts) };
}
