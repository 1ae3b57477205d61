import type { FactInput } from '@/lib/schema/fact-schema';

import { practicalFacts } from './practical';

/**
 * THE figures of the comparison: one row per fact, WeCom and personal WeChat side by side.
 * Everything that shows a figure (tables, prose, quiz, images, open data) reads this file.
 * Labels and notes are per locale in `content/<lang>/messages.ts`; this file holds no copy.
 * Compiled from ../shared/facts.md (checked against stored copies of the sources on 2026-11-24).
 */
const checked = '2026-11-24';
/** Rows re-sourced from ../shared/facts-beyond.md (§1–2) and the work-tools review. */
const rechecked = '2026-12-07';

export const facts = [
  // 1 · Service focus
  {
    id: 'service-focus.audience',
    topic: 'service-focus',
    wecom: {
      value: 'organisations',
      confidence: 'medium',
      sources: ['sztqb-2020-09-21', 'siliu-w8e9eqw7dr'],
    },
    wechat: { value: 'individuals', confidence: 'medium', sources: ['sztqb-2020-09-21'] },
    verifiedAt: checked,
    seed: { status: 'confirmed', values: [] },
  },
  {
    id: 'service-focus.reaches-wechat-users',
    topic: 'service-focus',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['chinadailyhk-143779'],
    },
    wechat: { value: true, confidence: 'inferred', sources: [] },
    verifiedAt: checked,
  },
  {
    id: 'service-focus.unverified-member-cap',
    topic: 'service-focus',
    wecom: {
      value: 100,
      unit: 'members-per-org',
      condition: 'unverified-org',
      confidence: 'medium',
      sources: ['wescrm-8109', 'ab173-2349'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'service-focus.verification-fee',
    topic: 'service-focus',
    wecom: {
      value: 300,
      unit: 'yuan-per-application',
      confidence: 'medium',
      sources: ['wescrm-7959', 'wshoto-225851'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'service-focus.verification-validity',
    topic: 'service-focus',
    wecom: { value: 1, unit: 'years', confidence: 'medium', sources: ['wshoto-225851'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 2 · Contacts and friend limits
  {
    id: 'contacts.free-external-contacts',
    topic: 'contacts',
    wecom: {
      value: 2000,
      unit: 'external-contacts-per-org',
      condition: 'verified-org',
      confidence: 'medium',
      sources: ['wescrm-7117', 'wshoto-307963', 'wescrm-8109'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
    seed: {
      status: 'outdated',
      values: [50000],
      unit: 'customers-per-org',
      sources: ['wescrm-8852', 'siyuliuliang-7810', 'zhangxingjun-1651'],
    },
  },
  {
    id: 'contacts.per-account-default',
    topic: 'contacts',
    wecom: {
      value: 5000,
      unit: 'customers-per-member',
      confidence: 'medium',
      sources: ['siliu-w8e9eqw7dr', 'zhangxingjun-1651', 'wescrm-8852'],
    },
    wechat: {
      value: 5000,
      unit: 'friends',
      confidence: 'medium',
      sources: ['yibang-2020-01-09', 'nowshenzhen-2020-01'],
    },
    verifiedAt: rechecked,
    seed: { status: 'confirmed', values: [5000] },
  },
  {
    id: 'contacts.per-account-max',
    topic: 'contacts',
    wecom: {
      value: 20000,
      unit: 'customers-per-member',
      condition: 'admin-approval',
      confidence: 'medium',
      sources: ['wescrm-8109', 'siliu-w8e9eqw7dr', 'zhangxingjun-1651'],
    },
    wechat: {
      value: 10000,
      unit: 'friends',
      condition: 'beyond-full-friends',
      // Tencent customer service, as the press reported it; no Tencent help page gives it. The
      // blog stays for what WeChat shows when the list is full.
      confidence: 'medium',
      sources: ['jiemian-2023-07-17', 'shigaofeng-921263'],
      alternatives: [
        { value: 5000, kind: 'older-figure', confidence: 'medium', sources: ['gootoo-2014-05-22'] },
      ],
    },
    verifiedAt: rechecked,
    seed: { status: 'confirmed', values: [20000] },
  },
  {
    id: 'contacts.unverified-org-cap',
    topic: 'contacts',
    wecom: {
      value: 100,
      unit: 'customers-per-org',
      condition: 'unverified-org',
      confidence: 'medium',
      sources: ['wescrm-8109', 'wshoto-307963'],
      alternatives: [
        { value: 200, kind: 'older-figure', confidence: 'low', sources: ['wescrm-8852'] },
      ],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'contacts.reply-window-over-quota',
    topic: 'contacts',
    wecom: {
      value: 48,
      unit: 'hours',
      condition: 'over-unpaid-quota',
      confidence: 'medium',
      sources: ['wshoto-307963'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 3 · When an employee leaves
  {
    id: 'staff-leaving.customers-stay-with-company',
    topic: 'staff-leaving',
    wecom: {
      value: true,
      confidence: 'high',
      sources: ['wecom-dev-96331', 'wecom-dev-92127-copy'],
    },
    // The licence makes the account its first registrant's and forbids handing it on; an
    // employer gets a work account back only through the courts. No Tencent sentence says
    // "no handover" in words, hence medium.
    wechat: {
      value: false,
      confidence: 'medium',
      sources: ['nandu-2023-07-17', 'ycwb-2023-05-06'],
    },
    verifiedAt: rechecked,
    seed: { status: 'confirmed', values: [] },
  },
  {
    id: 'staff-leaving.customer-can-refuse',
    topic: 'staff-leaving',
    wecom: { value: true, confidence: 'high', sources: ['wecom-dev-96333'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'staff-leaving.takeover-delay',
    topic: 'staff-leaving',
    wecom: { value: 24, unit: 'hours', confidence: 'high', sources: ['wecom-dev-96331'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'staff-leaving.customers-per-transfer',
    topic: 'staff-leaving',
    wecom: {
      value: 100,
      unit: 'customers-per-transfer',
      confidence: 'high',
      sources: ['wecom-dev-96331'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'staff-leaving.departure-window',
    topic: 'staff-leaving',
    wecom: { value: 1, unit: 'years', confidence: 'high', sources: ['wecom-dev-96331'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'staff-leaving.active-transfer-limit',
    topic: 'staff-leaving',
    wecom: {
      value: 2,
      unit: 'transfers-per-customer-90-days',
      confidence: 'high',
      sources: ['wecom-dev-96325'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 4 · Profile and business card
  {
    id: 'profile-card.verified-company-name',
    topic: 'profile-card',
    wecom: {
      value: true,
      condition: 'verified-org',
      confidence: 'high',
      sources: ['wecom-dev-96308', 'wecom-dev-92230'],
    },
    wechat: { value: false, confidence: 'medium', sources: ['site9969-5059'] },
    verifiedAt: checked,
    seed: { status: 'confirmed', values: [] },
  },
  {
    id: 'profile-card.custom-fields',
    topic: 'profile-card',
    wecom: { value: true, confidence: 'high', sources: ['wecom-dev-96308'] },
    wechat: { value: false, confidence: 'medium', sources: ['site9969-5059'] },
    verifiedAt: checked,
  },
  {
    id: 'profile-card.company-short-names',
    topic: 'profile-card',
    wecom: {
      value: 5,
      unit: 'short-names-per-org',
      confidence: 'low',
      sources: ['siliu-w8e9eqw7dr', 'niaogebiji-25641'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'profile-card.id-changes-per-year',
    topic: 'profile-card',
    wecom: { absent: 'not-found' },
    wechat: { value: 1, unit: 'changes-per-year', confidence: 'low', sources: ['qbnews-583243'] },
    verifiedAt: checked,
  },

  // 5 · Moments
  {
    id: 'moments.member-posts-per-day',
    topic: 'moments',
    wecom: {
      value: 3,
      unit: 'posts-per-customer-per-day',
      confidence: 'low',
      sources: ['easyink-moments-release', 'showdoc-yunzhenji-11490698131402110'],
      alternatives: [
        { value: 1, kind: 'older-figure', confidence: 'low', sources: ['weixinsiwei-458'] },
      ],
    },
    // WeChat's 2026 rumour rebuttal supports "no published cap", not "no cap at all".
    wechat: {
      value: 'no-published-cap',
      confidence: 'low',
      sources: ['caiding5-92104', 'weixinsiwei-458'],
    },
    verifiedAt: rechecked,
    seed: { status: 'confirmed', values: [3] },
  },
  {
    id: 'moments.company-posts-per-month',
    topic: 'moments',
    wecom: {
      value: 4,
      unit: 'posts-per-customer-per-month',
      confidence: 'low',
      sources: ['weixinsiwei-458'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
    seed: { status: 'confirmed', values: [4] },
  },
  {
    id: 'moments.post-text-length',
    topic: 'moments',
    wecom: { value: 2000, unit: 'characters', confidence: 'high', sources: ['wecom-dev-96923'] },
    wechat: { absent: 'not-found' },
    verifiedAt: checked,
  },
  {
    id: 'moments.images-per-post',
    topic: 'moments',
    wecom: {
      value: 9,
      unit: 'images-per-post',
      confidence: 'high',
      sources: ['wecom-dev-96923', 'wecom-dev-97005'],
    },
    wechat: { absent: 'not-found' },
    verifiedAt: checked,
  },

  // 6 · Group chats
  {
    id: 'groups.external-max-members',
    topic: 'groups',
    wecom: {
      value: 500,
      unit: 'members-per-group',
      condition: 'customer-group',
      confidence: 'high',
      sources: ['wecom-dev-98429', 'weiban-blog-3609'],
    },
    // The in-app help text is official but from 2015; that it still holds is second-hand.
    wechat: {
      value: 500,
      unit: 'members-per-group',
      confidence: 'medium',
      sources: ['ytkah-wechat-help-2015', 'weixinsiwei-458', 'occam-wechat'],
    },
    verifiedAt: rechecked,
    seed: { status: 'confirmed', values: [500, 500] },
  },
  {
    id: 'groups.internal-max-members',
    topic: 'groups',
    wecom: {
      value: 2000,
      unit: 'members-per-group',
      confidence: 'high',
      sources: ['wecom-dev-98429'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
    seed: { status: 'confirmed', values: [2000] },
  },
  {
    id: 'groups.member-created-default',
    topic: 'groups',
    wecom: {
      value: 200,
      unit: 'members-per-group',
      condition: 'member-created',
      confidence: 'medium',
      sources: ['weiban-blog-3609'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'groups.all-staff-max-members',
    topic: 'groups',
    wecom: {
      value: 10000,
      unit: 'members-per-group',
      condition: 'all-staff-group',
      confidence: 'medium',
      sources: ['weiban-blog-3609', 'ikscrm-3021'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'groups.qr-linked-groups',
    topic: 'groups',
    wecom: {
      value: 5,
      unit: 'groups-per-qr-code',
      confidence: 'high',
      sources: ['wecom-dev-99547'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
    seed: { status: 'garbled', values: [5], unit: 'people' },
  },
  {
    id: 'groups.qr-join-limit',
    topic: 'groups',
    wecom: {
      value: 200,
      unit: 'members-per-group',
      confidence: 'low',
      sources: ['ab173-2349', 'hixs-2024-04-18'],
    },
    // Still no Tencent page: only consistent user reports (facts-beyond.md §1), which no
    // source tier here describes, so it stays low. Tencent's 2014 rule put the line at 100.
    wechat: {
      value: 200,
      unit: 'members-per-group',
      confidence: 'low',
      sources: ['qumiaodong-9lye4k'],
      alternatives: [
        { value: 100, kind: 'older-figure', confidence: 'medium', sources: ['adminso-61284'] },
      ],
    },
    verifiedAt: rechecked,
  },
  {
    id: 'groups.qr-validity',
    topic: 'groups',
    wecom: { absent: 'not-found' },
    // The 微信团队 statement, as two newspapers reported it.
    wechat: {
      value: 7,
      unit: 'days',
      confidence: 'medium',
      sources: ['cyol-2016-03-07', 'bjyouth-2016-03-08'],
    },
    verifiedAt: rechecked,
  },
  {
    id: 'groups.invite-acceptance-above',
    topic: 'groups',
    wecom: { absent: 'not-found' },
    wechat: {
      value: 40,
      unit: 'members-per-group',
      confidence: 'medium',
      sources: ['ytkah-wechat-help-2015', 'weixinsiwei-458'],
    },
    verifiedAt: rechecked,
  },
  {
    id: 'groups.real-name-above',
    topic: 'groups',
    wecom: { absent: 'not-found' },
    // The invitee, not the group owner, must be real-name verified (bank card).
    wechat: {
      value: 100,
      unit: 'members-per-group',
      confidence: 'medium',
      sources: ['ytkah-wechat-help-2015', 'adminso-61284', 'weixinsiwei-458'],
    },
    verifiedAt: rechecked,
  },
  {
    id: 'groups.cross-app-joining',
    topic: 'groups',
    wecom: { value: true, confidence: 'medium', sources: ['chinadailyhk-143779', 'wen200-27'] },
    wechat: { value: 'only-new-groups', confidence: 'unverified', sources: ['weixinsiwei-458'] },
    verifiedAt: checked,
    seed: { status: 'unverified', values: [] },
  },

  // 7 · Mass messages
  {
    id: 'mass-messages.per-customer-limit',
    topic: 'mass-messages',
    wecom: {
      value: 'one-per-day-of-month',
      confidence: 'high',
      sources: ['wecom-dev-92135'],
      alternatives: [
        {
          value: 'one-per-day',
          kind: 'other-official-page',
          confidence: 'high',
          sources: ['wecom-dev-96997'],
        },
      ],
    },
    wechat: { absent: 'not-found' },
    verifiedAt: checked,
    // The seed's "4 a month from the company" is an older rule; its "1 a day" is what one of
    // today's two official pages still gives as the default.
    seed: {
      status: 'disputed',
      values: [1, 4],
      sources: ['btcdatabaseas-customers', 'hexdocs-groupmsg', 'weiban-help-2023-01-29'],
    },
  },
  {
    id: 'mass-messages.recipients-per-send',
    topic: 'mass-messages',
    wecom: {
      value: 20000,
      unit: 'recipients-per-send',
      confidence: 'high',
      sources: ['wecom-dev-96997'],
    },
    wechat: {
      value: 200,
      unit: 'recipients-per-send',
      confidence: 'low',
      sources: ['nctoro-a101722', 'nctoro-51045'],
    },
    verifiedAt: checked,
    seed: { status: 'confirmed', values: [200] },
  },
  {
    id: 'mass-messages.groups-per-send',
    topic: 'mass-messages',
    wecom: {
      value: 2000,
      unit: 'groups-per-send',
      confidence: 'high',
      sources: ['wxjava-pr-3145', 'weiban-help-2022-05-13'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 8 · Work tools
  {
    id: 'work-tools.calendar-meetings-docs',
    topic: 'work-tools',
    // Tencent's own CLI lists calendar, meetings and docs; only providers mention WeDrive.
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wecomteam-wecom-cli-readme', 'qqemailbj-1327', 'xiaoweiju-2093'],
    },
    wechat: { value: 'not-built-in', confidence: 'inferred', sources: [] },
    verifiedAt: rechecked,
    seed: { status: 'confirmed', values: [] },
  },
  {
    id: 'work-tools.check-in-approvals-reports',
    topic: 'work-tools',
    // The official page is the Reports API; check-in and approvals rest on providers.
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wecom-dev-93496', 'qqemailbj-1327', 'wescrm-8110'],
    },
    wechat: { value: 'not-built-in', confidence: 'inferred', sources: [] },
    verifiedAt: rechecked,
    seed: { status: 'confirmed', values: [] },
  },
  {
    id: 'work-tools.wedrive-free-storage',
    topic: 'work-tools',
    // No official page gives the free space; providers give two figures (facts.md: publish
    // no number as the value without an official page).
    wecom: {
      value: 'no-official-figure',
      unit: 'gigabytes-per-org',
      confidence: 'low',
      sources: ['xiaoweiju-2093', 'weixinsiwei-8380', 'wescrm-4322'],
      alternatives: [
        {
          value: 20,
          kind: 'other-source',
          confidence: 'low',
          sources: ['xiaoweiju-2093', 'weixinsiwei-8380', 'huire-1782'],
        },
        { value: 100, kind: 'other-source', confidence: 'low', sources: ['wescrm-4322'] },
      ],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'work-tools.chat-archiving',
    topic: 'work-tools',
    wecom: { value: 'paid-add-on', confidence: 'high', sources: ['wecom-dev-91614'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'work-tools.third-party-apps-licence',
    topic: 'work-tools',
    wecom: { value: 'paid-add-on', confidence: 'high', sources: ['wecom-dev-95652'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // The practical questions (costs, switching, adding customers, abroad, bans, automation,
  // privacy, running both apps), after the eight differences.
  ...practicalFacts,
] as const satisfies readonly FactInput[];

export type FactId = (typeof facts)[number]['id'];
