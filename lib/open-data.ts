import { z } from 'zod';

import { limits } from '@/content/limits';
import { sources } from '@/content/sources';

import { dataVersion, publishedChangelog } from './changes';
import { FactSchema, SourceSchema, ValueSchema } from './limit-schema';
import { getLimits, getSource, presentCell } from './limits';
import { accounts } from './vocabulary';

const PublishedChangeSchema = z
  .object({
    date: z.string().describe('When the change was made, YYYY-MM-DD.'),
    fact: z.string().describe('Id of the fact that changed.'),
    account: z.enum(accounts),
    change: z
      .enum(['seed-correction', 'update'])
      .describe('A corrected seed-article claim, or our own update.'),
    from: z.array(ValueSchema).describe('The value(s) before the change.'),
    to: ValueSchema.nullable().describe('The value after the change; null when there is none.'),
    sources: z.array(z.string()).describe('Ids of the sources behind the change.'),
  })
  .strict();

/** The shape of /data/limits.json; its JSON Schema is published at /data/limits.schema.json. */
export const OpenDataSchema = z
  .object({
    version: z.string().describe('Data version: the newest verification or change date.'),
    generated: z.string().describe('When this file was built (ISO 8601).'),
    license: z.literal('CC-BY-4.0').describe('Licence of the data.'),
    facts: z.array(FactSchema).describe('Every figure: WeCom and personal WeChat side by side.'),
    sources: z.array(SourceSchema).describe('Every source the facts cite.'),
    changelog: z.array(PublishedChangeSchema).describe('How figures changed, oldest first.'),
  })
  .strict()
  .describe(
    'WeCom vs personal WeChat: limits and facts with sources (https://creativecommons.org/licenses/by/4.0/)',
  );

export type OpenData = z.infer<typeof OpenDataSchema>;

/** The whole data module as published at /data/limits.json. */
export function openData(generated: string): OpenData {
  return {
    version: dataVersion(),
    generated,
    license: 'CC-BY-4.0',
    facts: limits as unknown as OpenData['facts'],
    sources: sources as unknown as OpenData['sources'],
    changelog: publishedChangelog(),
  };
}

/** JSON Schema (draft 2020-12) of /data/limits.json, derived from the same zod schemas. */
export function openDataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(OpenDataSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

const csvColumns = [
  'fact_id',
  'topic',
  'account',
  'value',
  'unit',
  'condition',
  'confidence',
  'absent',
  'alternatives',
  'source_urls',
  'verified_at',
] as const;

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row per fact and account, for spreadsheets. */
export function openDataCsv(): string {
  const rows = getLimits().flatMap((fact) =>
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
