import { z } from 'zod';

import { isoDate, ValueSchema } from './fact-schema';
import { accounts } from './vocabulary';

const date = isoDate.describe('When the change was made, YYYY-MM-DD.');

const figure = {
  date,
  fact: z.string().describe('Id of the fact that changed (content/facts.ts).'),
  account: z.enum(accounts).describe('Which side of the fact changed.'),
};

export const ChangeSchema = z.discriminatedUnion('change', [
  z
    .object({
      ...figure,
      change: z
        .literal('seed-correction')
        .describe('A figure of the copied seed article that we corrected.'),
    })
    .strict(),
  z
    .object({
      ...figure,
      change: z.literal('update').describe('A figure of ours that changed.'),
      from: ValueSchema.nullable().describe(
        'The value before the change; null when the cell had none (not applicable or not found).',
      ),
      sources: z.array(z.string()).min(1).describe('The sources that prompted the change.'),
    })
    .strict(),
  z
    .object({
      date,
      change: z.literal('new-page').describe('A page that was added to the site.'),
      page: z
        .string()
        .describe('Key of the page (lib/schema/page-keys.ts), the same in every language.'),
    })
    .strict(),
]);

export type Change = z.infer<typeof ChangeSchema>;
/** What kind of change an entry records: each has its label in the messages. */
export type ChangeKind = Change['change'];
/** The kinds that record a figure rather than a page; the published changelog uses these. */
export const valueChangeKinds = [
  'seed-correction',
  'update',
] as const satisfies readonly ChangeKind[];
export type ValueChangeKind = Exclude<ChangeKind, 'new-page'>;
export type ChangeInput = Readonly<z.input<typeof ChangeSchema>>;
