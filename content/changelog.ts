import type { ChangeInput } from '@/lib/schema/changelog-schema';

/**
 * The history of the figures and pages, oldest first. A `seed-correction` records a figure
 * that the commonly copied article states and that we corrected; its before/after values come
 * from the fact's `seed` and current value, and its explanation from `seed.notes` in the
 * messages. An `update` records a change of ours: the old value and the sources that prompted
 * it. A `new-page` records the day a page (by its key in lib/schema/page-keys.ts) went up in every
 * language; the dates of the first pages are those of the commits that added them.
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
  { date: '2026-11-25', change: 'new-page', page: 'home' },
  { date: '2026-11-25', change: 'new-page', page: 'service-focus' },
  { date: '2026-11-25', change: 'new-page', page: 'contacts' },
  { date: '2026-11-25', change: 'new-page', page: 'staff-leaving' },
  { date: '2026-11-25', change: 'new-page', page: 'profile-card' },
  { date: '2026-11-25', change: 'new-page', page: 'moments' },
  { date: '2026-11-25', change: 'new-page', page: 'groups' },
  { date: '2026-11-25', change: 'new-page', page: 'mass-messages' },
  { date: '2026-11-25', change: 'new-page', page: 'work-tools' },
  { date: '2026-11-25', change: 'new-page', page: 'sources' },
  { date: '2026-11-25', change: 'new-page', page: 'quiz' },
  { date: '2026-11-25', change: 'new-page', page: 'result-wecom' },
  { date: '2026-11-25', change: 'new-page', page: 'result-wechat' },
  { date: '2026-11-25', change: 'new-page', page: 'result-both' },
  { date: '2026-11-25', change: 'new-page', page: 'glossary' },
  { date: '2026-11-25', change: 'new-page', page: 'open-data' },
  { date: '2026-11-25', change: 'new-page', page: 'changes' },
  { date: '2026-11-28', change: 'new-page', page: 'quiz-guide' },
  { date: '2026-11-28', change: 'new-page', page: 'comparison' },
  { date: '2026-11-28', change: 'new-page', page: 'costs' },
  { date: '2026-11-28', change: 'new-page', page: 'faq' },
  { date: '2026-11-28', change: 'new-page', page: 'report' },
  { date: '2026-11-29', change: 'new-page', page: 'share' },
  // WeChat's ClawBot plugin (2026) is an official AI bot, for one-to-one chats only.
  {
    date: '2026-12-07',
    fact: 'automation.ai-bot',
    account: 'wechat',
    change: 'update',
    from: null,
    sources: ['tencent-openclaw-weixin-readme', 'juya-ai-daily-37'],
  },
] as const satisfies readonly ChangeInput[];
