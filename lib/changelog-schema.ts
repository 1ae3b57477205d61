import { z } from 'zod';

import { ValueSchema } from './limit-schema';
import { accounts } from './vocabulary';

const common = {
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('When the change was made, YYYY-MM-DD.'),
  fact: z.string().describe('Id of the fact that changed (content/limits.ts).'),
  account: z.enum(accounts).describe('Which side of the fact changed.'),
};

export const ChangeSchema = z.discriminatedUnion('change', [
  z
    .object({
      ...common,
      change: z
        .literal('seed-correction')
        .describe('A figure of the copied seed article that we corrected.'),
    })
    .strict(),
  z
    .object({
      ...common,
      change: z.literal('update').describe('A figure of ours that changed.'),
      from: ValueSchema.describe('The value before the change.'),
      sources: z.array(z.string()).min(1).describe('The sources that prompted the change.'),
    })
    .strict(),
]);

export type Change = z.infer<typeof ChangeSchema>;
/** What kind of change an entry records; the published changelog and its schema use these. */
export type ChangeKind = Change['change'];
export const changeKinds = ['seed-correction', 'update'] as const satisfies readonly ChangeKind[];
export type ChangeInput = Readonly<z.input<typeof ChangeSchema>>;
