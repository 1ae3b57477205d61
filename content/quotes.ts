import type { QuotesInput } from '@/lib/schema/fact-schema';

/**
 * For the figures readers dispute, the sentence of each cited source that supports the figure,
 * verbatim and in the source's own language, by fact id and source id. Shown on the sources
 * page and published with the open data. Apart from `limits.ts` so that the quiz, which reads
 * the figures in the browser, does not download them.
 */
export const quotes = {
  'contacts.free-external-contacts': {
    'wescrm-7117': '外部联系人(包含群联系人)超出2000位的部分需要扩容购买对应的联系人规模,',
    'wshoto-307963': '每个已认证企业可免费获得2000人的外部联系人规模,用于客户沉淀和管理;',
    'wescrm-8109':
      '认证后,企业可以免费添加2000位客户,并按需购买「外部联系人规模」添加更多客户,单个员工最多可以添加20000位客户。',
  },
  'moments.member-posts-per-day': {
    'easyink-moments-release': '每个客户每天可收到员工发表的3条朋友圈，企业发表的4条朋友圈',
    'showdoc-yunzhenji-11490698131402110': '发朋友圈(一个客户每天最多可见次数是3次);',
    'weixinsiwei-458': [
      '企业微信,每名客户每个自然日最多能展示企业成员发表的1条内容、每个自然月最多能展示企业发表的4条内容。',
      '个人微信,发朋友圈和展示朋友圈没有限制',
    ],
    'caiding5-92104': [
      '此类信息存在多种变体，例如“腾讯微信朋友圈新规”等均属不实谣言',
      '正常的社交行为不会受到任何限制。',
    ],
  },
  'moments.company-posts-per-month': {
    'weixinsiwei-458':
      '企业微信,每名客户每个自然日最多能展示企业成员发表的1条内容、每个自然月最多能展示企业发表的4条内容。',
  },
  'groups.external-max-members': {
    'wecom-dev-98429': '内部群最多 2000 人,外部群最多 500 人',
    'weiban-blog-3609':
      '其中全员群人数上限是1万人,部门群与成员自己创建的内部群聊人数上限可达2000人,外部群最多可以容纳500人。',
    'weixinsiwei-458': '个人微信:微信群最多为500人。',
    'ytkah-wechat-help-2015':
      '微信 6.1.1 版本“帮助与反馈”中显示：微信群最多为 500 人，100 人以上的微信群主要针对已通过实名验证的微信用户：超过 40 人，你的邀请需要对方同意；超过 100 人，对方需要通过实名验证才能接受邀请，可通过绑定银行卡进行验证。',
    'occam-wechat':
      'Puedes crear un chat individual o uno grupal de hasta 500 personas, lo que supera el número máximo de participantes de otras aplicaciones.',
  },
  'groups.qr-validity': {
    'cyol-2016-03-07':
      '一直以来，微信为保证用户体验以及防止乱加好友情况的出现，用户在拉取群二维码时都会自动设定一个识别有效期，每个有效期的时间是7天。',
    'bjyouth-2016-03-08': '每个新获取的群二维码都只有7天有效期，过期后还可以重新生成。',
  },
  'groups.internal-max-members': { 'wecom-dev-98429': '内部群最多 2000 人,外部群最多 500 人' },
  'mass-messages.per-customer-limit': {
    'wecom-dev-92135':
      '每位客户/每个客户群每月最多可接收条数为当月天数,超过接收上限的客户/客户群将无法再收到群发消息。',
    'wecom-dev-96997':
      '为了防止滥用,每次群发最多可选20000个客户,同一个成员每日向一个客户最多可群发一条消息,',
  },
} as const satisfies QuotesInput;
