import type { z } from 'zod';

import { changeAnchor } from './changes';
import { ChangeSchema } from '../schema/changelog-schema';
import { FactSchema, QuotesSchema, SourceSchema } from '../schema/fact-schema';
import { isPageKey } from '../schema/page-keys';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
    .join('; ');
}

type Fact = z.infer<typeof FactSchema>;
type Source = z.infer<typeof SourceSchema>;

/** The values a fact states (each cell's main value and its alternatives), with a name each. */
function claimsOf(fact: Fact) {
  return (['wecom', 'wechat'] as const).flatMap((account) => {
    const cell = fact[account];
    if ('absent' in cell) return [];
    return [
      { name: account, claim: cell },
      ...(cell.alternatives ?? []).map((alt, index) => ({
        name: `${account}.alternatives.${index}`,
        claim: alt,
      })),
    ];
  });
}

/** Every source id the fact cites: its values, alternatives and the seed rule's history. */
function referencedSources(fact: Fact): string[] {
  return [...claimsOf(fact).flatMap(({ claim }) => claim.sources), ...(fact.seed?.sources ?? [])];
}

/** Problems a fact has with the sources it cites (the schema cannot see across tables). */
function citationErrors(fact: Fact, sourceById: ReadonlyMap<string, Source>): string[] {
  const errors: string[] = [];
  for (const id of referencedSources(fact)) {
    if (!sourceById.has(id)) errors.push(`fact "${fact.id}": unknown source "${id}"`);
  }
  for (const { name, claim } of claimsOf(fact)) {
    const official = claim.sources.some((id) => {
      const tier = sourceById.get(id)?.tier;
      return tier === 'official' || tier === 'official-copy';
    });
    if (claim.confidence === 'high' && !official) {
      errors.push(
        `fact "${fact.id}": ${name}: confidence "high" needs an official page or a verbatim copy`,
      );
    }
  }
  return errors;
}

/** A quoted fact quotes every source of its values and alternatives, and only those. */
function quoteErrors(fact: Fact, quoted: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const valueSources = new Set(claimsOf(fact).flatMap(({ claim }) => claim.sources));
  for (const id of valueSources) {
    if (!(id in quoted)) errors.push(`fact "${fact.id}": quotes: no quote of "${id}"`);
  }
  for (const id of Object.keys(quoted)) {
    if (!valueSources.has(id)) errors.push(`fact "${fact.id}": quotes: "${id}" is not cited`);
  }
  return errors;
}

/**
 * Checks the figures and their sources. Returns one message per problem, each naming the
 * fact or source at fault, so a broken row is found without reading a stack trace.
 */
export function findLimitErrors(
  facts: readonly unknown[],
  sources: readonly unknown[],
  changes: readonly unknown[] = [],
  quotes: unknown = {},
): string[] {
  const errors: string[] = [];
  const sourceById = new Map<string, Source>();
  const cited = new Set<string>();

  sources.forEach((raw, index) => {
    const parsed = SourceSchema.safeParse(raw);
    const name = (raw as { id?: unknown })?.id ?? `#${index}`;
    if (!parsed.success) {
      errors.push(`source "${String(name)}": ${describeIssues(parsed.error)}`);
      return;
    }
    if (sourceById.has(parsed.data.id)) errors.push(`source "${parsed.data.id}": duplicate id`);
    sourceById.set(parsed.data.id, parsed.data);
  });

  const factsById = new Map<string, Fact>();
  facts.forEach((raw, index) => {
    const parsed = FactSchema.safeParse(raw);
    const name = (raw as { id?: unknown })?.id ?? `#${index}`;
    if (!parsed.success) {
      errors.push(`fact "${String(name)}": ${describeIssues(parsed.error)}`);
      return;
    }
    const fact = parsed.data;
    if (factsById.has(fact.id)) errors.push(`fact "${fact.id}": duplicate id`);
    factsById.set(fact.id, fact);
    errors.push(...citationErrors(fact, sourceById));
    for (const id of referencedSources(fact)) cited.add(id);
  });

  const anchors = new Map<string, string>();
  changes.forEach((raw, index) => {
    const parsed = ChangeSchema.safeParse(raw);
    const name = `change #${index + 1}`;
    if (!parsed.success) {
      errors.push(`${name}: ${describeIssues(parsed.error)}`);
      return;
    }
    const change = parsed.data;
    // The anchor is the entry's address on the changes page and its id in the feed.
    const anchor = changeAnchor(change);
    const first = anchors.get(anchor);
    if (first) errors.push(`${name}: the same entry as ${first} (${anchor})`);
    anchors.set(anchor, name);
    if (change.change === 'new-page') {
      if (!isPageKey(change.page)) errors.push(`${name}: unknown page "${change.page}"`);
      return;
    }
    const fact = factsById.get(change.fact);
    if (!fact) {
      errors.push(`${name}: unknown fact "${change.fact}"`);
    } else if (
      change.change === 'seed-correction' &&
      (!fact.seed || fact.seed.status === 'confirmed' || fact.seed.status === 'disputed')
    ) {
      // A disputed claim is not corrected: both values stand until the sources agree.
      errors.push(`${name}: fact "${change.fact}" has no corrected seed claim`);
    } else if (change.change === 'update') {
      for (const id of change.sources) {
        if (!sourceById.has(id)) errors.push(`${name}: unknown source "${id}"`);
        cited.add(id);
      }
    }
  });

  const parsedQuotes = QuotesSchema.safeParse(quotes);
  if (!parsedQuotes.success) errors.push(`quotes: ${describeIssues(parsedQuotes.error)}`);
  for (const [factId, quoted] of Object.entries(parsedQuotes.data ?? {})) {
    const fact = factsById.get(factId);
    if (!fact) errors.push(`quotes: unknown fact "${factId}"`);
    else errors.push(...quoteErrors(fact, quoted));
  }

  // A listed source that nothing cites is either a forgotten citation or dead weight.
  for (const id of sourceById.keys()) {
    if (!cited.has(id))
      errors.push(`source "${id}": cited by no fact, alternative, seed or change`);
  }

  return errors;
}

/** Throws (failing the build) when the data has any problem `findLimitErrors` reports. */
export function assertValidLimits(
  facts: readonly unknown[],
  sources: readonly unknown[],
  changes: readonly unknown[] = [],
  quotes: unknown = {},
): void {
  const errors = findLimitErrors(facts, sources, changes, quotes);
  if (errors.length > 0) {
    throw new Error(
      `Invalid data in content/facts.ts, sources.ts, changelog.ts or quotes.ts:\n- ${errors.join('\n- ')}`,
    );
  }
}
