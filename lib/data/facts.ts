import { limits, type LimitId } from '@/content/facts';
import { sources } from '@/content/sources';

import { caveatOf, type Claim } from './caveat';
import { numberIn, presentCell, type Limit, type LimitCell, type LimitSource } from './fact-lookup';
import {
  accounts,
  isTopic,
  type Account,
  type CaveatKind,
  type Subject,
} from '../schema/vocabulary';

export type { LimitId };
export type { Limit, LimitCell, LimitSource, PresentLimitCell } from './fact-lookup';
export { presentCell };

const allLimits: readonly Limit[] = limits;
const byId = new Map<string, Limit>(allLimits.map((fact) => [fact.id, fact]));
const sourceById = new Map<string, LimitSource>(sources.map((source) => [source.id, source]));

/** Every fact, in reading order (topic by topic). */
export function getLimits(): readonly Limit[] {
  return allLimits;
}

/** The facts of the eight differences (the comparison table), without the practical questions. */
export function differenceLimits(): readonly Limit[] {
  return allLimits.filter((fact) => isTopic(fact.topic));
}

/** True when `id` names a fact of the data module. */
export function isLimitId(id: string): id is LimitId {
  return byId.has(id);
}

/** The fact with this id. */
export function getLimit(id: LimitId): Limit {
  return byId.get(id)!;
}

/**
 * A fact id written outside TypeScript (MDX, the changelog, FAQ answers), checked: an unknown
 * id throws, naming it, so a typo fails the build.
 */
export function limitId(id: string): LimitId {
  if (!isLimitId(id)) throw new Error(`Unknown limit id "${id}" (see content/limits.ts)`);
  return id;
}

/** The facts of one of the eight differences or practical questions, in table order. */
export function limitsByTopic(topic: Subject): Limit[] {
  return allLimits.filter((fact) => fact.topic === topic);
}

/** A numeric value that code computes with (the estimator); anything else throws. */
export function numberOf(id: LimitId, account: Account): number {
  return numberIn(id, account, allLimits);
}

/** The source with this id; throws on an unknown id. */
export function getSource(id: string): LimitSource {
  const source = sourceById.get(id);
  if (!source) throw new Error(`Unknown source id "${id}" (see content/sources.ts)`);
  return source;
}

/** The caveat of a value or an alternative value, from its confidence and its sources' tiers. */
export function claimCaveat(claim: Claim): CaveatKind {
  return caveatOf(claim, (id) => getSource(id).tier);
}

/** The caveats of the main values of these facts (a legend names the marked ones present). */
export function mainCaveats(facts: readonly Limit[]): CaveatKind[] {
  return facts.flatMap((fact) =>
    accounts.flatMap((account) => {
      const cell = presentCell(fact[account]);
      return cell === null ? [] : [claimCaveat(cell)];
    }),
  );
}

/** Source ids a cell cites, main value first, then its alternatives. */
export function cellSourceIds(cell: LimitCell): string[] {
  const present = presentCell(cell);
  if (!present) return [];
  return [...present.sources, ...(present.alternatives ?? []).flatMap((alt) => alt.sources)];
}

/** Sources documenting the old rule a seed claim described (none when it was not a rule). */
export function seedSources(fact: Limit): readonly string[] {
  const seed: { readonly sources?: readonly string[] } | undefined = fact.seed;
  return seed?.sources ?? [];
}

/** The sources cited by these facts (values, then the seed rule's history), each once. */
export function sourcesOf(facts: readonly Limit[]): LimitSource[] {
  const ids = new Set(
    facts.flatMap((fact) => [
      ...cellSourceIds(fact.wecom),
      ...cellSourceIds(fact.wechat),
      ...seedSources(fact),
    ]),
  );
  return [...ids].map(getSource);
}

/** Oldest and newest verification dates (ISO) among these facts. */
export function verificationRange(facts: readonly Limit[]): { oldest: string; newest: string } {
  const dates = facts.map((fact) => fact.verifiedAt).sort();
  const oldest = dates[0];
  const newest = dates[dates.length - 1];
  if (oldest === undefined || newest === undefined) throw new Error('No facts given');
  return { oldest, newest };
}
