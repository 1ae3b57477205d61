import type { FactId } from '@/content/facts';

import { caveatOf, type SourcedValue } from './caveat';
import type { FactInput, SourceInput } from '../schema/fact-schema';
import type { Account } from '../schema/vocabulary';
import type { CaveatKind } from '@/lib/schema/vocabulary';

/**
 * Reading facts from a list given by the caller, without importing the data module: what the
 * quiz's browser code uses, with the slice of facts and sources the page hands it (the whole
 * data would more than double its script). `lib/data/facts.ts` binds these to the whole data.
 */

export type { FactId };
export type Fact = FactInput & { readonly id: FactId };
export type FactCell = FactInput[Account];
export type PresentFactCell = Exclude<FactCell, { readonly absent: unknown }>;
export type Source = SourceInput;

/** The cell's value when it has one, else null (not applicable or not found). */
export function presentCell(cell: FactCell): PresentFactCell | null {
  return 'absent' in cell ? null : cell;
}

/** The fact with this id in `facts`; throws on an unknown id, so a typo fails the build. */
export function findFact(id: string, facts: readonly Fact[]): Fact {
  const fact = facts.find((candidate) => candidate.id === id);
  if (!fact) throw new Error(`Unknown fact id "${id}" (see content/facts.ts)`);
  return fact;
}

/** A numeric value that code computes with (the quiz, the estimator); anything else throws. */
export function numberIn(id: FactId, account: Account, facts: readonly Fact[]): number {
  const value = presentCell(findFact(id, facts)[account])?.value;
  if (typeof value !== 'number')
    throw new Error(`${id} (${account}) needs a number; got ${String(value)}`);
  return value;
}

/** The source with this id in `sources`; throws on an unknown id. */
export function findSource(id: string, sources: readonly Source[]): Source {
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`Unknown source id "${id}" (see content/sources.ts)`);
  return source;
}

/** The caveat of a value or an alternative value, from its confidence and its sources' tiers. */
export function caveatIn(claim: SourcedValue, sources: readonly Source[]): CaveatKind {
  return caveatOf(claim, (id) => findSource(id, sources).tier);
}
