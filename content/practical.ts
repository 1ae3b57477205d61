import type { FactInput } from '@/lib/schema/fact-schema';

/**
 * The figures and facts behind the practical questions (what WeCom costs, switching, how
 * customers add a member, organisations abroad, bans, automation, privacy, running both apps).
 * Same shape as the rows of `limits.ts`, which spreads them at its end. Compiled from
 * ../shared/facts-practical.md (stored copies of the sources, checked on 2026-11-28).
 * A price nobody publishes is `not-found`, never a guess; one provider's price is `low`.
 */
const checked = '2026-11-28';
/** Rows re-sourced from ../shared/facts-beyond.md (§1–2). */
const rechecked = '2026-12-07';

export const practicalFacts = [
  // 1 · What a year of WeCom costs (the ≤1,000-member verification fee is
  // `service-focus.verification-fee`; the free WeDrive space `work-tools.wedrive-free-storage`).
  {
    id: 'costs.core-features',
    topic: 'costs',
    wecom: { value: 'free', confidence: 'medium', sources: ['qqemailbj-1327', 'wescrm-8110'] },
    wechat: { value: 'free', confidence: 'inferred', sources: [] },
    verifiedAt: checked,
  },
  {
    id: 'costs.verification-small-tier-max-members',
    topic: 'costs',
    wecom: {
      value: 1000,
      unit: 'members-per-org',
      confidence: 'medium',
      sources: ['codetd-16262243', 'wescrm-7959'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.verification-fee-mid',
    topic: 'costs',
    wecom: {
      value: 3000,
      unit: 'yuan-per-application',
      confidence: 'medium',
      sources: ['codetd-16262243', 'wescrm-7959'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.verification-mid-tier-max-members',
    topic: 'costs',
    wecom: {
      value: 10000,
      unit: 'members-per-org',
      confidence: 'medium',
      sources: ['codetd-16262243', 'wescrm-7959'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.verification-fee-large',
    topic: 'costs',
    wecom: {
      value: 30000,
      unit: 'yuan-per-application',
      confidence: 'medium',
      sources: ['codetd-16262243', 'wescrm-7959'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.annual-review',
    topic: 'costs',
    wecom: {
      value: 300,
      unit: 'yuan-per-year',
      confidence: 'medium',
      sources: ['wescrm-7959', 'aoaoao-124'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.overseas-verification',
    topic: 'costs',
    wecom: {
      value: 700,
      unit: 'yuan-per-application',
      confidence: 'medium',
      sources: ['wenjiangs-bdf87f57-e243'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.external-contacts-average-price',
    topic: 'costs',
    wecom: {
      value: 0.1,
      unit: 'yuan-per-contact-per-year',
      confidence: 'low',
      sources: ['wescrm-7117', 'weijub-news-15', 'wshoto-307963', 'vipfu-5313'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.external-contact-band-prices',
    topic: 'costs',
    wecom: { absent: 'not-found' },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.chat-archiving-from-price',
    topic: 'costs',
    wecom: {
      value: 100,
      unit: 'yuan-per-member-per-year',
      confidence: 'low',
      sources: ['taokef-2628'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.chat-archiving-price-official',
    topic: 'costs',
    wecom: { absent: 'not-found' },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.service-provider-licences',
    topic: 'costs',
    wecom: {
      value: 'paid-add-on',
      confidence: 'high',
      sources: ['wecom-dev-95652', 'wecom-dev-97182'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.interop-licence-price',
    topic: 'costs',
    wecom: {
      value: 50,
      unit: 'yuan-per-account-per-year',
      confidence: 'low',
      sources: ['wescrm-6626', 'zhaofengkj8-4713'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.interop-licence-price-beyond-five',
    topic: 'costs',
    wecom: {
      value: 40,
      unit: 'yuan-per-account-per-year',
      confidence: 'low',
      sources: ['zhaofengkj8-4713'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.base-licence-price',
    topic: 'costs',
    wecom: { absent: 'not-found' },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.acquisition-links',
    topic: 'costs',
    wecom: {
      value: 'paid-add-on',
      confidence: 'high',
      sources: ['wecom-dev-97400', 'wecom-dev-97299', 'wecom-dev-99610'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.acquisition-link-price',
    topic: 'costs',
    wecom: { absent: 'not-found' },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'costs.wedrive-extra-price',
    topic: 'costs',
    wecom: { absent: 'not-found' },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 2 · Moving customers from personal WeChat into WeCom (transfers inside one organisation
  // are the `staff-leaving` rows).
  {
    id: 'switching.bulk-import',
    topic: 'switching',
    wecom: { value: false, confidence: 'inferred', sources: [] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'switching.friend-requests-to-wechat-friends',
    topic: 'switching',
    wecom: {
      value: true,
      confidence: 'high',
      sources: ['wecom-dev-96358', 'zsmhub-workweixin-stats'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'switching.friend-must-accept',
    topic: 'switching',
    // Follows from the channel being a friend request; no page says it in words.
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wecom-dev-96358', 'zsmhub-workweixin-stats'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'switching.chat-history-moves',
    topic: 'switching',
    wecom: { value: false, confidence: 'low', sources: ['site1234660-19895'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'switching.moments-move',
    topic: 'switching',
    wecom: { value: false, confidence: 'inferred', sources: [] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'switching.enterprise-migration-service',
    topic: 'switching',
    // One reseller's repost of the FAQ, rated medium-low in the research.
    wecom: { value: true, confidence: 'low', sources: ['vcqqcno-2340'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'switching.migration-moves-plain-contacts',
    topic: 'switching',
    wecom: { value: false, confidence: 'low', sources: ['vcqqcno-2340'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 3 · How customers add a member, and daily limits.
  {
    id: 'adding.contact-me-configurations',
    topic: 'adding',
    wecom: {
      value: 500000,
      unit: 'configurations-per-org',
      confidence: 'high',
      sources: ['wecom-dev-96348', 'wecom-dev-96311'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'adding.contact-me-skips-approval',
    topic: 'adding',
    wecom: { value: true, confidence: 'high', sources: ['wecom-dev-96348'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'adding.acquisition-link-outside-wechat',
    topic: 'adding',
    wecom: {
      value: true,
      confidence: 'high',
      sources: ['wecom-dev-99482', 'wecom-dev-97398', 'wecom-dev-101359'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'adding.other-channels',
    topic: 'adding',
    // The stored copy of the official page stops before its list of codes; the list itself
    // comes from SDK copies.
    wecom: { value: true, confidence: 'medium', sources: ['wecom-dev-96315'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'adding.daily-limit',
    topic: 'adding',
    // Blogs give numbers (40 an hour, 20–30 a day…) that no official page backs.
    wecom: {
      value: 'no-published-cap',
      confidence: 'low',
      sources: ['wshoto-17250', 'wshoto-3480'],
    },
    // Tencent customer service told the press there is no daily limit on adding or being
    // added, though adding many in a short time brings a warning; no figure is published.
    wechat: {
      value: 'no-published-cap',
      confidence: 'medium',
      sources: ['jiemian-2023-07-17', 'etnet-360107846', 'caiding5-92104'],
    },
    verifiedAt: rechecked,
  },

  // 4 · Organisations outside mainland China (the fee is `costs.overseas-verification`).
  {
    id: 'abroad.app-works-abroad',
    topic: 'abroad',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['maxnews-reuters-2020-09', 'chinadailyhk-143779'],
    },
    wechat: { value: true, confidence: 'medium', sources: ['askwikinow-wechat'] },
    verifiedAt: checked,
  },
  {
    id: 'abroad.overseas-verification-available',
    topic: 'abroad',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wenjiangs-bdf87f57-e243'],
      alternatives: [
        { value: false, kind: 'other-source', confidence: 'low', sources: ['aoaoao-124'] },
      ],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'abroad.register-with-email',
    topic: 'abroad',
    wecom: { value: true, confidence: 'low', sources: ['smarsh-onboarding-email'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'abroad.foreign-phone-numbers',
    topic: 'abroad',
    wecom: { absent: 'not-found' },
    wechat: { value: true, confidence: 'medium', sources: ['askwikinow-wechat'] },
    verifiedAt: checked,
  },
  {
    id: 'abroad.wechat-international-terms',
    topic: 'abroad',
    wecom: { absent: 'not-applicable' },
    wechat: { value: true, confidence: 'medium', sources: ['askwikinow-wechat'] },
    verifiedAt: checked,
  },

  // 5 · Restrictions and bans. WeCom's rules reach us only through service providers'
  // copies of its help-centre page; WeChat's through the press.
  {
    id: 'bans.plugins-banned',
    topic: 'bans',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wshoto-17152', 'wshoto-3480', 'wshoto-4798', 'kxxai-3811', 'site037163-4560'],
    },
    // The official rulebook (of which only the opening could be read) forbids malicious use;
    // the plug-in ban itself reaches us through the press.
    wechat: {
      value: true,
      confidence: 'medium',
      sources: [
        'weixin-account-usage-standards',
        'fkpjhm-7371',
        'etnet-360107846',
        'caiding5-92104',
      ],
    },
    verifiedAt: rechecked,
  },
  {
    id: 'bans.many-friends-banned',
    topic: 'bans',
    wecom: { absent: 'not-applicable' },
    wechat: {
      value: false,
      confidence: 'medium',
      sources: ['etnet-360107846', 'caiding5-92104'],
    },
    verifiedAt: checked,
  },
  {
    id: 'bans.bound-wechat-restriction',
    topic: 'bans',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wshoto-17152', 'wshoto-3480', 'wshoto-4798', 'kxxai-3811'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'bans.unblock-delay',
    topic: 'bans',
    wecom: {
      value: 24,
      unit: 'hours',
      confidence: 'medium',
      sources: ['wshoto-17152', 'wshoto-3480', 'wshoto-4798', 'kxxai-3811'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'bans.whole-org-ban',
    topic: 'bans',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wshoto-17152', 'wshoto-3480', 'wshoto-4798', 'kxxai-3811'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 6 · Automation: allowed and not allowed.
  {
    id: 'automation.webhook-rate',
    topic: 'automation',
    wecom: {
      value: 20,
      unit: 'messages-per-minute-per-bot',
      confidence: 'high',
      sources: [
        'wecom-dev-91770',
        'weworkbot-unpkg',
        'tencentcloud-248-38208',
        'k8scat-goutils-wecom',
      ],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'automation.webhook-in-customer-groups',
    topic: 'automation',
    // The group-robot page (as a copy quotes it) and Tencent's WeCom team (2026) say customer
    // groups are not served; the vendors' "yes" keeps it a dispute (facts-beyond.md §6 could
    // not find an official sentence for AI bots).
    wecom: {
      value: false,
      confidence: 'medium',
      sources: [
        'wecom-dev-91770',
        'wecomteam-wecom-cli-52',
        'qwenlm-wecom-webhook',
        'csdn-imaniy-140296589',
      ],
      alternatives: [
        {
          value: true,
          kind: 'other-source',
          confidence: 'low',
          sources: ['hey99-csdn-156989571', 'damodev-694def36'],
        },
      ],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: rechecked,
  },
  {
    id: 'automation.app-messages-internal-groups-only',
    topic: 'automation',
    wecom: { value: true, confidence: 'high', sources: ['wecom-dev-90244'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'automation.mass-send-needs-member',
    topic: 'automation',
    wecom: { value: true, confidence: 'high', sources: ['wecom-dev-92135'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'automation.ai-bot',
    topic: 'automation',
    wecom: {
      value: true,
      confidence: 'high',
      sources: ['wecom-dev-101039', 'wecom-dev-101463'],
    },
    // WeChat's ClawBot plugin (2026): Tencent publishes it and says it only replies within
    // 24 hours of the user's message; that it serves one-to-one chats only, not groups, comes
    // from third-party write-ups of the plugin.
    wechat: {
      value: true,
      condition: 'direct-chats-only',
      confidence: 'medium',
      sources: [
        'tencent-openclaw-weixin-readme',
        'tencent-openclaw-weixin-185',
        'juya-ai-daily-37',
        'openclaw-docs-wechat',
      ],
    },
    verifiedAt: rechecked,
  },
  {
    id: 'automation.unofficial-tools-banned',
    topic: 'automation',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wshoto-17152', 'wshoto-3480', 'wshoto-4798', 'kxxai-3811'],
    },
    wechat: {
      value: true,
      confidence: 'medium',
      sources: ['weixin-account-usage-standards', 'fkpjhm-7371'],
    },
    verifiedAt: rechecked,
  },

  // 7 · What the employer can see.
  {
    id: 'privacy.archive-editions',
    topic: 'privacy',
    wecom: {
      value: 3,
      unit: 'editions',
      confidence: 'high',
      sources: ['wecom-dev-91614', 'wecom-dev-101350'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.archive-needed-to-read-chats',
    topic: 'privacy',
    // No other official API returns chat content.
    wecom: { value: true, confidence: 'inferred', sources: [] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.customer-consent-recorded',
    topic: 'privacy',
    wecom: {
      value: true,
      confidence: 'high',
      sources: ['wecom-dev-91782', 'wecom-dev-92005', 'wecom-dev-101385', 'go-workwx-msg-audit'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.customer-notice',
    topic: 'privacy',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['xpykjsws-1069927', 'xiaokefu-28995'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.member-notice',
    topic: 'privacy',
    wecom: {
      value: true,
      confidence: 'low',
      sources: ['fudaoke-2589893', 'xiaokefu-28995', 'site88ming-1120'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.personal-wechat-visible-to-employer',
    topic: 'privacy',
    wecom: {
      value: false,
      confidence: 'medium',
      sources: ['huawan-6763', 'zuohaisu-wecom-archive-guide'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.archive-api-days',
    topic: 'privacy',
    wecom: { value: 5, unit: 'days', confidence: 'high', sources: ['wecom-dev-101365'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.account-deleted-after-leaving',
    topic: 'privacy',
    wecom: {
      value: 30,
      unit: 'days',
      condition: 'member-quit',
      confidence: 'medium',
      sources: ['ydadm-2301', 'hdtianhao-ef5efa7f', 'huire-847'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.deletion-clears-messages',
    topic: 'privacy',
    wecom: { value: true, confidence: 'medium', sources: ['ydadm-2301'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },
  {
    id: 'privacy.recovery-window',
    topic: 'privacy',
    wecom: {
      value: 14,
      unit: 'days',
      condition: 'data-protection-plan',
      confidence: 'medium',
      sources: ['ydadm-2301'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: checked,
  },

  // 8 · Running WeChat and WeCom side by side (a restriction on the bound WeChat is
  // `bans.bound-wechat-restriction`).
  {
    id: 'both-apps.separate-apps',
    topic: 'both-apps',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['site1234660-19895', 'wshoto-17152'],
    },
    wechat: {
      value: true,
      confidence: 'medium',
      sources: ['site1234660-19895', 'wshoto-17152'],
    },
    verifiedAt: checked,
  },
  {
    id: 'both-apps.identity-label',
    topic: 'both-apps',
    wecom: {
      value: true,
      confidence: 'medium',
      sources: ['wenjiangs-bdf87f57-e243', 'wecom-dev-96308', 'safing-118', 'wescrm-8110'],
    },
    wechat: { value: false, confidence: 'medium', sources: ['site9969-5059'] },
    verifiedAt: checked,
  },
  {
    id: 'both-apps.histories-merge',
    topic: 'both-apps',
    wecom: { value: false, confidence: 'low', sources: ['site1234660-19895'] },
    wechat: { value: false, confidence: 'low', sources: ['site1234660-19895'] },
    verifiedAt: checked,
  },
] as const satisfies readonly FactInput[];
