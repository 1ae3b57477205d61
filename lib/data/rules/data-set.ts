import type { z } from 'zod';

import { ChangeSchema, type Change } from '../../schema/changelog-schema';
import { FactSchema, SourceSchema } from '../../schema/fact-schema';

/** A fact and a source as the schema parses them (defaults filled in). */
export type ParsedFact = z.infer<typeof FactSchema>;
export type ParsedSource = z.infer<typeof SourceSchema>;

/**
 * Everything the data rules read, as authored (unparsed: a rule must be able to name a row the
 * schema rejects). `pageKeys` are the pages a `new-page` change may name; `sourceTitles` each
 * language's translated source titles, by source id.
 */
export type DataSet = {
  readonly facts: readonly unknown[];
  readonly sources: readonly unknown[];
  readonly changes: readonly unknown[];
  readonly quotes: unknown;
  readonly pageKeys: readonly string[];
  readonly sourceTitles: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
};

/** One check of the data: every problem it finds, each naming the entry at fault. */
export type DataRule = (data: DataSet) => string[];

/** A schema's complaints about one entry, as `path: message` pairs. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
    .join('; ');
}

/** The name of a row in messages: its id, or its position when it has none. */
export function rowName(raw: unknown, index: number): string {
  return String((raw as { id?: unknown } | null)?.id ?? `#${index}`);
}

/**
 * Rows a schema rejects, and rows whose id an earlier row has: one message each, naming the row
 * (`fact "groups.example": …`).
 */
export function rowErrors(
  kind: 'fact' | 'source',
  rows: readonly unknown[],
  schema: z.ZodType<{ id: string }>,
): string[] {
  const seen = new Set<string>();
  return rows.flatMap((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return [`${kind} "${rowName(raw, index)}": ${describeIssues(parsed.error)}`];
    const { id } = parsed.data;
    const duplicate = seen.has(id);
    seen.add(id);
    return duplicate ? [`${kind} "${id}": duplicate id`] : [];
  });
}

/** The facts the schema accepts (the others are `fact-rows`' to report). */
export function validFacts(data: DataSet): ParsedFact[] {
  return data.facts.flatMap((raw) => {
    const parsed = FactSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The sources the schema accepts, by id (the others are `source-rows`' to report). */
export function validSources(data: DataSet): ReadonlyMap<string, ParsedSource> {
  const byId = new Map<string, ParsedSource>();
  for (const raw of data.sources) {
    const parsed = SourceSchema.safeParse(raw);
    if (parsed.success) byId.set(parsed.data.id, parsed.data);
  }
  return byId;
}

/** The changelog entries the schema accepts, each with its name in messages ("change #3"). */
export function validChanges(data: DataSet): { name: string; change: Change }[] {
  return data.changes.flatMap((raw, index) => {
    const parsed = ChangeSchema.safeParse(raw);
    return parsed.success ? [{ name: changeName(index), change: parsed.data }] : [];
  });
}

/** A changelog entry's name in messages: its position, counted from 1. */
export function changeName(index: number): string {
  return `change #${index + 1}`;
}

/** The values a fact states (each cell's main value and its alternatives), with a name each. */
export function valuesOf(fact: ParsedFact) {
  return (['wecom', 'wechat'] as const).flatMap((account) => {
    const cell = fact[account];
    if ('absent' in cell) return [];
    return [
      { name: account, value: cell },
      ...(cell.alternatives ?? []).map((alt, index) => ({
        name: `${account}.alternatives.${index}`,
        value: alt,
      })),
    ];
  });
}

/** Every source id the fact cites: its values, alternatives and the seed rule's history. */
export function referencedSources(fact: ParsedFact): string[] {
  return [...valuesOf(fact).flatMap(({ value }) => value.sources), ...(fact.seed?.sources ?? [])];
}
