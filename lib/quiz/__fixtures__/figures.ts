import type { Fact, FactCell, FactId } from '../../data/fact-lookup';
import type { Value } from '../../schema/fact-schema';
import type { Account } from '../../schema/vocabulary';
import { quizData } from '../data';
import type { Data } from '../types';

/** The quiz's data with one account's cell of one fact replaced (a test's changed figure). */
export function withCell(id: FactId, account: Account, cell: FactCell, data = quizData()): Data {
  return {
    ...data,
    facts: data.facts.map((fact) =>
      fact.id === id ? ({ ...fact, [account]: cell } as Fact) : fact,
    ),
  };
}

/** The quiz's data with one account's value of one fact replaced, its sources kept. */
export function withFigure(id: FactId, account: Account, value: Value, data = quizData()): Data {
  const fact = data.facts.find((candidate) => candidate.id === id);
  if (!fact) throw new Error(`No fact ${id} in the quiz's data`);
  return withCell(id, account, { ...fact[account], value } as FactCell, data);
}
