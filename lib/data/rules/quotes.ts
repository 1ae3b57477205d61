import { QuotesSchema } from '../../schema/fact-schema';
import { valuesOf, describeIssues, validFacts, type DataSet } from './data-set';

/**
 * The quotes match the schema, belong to a fact, and a quoted fact quotes every source of its
 * values and alternatives, and only those.
 */
export function quoteErrors(data: DataSet): string[] {
  const parsed = QuotesSchema.safeParse(data.quotes);
  if (!parsed.success) return [`quotes: ${describeIssues(parsed.error)}`];
  const facts = new Map(validFacts(data).map((fact) => [fact.id, fact]));
  return Object.entries(parsed.data).flatMap(([factId, quoted]) => {
    const fact = facts.get(factId);
    if (!fact) return [`quotes: unknown fact "${factId}"`];
    const cited = new Set(valuesOf(fact).flatMap(({ value }) => value.sources));
    return [
      ...[...cited]
        .filter((id) => !(id in quoted))
        .map((id) => `fact "${factId}": quotes: no quote of "${id}"`),
      ...Object.keys(quoted)
        .filter((id) => !cited.has(id))
        .map((id) => `fact "${factId}": quotes: "${id}" is not cited`),
    ];
  });
}
