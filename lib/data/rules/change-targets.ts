import type { Change } from '../../schema/changelog-schema';
import {
  validChanges,
  validFacts,
  validSources,
  type DataSet,
  type ParsedFact,
  type ParsedSource,
} from './data-set';

/**
 * What a changelog entry names exists: a new page's key, a changed fact, the sources of an
 * update; and a seed correction corrects a seed claim the fact has.
 */
export function changeTargetErrors(data: DataSet): string[] {
  const facts = new Map(validFacts(data).map((fact) => [fact.id, fact]));
  const sources = validSources(data);
  return validChanges(data).flatMap(({ name, change }) =>
    targetErrors(change, facts, sources, data.pageKeys).map((error) => `${name}: ${error}`),
  );
}

function targetErrors(
  change: Change,
  facts: ReadonlyMap<string, ParsedFact>,
  sources: ReadonlyMap<string, ParsedSource>,
  pageKeys: readonly string[],
): string[] {
  if (change.change === 'new-page') {
    return pageKeys.includes(change.page) ? [] : [`unknown page "${change.page}"`];
  }
  const fact = facts.get(change.fact);
  if (!fact) return [`unknown fact "${change.fact}"`];
  if (change.change === 'seed-correction') {
    // A disputed claim is not corrected: both values stand until the sources agree.
    const corrected = fact.seed && !['confirmed', 'disputed'].includes(fact.seed.status);
    return corrected ? [] : [`fact "${change.fact}" has no corrected seed claim`];
  }
  return change.sources.filter((id) => !sources.has(id)).map((id) => `unknown source "${id}"`);
}
