import { referencedSources, validFacts, validSources, type DataSet } from './data-set';

/** Every source a fact cites (values, alternatives, the seed rule's history) is listed. */
export function knownSourceErrors(data: DataSet): string[] {
  const sources = validSources(data);
  return validFacts(data).flatMap((fact) =>
    referencedSources(fact)
      .filter((id) => !sources.has(id))
      .map((id) => `fact "${fact.id}": unknown source "${id}"`),
  );
}
