import { z } from 'zod';

import { facts as factRows } from '@/content/facts';
import { sources } from '@/content/sources';

import type { SourcedValue } from '../data/caveat';
import { valueChangeKinds } from '../schema/changelog-schema';
import { dataVersion, publishedChangelog } from '../data/changes';
import { isoDate, publishedFactSchema, SourceSchema, ValueSchema } from '../schema/fact-schema';
import { valueCaveat, getFacts, getSource, presentCell } from '../data/facts';
import { pageKeys } from '../schema/page-keys';
import { factQuotes } from '../data/quotes';
import { accounts, units } from '../schema/vocabulary';
import type { CaveatKind } from '@/lib/schema/vocabulary';

/** The ids of a non-empty list of rows, as `z.enum` takes them. */
function ids(rows: readonly { id: string }[]): [string, ...string[]] {
  const [first, ...rest] = rows.map((row) => row.id);
  if (first === undefined) throw new Error('open data: no rows to take ids from');
  return [first, ...rest];
}

/**
 * The shape of /data/limits.json; its JSON Schema is published at /data/limits.schema.json.
 * It is built from this version's data: a citation must name a listed source, and a fact or a
 * change must name a listed fact.
 */
export function openDataSchema() {
  const sourceId = z.enum(ids(sources));
  const factId = z.enum(ids(factRows));
  const PublishedValueChangeSchema = z
    .object({
      date: isoDate.describe('When the change was made.'),
      fact: factId.describe('Id of the fact that changed.'),
      account: z.enum(accounts).describe('Which side of the fact changed.'),
      change: z
        .enum(valueChangeKinds)
        .describe('A corrected seed-article claim, or our own update.'),
      from: z
        .array(ValueSchema)
        .describe('The value(s) before the change; empty when there was none.'),
      fromUnit: z.enum(units).nullable().describe('What the old value(s) counted.'),
      to: ValueSchema.nullable().describe('The value after the change; null when there is none.'),
      toUnit: z.enum(units).nullable().describe('What the new value counts.'),
      sources: z.array(sourceId).describe('Ids of the sources behind the change.'),
    })
    .strict();
  const PublishedPageChangeSchema = z
    .object({
      date: isoDate.describe('When the page went up, in every language.'),
      change: z.literal('new-page').describe('A page that was added to the site.'),
      page: z
        .enum(pageKeys)
        .describe(
          'Key of the page, the same in every language (its image: /og/<lang>/<page>.png).',
        ),
    })
    .strict();
  return z
    .object({
      version: isoDate.describe('Data version: the newest verification or figure change date.'),
      generated: z.iso.datetime().describe('When this file was built (ISO 8601, UTC).'),
      license: z.literal('CC-BY-4.0').describe('Licence of the data.'),
      facts: z
        .array(publishedFactSchema(ids(sources)).and(z.object({ id: factId })))
        .refine(unique, 'fact ids must be unique')
        .describe('Every figure: WeCom and personal WeChat side by side.'),
      sources: z
        .array(SourceSchema.and(z.object({ id: sourceId })))
        .refine(unique, 'source ids must be unique')
        .describe('Every source the facts cite.'),
      changelog: z
        .array(z.union([PublishedValueChangeSchema, PublishedPageChangeSchema]))
        .describe('How figures changed, and when pages were added, oldest first.'),
    })
    .strict()
    .describe(
      'WeCom vs personal WeChat: limits and facts with sources (https://creativecommons.org/licenses/by/4.0/)',
    );
}

function unique(rows: readonly { id: string }[]): boolean {
  return new Set(rows.map((row) => row.id)).size === rows.length;
}

export type OpenData = z.infer<ReturnType<typeof openDataSchema>>;

/** A value or alternative with its caveat, as published. */
function withCaveat<T extends SourcedValue>(claim: T): T & { caveat: CaveatKind } {
  return { ...claim, caveat: valueCaveat(claim) };
}

/** The facts as published: each value and alternative value with its derived caveat. */
function publishedFacts() {
  return getFacts().map((fact) => {
    const cells = accounts.map((account) => {
      const cell = presentCell(fact[account]);
      if (!cell) return [account, fact[account]] as const;
      const alternatives = cell.alternatives && { alternatives: cell.alternatives.map(withCaveat) };
      return [account, { ...withCaveat(cell), ...alternatives }] as const;
    });
    const quotes = factQuotes(fact.id);
    return { ...fact, ...Object.fromEntries(cells), ...(quotes && { quotes }) };
  });
}

/**
 * The whole data module as published at /data/limits.json, checked against its own schema:
 * a build that would publish a file its schema rejects fails, naming the bad entry.
 */
export function openData(generated: string): OpenData {
  return openDataSchema().parse({
    version: dataVersion(),
    generated,
    license: 'CC-BY-4.0',
    facts: publishedFacts(),
    sources,
    changelog: publishedChangelog(),
  });
}

/**
 * JSON Schema (draft 2020-12) of /data/limits.json, derived from the same zod schemas. JSON
 * Schema cannot say "ids are unique" for objects, so each known id may appear at most once.
 */
export function openDataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataSchema(), { target: 'draft-2020-12' }) as {
    properties: Record<string, Record<string, unknown>>;
  };
  const atMostOnce = (rows: readonly { id: string }[]) =>
    rows.map((row) => ({
      contains: { type: 'object', properties: { id: { const: row.id } }, required: ['id'] },
      minContains: 0,
      maxContains: 1,
    }));
  schema.properties.facts!.allOf = atMostOnce(factRows);
  schema.properties.sources!.allOf = atMostOnce(sources);
  return schema;
}

const csvColumns = [
  'fact_id',
  'topic',
  'account',
  'value',
  'unit',
  'condition',
  'confidence',
  'caveat',
  'absent',
  'alternatives',
  'source_urls',
  'verified_at',
] as const;

/** A CSV field, quoted (RFC 4180) when it holds a quote, a comma or a line break. */
export function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row per fact and account, for spreadsheets. */
export function openDataCsv(): string {
  const rows = getFacts().flatMap((fact) =>
    accounts.map((account) => {
      const raw = fact[account];
      const cell = presentCell(raw);
      const urls = (ids: readonly string[]) => ids.map((id) => getSource(id).url).join(' ');
      const record: Record<(typeof csvColumns)[number], string> = {
        fact_id: fact.id,
        topic: fact.topic,
        account,
        value: cell ? String(cell.value) : '',
        unit: cell?.unit ?? '',
        condition: cell?.condition ?? '',
        confidence: cell?.confidence ?? '',
        caveat: cell ? valueCaveat(cell) : '',
        absent: 'absent' in raw ? raw.absent : '',
        alternatives: (cell?.alternatives ?? [])
          .map((alt) => `${alt.value} (${alt.kind}: ${urls(alt.sources)})`)
          .join('; '),
        source_urls: cell ? urls(cell.sources) : '',
        verified_at: fact.verifiedAt,
      };
      return csvColumns.map((column) => csvField(record[column])).join(',');
    }),
  );
  return [csvColumns.join(','), ...rows].join('\n') + '\n';
}
