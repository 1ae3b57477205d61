import type { z } from 'zod';

import { ChangeSchema } from './changelog-schema';
import { FactSchema, SourceSchema } from './limit-schema';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
    .join('; ');
}

function referencedSources(fact: z.infer<typeof FactSchema>): string[] {
  return [fact.wecom, fact.wechat].flatMap((cell) =>
    'absent' in cell
      ? []
      : [...cell.sources, ...(cell.alternatives ?? []).flatMap((alt) => alt.sources)],
  );
}

/**
 * Checks the figures and their sources. Returns one message per problem, each naming the
 * fact or source at fault, so a broken row is found without reading a stack trace.
 */
export function findLimitErrors(
  facts: readonly unknown[],
  sources: readonly unknown[],
  changes: readonly unknown[] = [],
): string[] {
  const errors: string[] = [];
  const sourceIds = new Set<string>();

  sources.forEach((raw, index) => {
    const parsed = SourceSchema.safeParse(raw);
    const name = (raw as { id?: unknown })?.id ?? `#${index}`;
    if (!parsed.success) {
      errors.push(`source "${String(name)}": ${describeIssues(parsed.error)}`);
      return;
    }
    if (sourceIds.has(parsed.data.id)) errors.push(`source "${parsed.data.id}": duplicate id`);
    sourceIds.add(parsed.data.id);
  });

  const factsById = new Map<string, z.infer<typeof FactSchema>>();
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
    for (const id of referencedSources(fact)) {
      if (!sourceIds.has(id)) errors.push(`fact "${fact.id}": unknown source "${id}"`);
    }
  });

  changes.forEach((raw, index) => {
    const parsed = ChangeSchema.safeParse(raw);
    const name = `change #${index + 1}`;
    if (!parsed.success) {
      errors.push(`${name}: ${describeIssues(parsed.error)}`);
      return;
    }
    const change = parsed.data;
    const fact = factsById.get(change.fact);
    if (!fact) {
      errors.push(`${name}: unknown fact "${change.fact}"`);
    } else if (
      change.change === 'seed-correction' &&
      (!fact.seed || fact.seed.status === 'confirmed')
    ) {
      errors.push(`${name}: fact "${change.fact}" has no corrected seed claim`);
    } else if (change.change === 'update') {
      for (const id of change.sources) {
        if (!sourceIds.has(id)) errors.push(`${name}: unknown source "${id}"`);
      }
    }
  });

  return errors;
}

/** Throws (failing the build) when the data has any problem `findLimitErrors` reports. */
export function assertValidLimits(
  facts: readonly unknown[],
  sources: readonly unknown[],
  changes: readonly unknown[] = [],
): void {
  const errors = findLimitErrors(facts, sources, changes);
  if (errors.length > 0) {
    throw new Error(
      `Invalid data in content/limits.ts, content/sources.ts or content/changelog.ts:\n- ${errors.join('\n- ')}`,
    );
  }
}
