import type { LimitId } from '@/content/facts';

import { caveatOf, type Claim } from './caveat';
import type { FactInput, SourceInput } from '../schema/fact-schema';
import type { Account } from '../schema/vocabulary';
import type { CaveatKind } from '@/lib/schema/vocabulary';

/**
 * Reading facts from a list given by the caller, without importing the data module: what the
 * quiz's browser code uses, with the slice of facts and sources the page hands it (the whole
 * data would more than double its script). `lib/limits.ts` binds these to the whole data.
 */

export type { LimitId };
export type Limit = FactInput & { readonly id: LimitId };
export type LimitCell = FactInput[Account];
export type PresentLimitCell = Exclude<LimitCell, { readonly absent: unknown }>;
export type LimitSource = SourceInput;

/** The cell's value when it has one, else null (not applicable or not found). */
export function presentCell(cell: LimitCell): PresentLimitCell | null {
  return 'absent' in cell ? null : cell;
}

/** The fact with this id in `facts`; throws on an unknown id, so a typo fails the build. */
export function findLimit(id: string, facts: readonly Limit[]): Limit {
  const fact = facts.find((candidate) => candidate.id === id);
  if (!fact) throw new Error(`Unknown limit id "${id}" (see content/limits.ts)`);
  return fact;
}

/** A numeric value that code computes with (the quiz, the estimator); anything else throws. */
export function numberIn(id: LimitId, account: Account, facts: readonly Limit[]): number {
  const value = presentCell(findLimit(id, facts)[account])?.value;
  if (typeof value !== 'number')
    throw new Error(`${id} (${account}) needs a number; got ${String(value)}`);
  return value;
}

/** The source with this id in `sources`; throws on an unknown id. */
export function findSource(id: string, sources: readonly LimitSource[]): LimitSource {
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`Unknown source id "${id}" (see content/sources.ts)`);
  return source;
}

/** The caveat of a value or an alternative value, from its confidence and its sources' tiers. */
export function caveatIn(claim: Claim, sources: readonly LimitSource[]): CaveatKind {
  return caveatOf(claim, (id) => findSource(id, sources).tier);
}
