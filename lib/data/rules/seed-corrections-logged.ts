import { validChanges, validFacts, type DataSet } from './data-set';

/**
 * A corrected or unverified seed claim has its `seed-correction` entry, so the changes page and
 * the feeds say the seed article was wrong. A disputed claim is not corrected.
 */
export function seedCorrectionsLoggedErrors(data: DataSet): string[] {
  const logged = new Set(
    validChanges(data).flatMap(({ change }) =>
      change.change === 'seed-correction' ? [change.fact] : [],
    ),
  );
  return validFacts(data)
    .filter((fact) => fact.seed && !['confirmed', 'disputed'].includes(fact.seed.status))
    .filter((fact) => !logged.has(fact.id))
    .map((fact) => `fact "${fact.id}": seed ${fact.seed!.status}, but no "seed-correction" entry`);
}
