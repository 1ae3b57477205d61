import type { FaqContent } from '@/lib/faq/content';

export const faq: FaqContent = {
  title: '企业微信和个人微信的实用问题',
  description:
    '企业微信要花多少钱、客户怎么转过来、会不会被封号、能自动化什么、公司能看到什么：简明回答，每条说法都附有来源。',
  intro:
    '这里简要回答把工作从个人微信转到企业微信之前大家最常问的问题。每个数字和每条说法都链接到数据表中对应的一行，附有来源和可信程度。',
  labels: {
    contents: '本页内容',
    myth: '误区',
    whatSourcesSay: '来源怎么说',
    readMore: '延伸阅读',
    rows: '「{question}」背后的数据',
    costsPage: '企业微信的各项费用明细',
    footerLink: '实用问题',
    homeTitle: '大家常问的问题',
    articleTitle: '与本主题相关的实用问题',
  },
  questions: {
    costs: {
      question: '用企业微信要花多少钱？',
      answer: [
        '[注册、添加成员和使用内部办公工具都免费]{costs.core-features}，真正要预算的是认证：不认证的企业最多只能有 {{contacts.unverified-org-cap}}。规模在 {{costs.verification-small-tier-max-members}}以内的企业，认证费为 {{service-focus.verification-fee}}，之后的年审费用为 {{costs.annual-review}}。',
        '认证后还可免费拥有 {{contacts.free-external-contacts}}；超出部分，服务商称平均约 {{costs.external-contacts-average-price}}，而[各档价格没有官方页面公布]{costs.external-contact-band-prices:wecom}。[会话内容存档]{work-tools.chat-archiving}、[服务商应用的接口调用许可]{costs.service-provider-licences}和[获客链接]{costs.acquisition-links}都是付费增值功能，[服务商称实际价格只在管理后台显示]{costs.external-contacts-average-price}，做预算前请先到后台查看。',
      ],
    },
    switching: {
      question: '怎么把个人微信上的客户转到企业微信？',
      answer: [
        '只能一个个加：[据我们所知没有一键导入]{switching.bulk-import}，你要在企业微信里[向每位微信好友发送好友申请]{switching.friend-requests-to-wechat-friends}，[每位好友都须通过申请]{switching.friend-must-accept}，才会成为你的客户。[以前的聊天记录]{switching.chat-history-moves}和[朋友圈内容]{switching.moments-move}都没有工具可以迁移过去，不过也没有官方页面明确这样说。',
        '客户转到企业微信后，[员工离职时客户仍留在企业]{staff-leaving.customers-stay-with-company}，在职同事之间转交每位客户最多 {{staff-leaving.active-transfer-limit}}。一家代理商转载的腾讯常见问题提到了[企业微信数据迁移服务]{switching.enterprise-migration-service}，但它只在两家企业微信之间迁移客户，而且[不包括未确认为客户的外部联系人]{switching.migration-moves-plain-contacts}。',
      ],
    },
    adding: {
      question: '客户怎么加我？每天加好友有上限吗？',
      answer: [
        '客户一般扫你的「联系我」二维码或点按钮来加你，而且[默认无需你验证就能添加]{adding.contact-me-skips-approval}；每家企业最多可配置 {{adding.contact-me-configurations}}「联系我」。[获客链接还能投放在微信之外，比如广告、网页和短信]{adding.acquisition-link-outside-wechat}，但[需要付费]{costs.acquisition-links}；客户也可以[通过搜索手机号、名片分享、群聊或视频号加你]{adding.other-channels}。',
        '[企业微信没有公布每日添加好友的上限]{adding.daily-limit}，网上流传的数字都没有官方出处。',
      ],
      myth: {
        belief: '每天加好友有一个固定的官方上限。',
        correction:
          '[个人微信同样没有官方页面公布这样的数字]{adding.daily-limit:wechat}：据媒体报道，微信安全中心表示正常使用不受限制，触发防护的是[用外挂批量加好友]{bans.plugins-banned:wechat}。',
      },
    },
    abroad: {
      question: '中国大陆以外的企业能用企业微信、能认证吗？',
      answer: [
        '可以用：[App 在中国大陆以外也能使用]{abroad.app-works-abroad}，而且[微信用户无需另装 App 就能和你联系]{service-focus.reaches-wechat-users}。认证就不那么确定了，因为[各方说法不一]{abroad.overseas-verification-available}：一份官方指南的镜像介绍了境外企业的认证途径，费用为 {{costs.overseas-verification}}，而一篇博客说境外机构暂不支持认证，所以动手前请先在管理后台确认。',
        '一家服务商的指南显示[成员可以用邮箱代替手机号注册]{abroad.register-with-email}，但[我们没找到关于境外手机号的官方说明]{abroad.foreign-phone-numbers:wecom}。个人微信方面，[用境外手机号注册的账号适用 WeChat（国际版）条款]{abroad.wechat-international-terms:wechat}。',
      ],
    },
    bans: {
      question: '我的账号会被封吗？',
      answer: [
        '正常使用不会：[微信安全中心表示正常的社交行为不受限制]{bans.many-friends-banned:wechat}，账号被限制是因为违规，尤其是使用[多开、模拟器、群控等外挂，这是微信明令禁止的]{bans.plugins-banned:wechat}，[企业微信同样禁止]{bans.plugins-banned}。',
        '服务商转载的企业微信规则称，[成员绑定的微信被限制时，该成员会失去与微信用户互通的功能]{bans.bound-wechat-restriction}，直到微信解除限制，之后最多 {{bans.unblock-delay}}内恢复。[情节严重时，整个企业及其管理员账号都可能被封]{bans.whole-org-ban}。',
      ],
      myth: {
        belief: '微信好友太多会被封号。',
        correction:
          '据媒体报道，[微信安全中心已经辟谣]{bans.many-friends-banned:wechat}：好友多不是问题，[用外挂批量加好友]{bans.plugins-banned:wechat}和群发诈骗信息才是。',
      },
    },
    automation: {
      question: '哪些事可以自动化？',
      answer: [
        '可以用企业微信的官方工具自动化，但不能靠操控 App：[用第三方工具操控微信或企业微信违反规则]{automation.unofficial-tools-banned}，账号会有风险。官方途径中，群机器人（消息推送）通过 Webhook 发消息的上限为 {{automation.webhook-rate}}，[官方智能机器人]{automation.ai-bot}也能在聊天中回复，但我们无法确认它能否服务客户。',
        '触达客户始终要有人参与：[通过接口创建的群发须成员确认后才会发出]{automation.mass-send-needs-member}，[应用消息也只能发到通过接口创建的内部群]{automation.app-messages-internal-groups-only}。[群机器人能否用于客户群，各方说法不一]{automation.webhook-in-customer-groups}，不要以此为前提搭建流程。',
      ],
    },
    privacy: {
      question: '公司能看我的聊天记录吗？',
      answer: [
        '只能看企业微信里的聊天，而且前提是公司购买了[会话内容存档]{work-tools.chat-archiving}，据我们所知这是[查看聊天内容的唯一官方途径]{privacy.archive-needed-to-read-chats}；据服务商资料，[你的个人微信不在公司的查看范围内]{privacy.personal-wechat-visible-to-employer}。会话内容存档共有 {{privacy.archive-editions}}，从只存内部聊天到涵盖客户聊天和音视频通话，而且[会记录每位客户是否同意存档]{privacy.customer-consent-recorded}。',
        '据博客介绍，[成员会收到会话被存档的提示]{privacy.member-notice}，[客户也会收到会话可能被存档的提示]{privacy.customer-notice}。如果你主动退出企业，账号会在 {{privacy.account-deleted-after-leaving}}后被删除，而且[删除成员会清除其企业微信消息]{privacy.deletion-clears-messages}。',
      ],
    },
    'both-apps': {
      question: '个人微信和企业微信能同时用吗？',
      answer: [
        '可以：[两者是独立的 App 和账号，可以装在同一部手机上]{both-apps.separate-apps}，不过据一篇博客介绍，[两边的聊天记录不会合并]{both-apps.histories-merge}。客户分得清两者，因为[在微信里看到的是「姓名@企业简称」]{both-apps.identity-label}，而[个人微信只显示昵称]{both-apps.identity-label:wechat}。',
        '不过两个账号在处罚上是关联的：[绑定的微信被限制时，你的企业微信会失去与微信用户互通的功能]{bans.bound-wechat-restriction}，直到限制解除。',
      ],
    },
  },
};
