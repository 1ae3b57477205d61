import { facts, type FactId } from '@/content/facts';
import { sources } from '@/content/sources';

import { caveatOf, type SourcedValue } from './caveat';
import { numberIn, presentCell, type Fact, type FactCell, type Source } from './fact-lookup';
import {
  accounts,
  isDifference,
  type Account,
  type CaveatKind,
  type Subject,
} from '../schema/vocabulary';

export type { FactId };
export type { Fact, FactCell, Source, PresentFactCell } from './fact-lookup';
export { presentCell };

const allFacts: readonly Fact[] = facts;
const byId = new Map<string, Fact>(allFacts.map((fact) => [fact.id, fact]));
const sourceById = new Map<string, Source>(sources.map((source) => [source.id, source]));

/** Every fact, in reading order (topic by topic). */
export function getFacts(): readonly Fact[] {
  return allFacts;
}

/** The facts of the eight differences (the comparison table), without the practical questions. */
export function differenceFacts(): readonly Fact[] {
  return allFacts.filter((fact) => isDifference(fact.topic));
}

/** True when `id` names a fact of the data module. */
export function isFactId(id: string): id is FactId {
  return byId.has(id);
}

/** The fact with this id. */
export function getFact(id: FactId): Fact {
  return byId.get(id)!;
}

/**
 * A fact id written outside TypeScript (MDX, the changelog, FAQ answers), checked: an unknown
 * id throws, naming it, so a typo fails the build.
 */
export function asFactId(id: string): FactId {
  if (!isFactId(id)) throw new Error(`Unknown fact id "${id}" (see content/facts.ts)`);
  return id;
}

/** The facts of one of the eight differences or practical questions, in table order. */
export function factsAbout(topic: Subject): Fact[] {
  return allFacts.filter((fact) => fact.topic === topic);
}

/** A numeric value that code computes with (the estimator); anything else throws. */
export function numberOf(id: FactId, account: Account): number {
  return numberIn(id, account, allFacts);
}

/** The source with this id; throws on an unknown id. */
export function getSource(id: string): Source {
  const source = sourceById.get(id);
  if (!source) throw new Error(`Unknown source id "${id}" (see content/sources.ts)`);
  return source;
}

/** The caveat of a value or an alternative value, from its confidence and its sources' tiers. */
export function valueCaveat(claim: SourcedValue): CaveatKind {
  return caveatOf(claim, (id) => getSource(id).tier);
}

/** The caveats of the main values of these facts (a legend names the marked ones present). */
export function mainCaveats(facts: readonly Fact[]): CaveatKind[] {
  return facts.flatMap((fact) =>
    accounts.flatMap((account) => {
      const cell = presentCell(fact[account]);
      return cell === null ? [] : [valueCaveat(cell)];
    }),
  );
}

/** Source ids a cell cites, main value first, then its alternatives. */
export function cellSourceIds(cell: FactCell): string[] {
  const present = presentCell(cell);
  if (!present) return [];
  return [...present.sources, ...(present.alternatives ?? []).flatMap((alt) => alt.sources)];
}

/** Sources documenting the old rule a seed claim described (none when it was not a rule). */
export function seedSources(fact: Fact): readonly string[] {
  const seed: { readonly sources?: readonly string[] } | undefined = fact.seed;
  return seed?.sources ?? [];
}

/** The sources cited by these facts (values, then the seed rule's history), each once. */
export function sourcesOf(facts: readonly Fact[]): Source[] {
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
export function verificationRange(facts: readonly Fact[]): { oldest: string; newest: string } {
  const dates = facts.map((fact) => fact.verifiedAt).sort();
  const oldest = dates[0];
  const newest = dates[dates.length - 1];
  if (oldest === undefined || newest === undefined) throw new Error('No facts given');
  return { oldest, newest };
}
