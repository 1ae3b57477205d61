import type { CostsText } from '@/lib/schema/costs-words';

export const costsText: CostsText = {
  estimator: {
    title: '估算一年的费用',
    intro:
      '回答几个问题，就能逐项算出企业微信一年大约要花多少钱；腾讯没有公开的价格，只列出项目，绝不凭空估算。',
    noScript: '计算器需要启用 JavaScript 才能运行。下面三个算例用的是同一套算法，可以直接参考。',
    fields: {
      members: {
        label: '企业成员总数',
        hint: '企业里所有拥有企业微信账号的人。',
      },
      contacts: {
        label: '客户数（外部联系人）',
        hint: '成员服务的微信用户，去重后每人只算一次；只在群里的客户也要算上。',
      },
      archivedMembers: {
        label: '需要会话内容存档的成员数',
        hint: '企业必须保存其聊天记录的成员。',
      },
      providerAppMembers: {
        label: '使用服务商应用的成员数',
        hint: '使用服务商应用（第三方应用或代开发应用）的成员，每人需要一个互通账号。',
      },
    },
    verified: {
      legend: '企业是否已认证？',
      yes: '已认证',
      no: '未认证',
    },
    mainland: {
      legend: '企业在哪里注册？',
      yes: '在中国大陆注册',
      no: '在中国大陆以外注册',
    },
    errors: {
      empty: '此项不能为空：请填写整数，没有就填 0。',
      'not-a-number': '请用阿拉伯数字填写，不要带文字或符号。',
      negative: '数量不能是负数。',
      'not-whole': '请填写整数，不要带小数。',
      'too-large': '这个数字对一家企业来说太大了，请检查是否输错。',
    },
    stale: '尚未更新：下面仍是按上次有效数字算出的估算。改正上方标出的那一项后会自动更新。',
    problems: {
      'unverified-members-over-cap':
        '未认证企业最多只能有 {memberCap} 名成员：请先完成认证，或者调小这个数字。',
      'unverified-contacts-over-cap':
        '未认证企业最多只能添加 {customerCap} 位客户：请先完成认证，或者调小这个数字。',
      'archived-over-members': '需要存档的成员比企业成员总数还多：请调整其中一个数字。',
      'provider-over-members': '使用服务商应用的成员比企业成员总数还多：请调整其中一个数字。',
    },
  },
  result: {
    title: '每年费用估算',
    money: '{amount} 元',
    total: {
      range: '每年 {low}至 {high}',
      from: '每年 {low}起，另有腾讯未公开价格的项目',
      exact: '每年 {low}',
    },
    item: '项目',
    amount: '每年',
    notPublished: '价格未公开',
    lineAmount: { range: '{low}至 {high}', from: '{low}起', exact: '{low}' },
    unknownsNote:
      '标为“价格未公开”的项目，价格只能在管理后台或向服务商查询，如果购买其中任何一项，实际总额会高于这里显示的数字。',
  },
  items: {
    verification: {
      name: '认证和年审',
      detail: {
        one: '{count} 名成员：按企业规模收费，每年年审再交一次同样的费用。',
        other: '{count} 名成员：按企业规模收费，每年年审再交一次同样的费用。',
      },
    },
    'overseas-verification': {
      name: '境外企业认证',
      detail: '每次申请收取固定费用；我们假定每年年审时也要再交一次，与中国大陆企业相同。',
    },
    'external-contacts': {
      name: '外部联系人规模',
      detail: {
        one: '超出免费额度的 {count} 个外部联系人，按服务商给出的平均价计算；各档价格未公开。',
        other: '超出免费额度的 {count} 个外部联系人，按服务商给出的平均价计算；各档价格未公开。',
      },
    },
    'chat-archiving': {
      name: '会话内容存档',
      detail: {
        one: '{count} 名存档成员，按一家服务商报出的起步价计算；官方价格未公开。',
        other: '{count} 名存档成员，按一家服务商报出的起步价计算；官方价格未公开。',
      },
    },
    'provider-licences': {
      name: '服务商应用的接口调用许可',
      detail: {
        one: '{count} 个互通账号，按两家服务商的报价给出区间。',
        other: '{count} 个互通账号，按两家服务商的报价给出区间。',
      },
    },
    'acquisition-links': {
      name: '获客助手（获客链接）',
      detail: '按需购买：预先购买的使用额度。',
    },
    'wedrive-space': {
      name: '微盘扩容',
      detail: '按需购买：超出免费空间的存储容量。',
    },
  },
  quizHint: {
    title: '用企业微信要花多少钱',
    upTo: '在中国大陆注册并已认证的企业，成员不超过 {members} 名、客户不超过 {contacts} 位，用企业微信每年 {low}起，可选的付费功能另计。',
    moreThan:
      '在中国大陆注册并已认证的企业，成员不超过 {members} 名、客户超过 {contacts} 位，用企业微信每年 {low}起，可选的付费功能另计。',
    caveat: '这些价格的可信度：{caveats}。',
    estimatorLink: '逐项估算你的费用',
    faqLink: '常见问题：迁移、封号、隐私……',
  },
  examples: {
    title: '三个算例',
    intro:
      '与上面的计算器用同一套算法算出。这些企业都是虚构的，并非真实客户：在计算器里填入你自己的数字即可。',
    organisations: {
      shop: '一家小店',
      agency: '一家境外代理公司',
      factory: '一家工厂',
    },
    description:
      '{members} 名成员、{contacts} 位客户，{where}注册。需要会话内容存档的成员：{archived} 名；使用服务商应用的成员：{provider} 名。',
    mainland: '在中国大陆',
    abroad: '在中国大陆以外',
  },
};
