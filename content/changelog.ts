import type { ChangeInput } from '@/lib/changelog-schema';

/**
 * The history of the figures, newest last. A `seed-correction` records a figure that the
 * commonly copied article states and that we corrected; its before/after values come from the
 * fact's `seed` and current value, and its explanation from `seed.notes` in the messages. An
 * `update` records a change of ours: the old value, why (`reason`, a key of `changelog.reasons`
 * in the messages) and the source that prompted it.
 */
export const changelog = [
  {
    date: '2026-11-24',
    fact: 'contacts.free-external-contacts',
    account: 'wecom',
    change: 'seed-correction',
  },
  {
    date: '2026-11-24',
    fact: 'groups.qr-linked-groups',
    account: 'wecom',
    change: 'seed-correction',
  },
  {
    date: '2026-11-24',
    fact: 'groups.cross-app-joining',
    account: 'wechat',
    change: 'seed-correction',
  },
] as const satisfies readonly ChangeInput[];
