import type { z } from 'zod';

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
export function findLimitErrors(facts: readonly unknown[], sources: readonly unknown[]): string[] {
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

  const factIds = new Set<string>();
  facts.forEach((raw, index) => {
    const parsed = FactSchema.safeParse(raw);
    const name = (raw as { id?: unknown })?.id ?? `#${index}`;
    if (!parsed.success) {
      errors.push(`fact "${String(name)}": ${describeIssues(parsed.error)}`);
      return;
    }
    const fact = parsed.data;
    if (factIds.has(fact.id)) errors.push(`fact "${fact.id}": duplicate id`);
    factIds.add(fact.id);
    for (const id of referencedSources(fact)) {
      if (!sourceIds.has(id)) errors.push(`fact "${fact.id}": unknown source "${id}"`);
    }
  });

  return errors;
}

/** Throws (failing the build) when the data has any problem `findLimitErrors` reports. */
export function assertValidLimits(facts: readonly unknown[], sources: readonly unknown[]): void {
  const errors = findLimitErrors(facts, sources);
  if (errors.length > 0) {
    throw new Error(
      `Invalid limit data in content/limits.ts or content/sources.ts:\n- ${errors.join('\n- ')}`,
    );
  }
}
