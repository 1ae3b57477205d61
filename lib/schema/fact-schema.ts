import { z } from 'zod';

import {
  absences,
  caveatKinds,
  alternativeKinds,
  conditions,
  confidences,
  enumValues,
  seedStatuses,
  sourceTiers,
  subjects,
  units,
} from './vocabulary';

/** A real calendar date (2026-02-30 and 2026-13-45 are rejected, here and in the JSON Schema). */
export const isoDate = z.iso
  .date({ error: 'must be a real date written YYYY-MM-DD' })
  .describe('A calendar date, YYYY-MM-DD.');

const sourceId = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'must be lower kebab-case')
  .describe('Id of an entry in content/sources.ts.');

const quote = z.string().min(1).max(300).describe('One sentence, verbatim.');

const confidence = z
  .enum(confidences)
  .describe('How sure the value is: high, medium, low, unverified, or inferred (no source).');

export const SourceSchema = z
  .object({
    id: sourceId,
    url: z.url().describe('Where the source can be read.'),
    title: z.string().min(1).describe('The page title, in the language of the page.'),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag such as "zh"')
      .describe('The language of the page and its title (BCP 47).'),
    publisher: z.string().min(1).describe('Who published it (site or organisation).'),
    tier: z
      .enum(sourceTiers)
      .describe('Kind of source: official, copy of official, news, provider.'),
    date: z
      .union([isoDate, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)], {
        error: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
      })
      .nullable()
      .describe("The source's own date (last update or post date); null when the page is undated."),
  })
  .strict();

export const ValueSchema = z
  .union([z.number().nonnegative(), z.boolean(), z.enum(enumValues)])
  .describe('A count, a yes/no, or a short enumerated value.');

/**
 * The fact schemas, built for a kind of source reference. Authors' data refers to sources by
 * any kebab-case id (the build checks they exist); the published open data lists the known ids
 * (so its JSON Schema rejects an unknown one) and carries each value's derived `caveat`.
 */
function factSchemas<Ref extends z.ZodType<string>>(ref: Ref, published: boolean) {
  const caveat = published
    ? {
        caveat: z
          .enum(caveatKinds)
          .describe(
            'The warning shown with the value, derived from its confidence and its sources’ tiers (lib/data/caveat.ts): official (an official page states it; no warning), official-copy (only a copy of an official page states it), official-in-part (an official page supports part of it), press, providers, weak, disputed, unverified, inference. The site marks every kind but official and gives its words.',
          ),
      }
    : {};

  const AlternativeSchema = z
    .object({
      value: ValueSchema,
      kind: z.enum(alternativeKinds).describe('Why this second value is shown.'),
      confidence,
      sources: z
        .array(ref)
        .min(1, 'an alternative value needs at least one source')
        .describe('Sources for the alternative value.'),
      ...caveat,
    })
    .strict();

  const PresentCellSchema = z
    .object({
      value: ValueSchema,
      unit: z.enum(units).optional().describe('What a numeric value counts.'),
      condition: z.enum(conditions).optional().describe('When the value holds, if not always.'),
      confidence,
      sources: z.array(ref).describe('Sources for the value; only `inferred` may have none.'),
      alternatives: z
        .array(AlternativeSchema)
        .optional()
        .describe('Values other sources give, shown next to the main one.'),
      ...caveat,
    })
    .strict()
    .refine((cell) => (cell.confidence === 'inferred') === (cell.sources.length === 0), {
      message: 'a value needs at least one source, and only an "inferred" one has none',
      path: ['sources'],
    })
    .refine((cell) => typeof cell.value !== 'number' || cell.unit !== undefined, {
      message: 'a number needs a unit',
      path: ['unit'],
    });

  const AbsentCellSchema = z
    .object({ absent: z.enum(absences).describe('Why there is no value.') })
    .strict();

  const CellSchema = z.union([PresentCellSchema, AbsentCellSchema]);

  const FactSchema = z
    .object({
      id: z
        .string()
        .regex(/^[a-z-]+\.[a-z0-9-]+$/, 'must look like "<topic>.<metric>" in kebab-case')
        .describe('Stable id, used in URLs, share links and open data. Never rename.'),
      topic: z.enum(subjects).describe('The difference or practical question the fact belongs to.'),
      wecom: CellSchema.describe('The WeCom side: its value, or why it has none.'),
      wechat: CellSchema.describe('The personal WeChat side: its value, or why it has none.'),
      verifiedAt: isoDate.describe('When we last checked the value against its sources.'),
      seed: z
        .object({
          status: z
            .enum(seedStatuses)
            .describe(
              'What became of the claim: confirmed, outdated, garbled, unverified, disputed.',
            ),
          values: z.array(ValueSchema).describe('The figures the seed article gave, in order.'),
          unit: z
            .enum(units)
            .optional()
            .describe("What the seed's figures counted, when not what the value counts."),
          sources: z
            .array(ref)
            .optional()
            .describe('Sources documenting the rule the seed described, when it was a real rule.'),
        })
        .strict()
        .optional()
        .describe(
          'What the commonly copied seed article claimed, kept so corrections stay visible.',
        ),
      ...(published ? { quotes: quotesOf(ref).optional() } : {}),
    })
    .strict()
    .refine((fact) => fact.id.startsWith(`${fact.topic}.`), {
      message: 'the id must start with its topic',
      path: ['id'],
    });

  return { PresentCellSchema, CellSchema, FactSchema };
}

/** Per cited source, the sentence(s), verbatim and in the source's language, that support a figure. */
function quotesOf<Ref extends z.ZodType<string>>(ref: Ref) {
  return z
    .partialRecord(ref, z.union([quote, z.array(quote).min(2)]))
    .describe(
      "Per cited source, the sentence (in the source's language) that supports the figure. When given, every source of the values and alternatives has one.",
    );
}

/** `content/quotes.ts`: quotes by fact id. */
export const QuotesSchema = z.record(z.string(), quotesOf(sourceId));

const authored = factSchemas(sourceId, false);
export const CellSchema = authored.CellSchema;
export const FactSchema = authored.FactSchema;

/** A fact as published in the open data: citations of known sources only, caveats included. */
export function publishedFactSchema(sourceIds: readonly [string, ...string[]]) {
  return factSchemas(z.enum(sourceIds), true).FactSchema;
}

export type Value = z.infer<typeof ValueSchema>;

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The shape authors write in `content/` (`as const` makes every array readonly). */
export type FactInput = DeepReadonly<z.input<typeof FactSchema>>;
export type SourceInput = DeepReadonly<z.input<typeof SourceSchema>>;
export type QuotesInput = DeepReadonly<z.input<typeof QuotesSchema>>;
