import type { FaqContent } from '@/lib/schema/faq-words';

export const faq: FaqContent = {
  title: '企业微信和个人微信：常见问题',
  description:
    '企业微信要花多少钱、客户怎么转过来、会不会被封号、哪些事能自动化、公司能看到什么：简短回答，每条说法都注明出处。',
  intro:
    '从个人微信转到企业微信之前，大家最常问的就是下面这些问题，这里逐一简短回答。每个数字、每条说法都链接到数据表里对应的那一行，可以查看出处和可信程度。',
  labels: {
    contents: '本页内容',
    myth: '误区',
    whatSourcesSay: '来源的说法',
    readMore: '延伸阅读',
    rows: '“{question}”背后的数据',
    costsPage: '企业微信的各项费用明细',
    footerLink: '常见问题',
    homeTitle: '大家常问的问题',
    articleTitle: '与本主题相关的常见问题',
  },
  topics: {
    costs: {
      question: '用企业微信要花多少钱？',
      answer: [
        '[注册企业、添加成员和使用内部办公工具都免费]{costs.core-features}，真正需要列入预算的是认证：不认证的企业最多只能有 {{contacts.unverified-org-cap}}。规模在 {{costs.verification-small-tier-max-members}}以内的企业，认证费用为 {{service-focus.verification-fee}}，此后年审费用为 {{costs.annual-review}}。',
        '认证后，企业还能免费添加 {{contacts.free-external-contacts}}；超出的部分，据服务商说平均约 {{costs.external-contacts-average-price}}，但[各档价格没有官方页面公布]{costs.external-contact-band-prices:wecom}。[会话内容存档]{work-tools.chat-archiving}、[服务商应用的接口调用许可]{costs.service-provider-licences}和[获客链接]{costs.acquisition-links}都是付费增值功能，而且[据服务商说，实际价格只在管理后台显示]{costs.external-contacts-average-price}，做预算前最好先到后台看一下。',
      ],
    },
    switching: {
      question: '怎么把个人微信上的客户转到企业微信？',
      answer: [
        '只能一个一个加：[据我们所知，没有一键导入的办法]{switching.bulk-import}，你要用企业微信[逐一向微信好友发送好友申请]{switching.friend-requests-to-wechat-friends}，[对方通过申请]{switching.friend-must-accept}后才会成为你的客户。[以前的聊天记录]{switching.chat-history-moves}和[朋友圈内容]{switching.moments-move}都没有工具能搬过去，不过官方并没有明文说明这一点。',
        '客户加到企业微信之后，[员工离职时客户会留在企业]{staff-leaving.customers-stay-with-company}；在职成员之间转交客户，每位客户最多可转 {{staff-leaving.active-transfer-limit}}。一家代理商转载的腾讯常见问题解答提到了[企业微信数据迁移服务]{switching.enterprise-migration-service}，但这项服务只在两家企业的企业微信之间迁移客户，而且[不包括尚未“确认为客户”的外部联系人]{switching.migration-moves-plain-contacts}。',
      ],
    },
    adding: {
      question: '客户怎么加我？每天加好友有上限吗？',
      answer: [
        '客户通常扫你的“联系我”二维码或点“联系我”按钮来加你，而且[默认不需要你验证，对方就能直接加上]{adding.contact-me-skips-approval}；每家企业最多可以配置 {{adding.contact-me-configurations}}“联系我”。[获客链接还能投放到微信以外，比如广告、网页和短信]{adding.acquisition-link-outside-wechat}，但[这项功能要付费]{costs.acquisition-links}；客户也可以[通过搜索手机号、名片分享、群聊或视频号加你]{adding.other-channels}。',
        '[企业微信没有公布每天添加好友的上限]{adding.daily-limit}，网上流传的各种数字都没有官方出处。',
      ],
      myth: {
        belief: '官方规定了每天加好友的固定上限。',
        correction:
          '[个人微信同样没有官方页面公布这样的数字]{adding.daily-limit:wechat}：据媒体报道，微信安全中心表示正常使用不受限制，会触发安全防护的是[用外挂批量加好友]{bans.plugins-banned:wechat}这类行为。',
      },
    },
    abroad: {
      question: '中国大陆以外的企业能用企业微信吗？能认证吗？',
      answer: [
        '可以用：[App 在中国大陆以外也能使用]{abroad.app-works-abroad}，而且[你能直接联系微信用户，对方无需另装 App]{service-focus.reaches-wechat-users}。能否认证就没那么确定了：[一份镜像保存的官方指南介绍了境外企业的认证途径]{abroad.overseas-verification-available}，费用为 {{costs.overseas-verification}}，而一篇博客说境外机构暂不支持认证，所以做打算之前，请先到管理后台确认。',
        '一家软件厂商的指南显示，[成员可以用邮箱代替手机号注册]{abroad.register-with-email}，但[能否用境外手机号注册，我们没有找到官方说明]{abroad.foreign-phone-numbers:wecom}。个人微信方面，[用境外手机号注册的账号适用 WeChat（海外版）的服务条款]{abroad.wechat-international-terms:wechat}。',
      ],
    },
    bans: {
      question: '我的账号会被封吗？',
      answer: [
        '正常使用不会。[微信安全中心表示，正常的社交行为不受限制]{bans.many-friends-banned:wechat}；账号被限制是因为违规，尤其是使用[多开、模拟器、群控这类外挂，微信对此明令禁止]{bans.plugins-banned:wechat}，[企业微信也同样禁止]{bans.plugins-banned}。',
        '据服务商转载的企业微信规则，[成员绑定的微信被限制后，该成员也会失去与微信用户互通的功能]{bans.bound-wechat-restriction}；微信解除限制后，企业微信最迟在 {{bans.unblock-delay}}内恢复互通。[情节严重的，整个企业及其管理员账号都可能被封]{bans.whole-org-ban}。',
      ],
      myth: {
        belief: '微信好友太多会被封号。',
        correction:
          '据媒体报道，[微信安全中心已经辟谣]{bans.many-friends-banned:wechat}：好友多不是问题，问题在于[用外挂批量加好友]{bans.plugins-banned:wechat}和群发诈骗信息。',
      },
    },
    automation: {
      question: '哪些事情可以自动化？',
      answer: [
        '凡是企业微信官方工具支持的都可以，但不能靠操控 App 来实现：[用第三方工具操控微信或企业微信违反平台规则]{automation.unofficial-tools-banned}，账号会有风险。官方途径里，群机器人（消息推送）可以通过 Webhook 发消息，每个机器人最多 {{automation.webhook-rate}}；[官方的智能机器人]{automation.ai-bot}也能在聊天中回复，但它能不能用来服务客户，我们没能确认。个人微信现在也有：[官方的 ClawBot 插件，只能在单聊中回复，不支持群聊]{automation.ai-bot:wechat}。',
        '给客户发消息始终离不开人工：[通过接口创建的群发任务，要成员确认后才会发出]{automation.mass-send-needs-member}，[应用消息也只能发到通过接口创建的内部群]{automation.app-messages-internal-groups-only}。[群机器人能否用于客户群]{automation.webhook-in-customer-groups}还没有定论：腾讯企业微信团队表示，客户群要经过产品和合规审批，也有服务商说可以用，别把业务流程建立在这一点上。',
      ],
    },
    privacy: {
      question: '公司能看我的聊天记录吗？',
      answer: [
        '只能看你在企业微信里的聊天，而且前提是公司购买了[会话内容存档]{work-tools.chat-archiving}，据我们所知这是[企业查看聊天内容的唯一官方途径]{privacy.archive-needed-to-read-chats}；据服务商资料，[你的个人微信不在公司能查看的范围内]{privacy.personal-wechat-visible-to-employer}。会话内容存档分 {{privacy.archive-editions}}，从只存内部聊天到涵盖客户聊天和音视频通话，而且[会记录每位客户是否同意存档]{privacy.customer-consent-recorded}。',
        '据博客介绍，[成员会收到会话被存档的提示]{privacy.member-notice}，[客户也会收到会话可能被存档的提示]{privacy.customer-notice}。如果你主动退出企业、之后也没有被重新邀请，账号会在 {{privacy.account-deleted-after-leaving}}后被删除；[管理员删除成员时，该成员的企业微信消息也会被清除]{privacy.deletion-clears-messages}。',
      ],
    },
    'both-apps': {
      question: '个人微信和企业微信能同时用吗？',
      answer: [
        '可以：[两者是各自独立的 App 和账号，可以装在同一部手机上]{both-apps.separate-apps}，不过据一篇博客介绍，[两边的聊天记录不会合并]{both-apps.histories-merge}。客户也分得清你用的是哪个：[企业微信账号在对方微信里显示为“姓名@企业简称”]{both-apps.identity-label}，而[个人微信只显示昵称]{both-apps.identity-label:wechat}。',
        '不过，两个账号在违规处罚上是连带的：[绑定的微信被限制时，你的企业微信也会失去与微信用户互通的功能]{bans.bound-wechat-restriction}，直到限制解除为止。',
      ],
    },
  },
};
