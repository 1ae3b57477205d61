import {
  referencedSources,
  validChanges,
  validFacts,
  validSources,
  type DataSet,
} from './data-set';

/** Every listed source is cited: one that nothing cites is a forgotten citation or dead weight. */
export function uncitedSourceErrors(data: DataSet): string[] {
  const cited = new Set([
    ...validFacts(data).flatMap(referencedSources),
    ...validChanges(data).flatMap(({ change }) =>
      change.change === 'update' ? change.sources : [],
    ),
  ]);
  return [...validSources(data).keys()]
    .filter((id) => !cited.has(id))
    .map((id) => `source "${id}": cited by no fact, alternative, seed or change`);
}
