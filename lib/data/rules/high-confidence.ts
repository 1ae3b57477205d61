import { valuesOf, validFacts, validSources, type DataSet } from './data-set';

/** A value rated "high" cites an official page or a verbatim copy of one. */
export function highConfidenceErrors(data: DataSet): string[] {
  const sources = validSources(data);
  const official = (id: string) => {
    const tier = sources.get(id)?.tier;
    return tier === 'official' || tier === 'official-copy';
  };
  return validFacts(data).flatMap((fact) =>
    valuesOf(fact)
      .filter(({ value }) => value.confidence === 'high' && !value.sources.some(official))
      .map(
        ({ name }) =>
          `fact "${fact.id}": ${name}: confidence "high" needs an official page or a verbatim copy`,
      ),
  );
}
