import type { QuizMessages } from '@/lib/schema/quiz-words';

export const quizMessages = {
  page: {
    title: '哪种账号适合你？',
    description:
      '几道小题，根据你打算怎么用账号，推荐企业微信、个人微信，还是都用；每条理由都有带出处的数字支撑。',
    intro:
      '大约两分钟：最多回答 {count} 道小题，说说你打算怎么用账号（给谁用、联系人和客户有多少、员工离职后怎么办、朋友圈、群聊、群发和办公工具），我们就告诉你适合用企业微信、个人微信，还是都用。每条理由都链接到它所依据的数字和出处。',
    start: '开始测试',
    guideLink: '看看测试如何根据每个答案作出判断',
    noScript: '互动测试需要启用 JavaScript。',
    noScriptGuide: '阅读决策指南：同样的判断逻辑，同样的数字',
  },
  flow: {
    progress: '第 {n} 题，共 {total} 题',
    progressLabel: '测试进度',
    back: '上一步',
    next: '下一步',
    saveAndReturn: '保存并返回汇总',
    chooseOne: '请先选择答案再继续。',
  },
  questions: {
    purpose: {
      legend: '这个账号给谁用？',
      short: '账号给谁用',
      hint: '按你最主要的用途来选。',
      options: {
        me: '给我自己：朋友、家人和我个人的联系人',
        business: '给我的生意或单位',
        both: '都有：既有私人生活，也要和客户打交道',
      },
      notes: {
        'for-individuals': '个人微信面向{value}：账号和好友都归你本人。',
        'for-organisations': '企业微信面向{value}：账号归企业所有。',
        'keep-apart': '企业微信面向{value}；工作用企业微信，个人微信就留给私人生活。',
      },
    },
    contacts: {
      legend: '按每个人算，最多要对接多少联系人或客户？',
      short: '每人联系人数',
      hint: '按最多的那个人算：你自己，或者客户最多的那位员工。',
      options: {
        friends: '不超过 {to}',
        'chats-only': '超过 {from}，最多 {to}',
        'member-max': '超过 {from}，最多 {to}',
        beyond: '超过 {from}',
      },
      notes: {
        'chats-only': '个人微信加满 {value}后，新加的好友只能设为“仅聊天”，看不到你的朋友圈。',
        'friend-cap': '个人微信总共最多只能加 {value}。',
        'member-approval': '在企业微信里，经管理员审批扩容后，上限可提高到 {value}。',
        'spread-members':
          '单靠一个账号，哪种都做不到：企业微信每位成员的上限为 {value}，但企业可以把客户分给多名成员。',
      },
    },
    customers: {
      legend: '那整个团队加起来，总共要服务多少联系人？',
      short: '联系人总数',
      hint: '如果只有你自己做，答案和上一题相同。',
      options: {
        'free-quota': '不超过 {to}',
        'one-account': '超过 {from}，最多 {to}',
        more: '超过 {from}',
      },
      notes: {
        'free-quota': '企业完成认证后，企业微信的免费额度是 {value}。',
        'paid-quota':
          '免费额度（{value}）用完后，企业微信要按年购买外部联系人规模；个人微信不收任何费用。',
        scattered: '每个个人微信账号最多 {value}：客户会散落在每个人的手机里，没有统一的客户名单。',
      },
    },
    team: {
      legend: '是否有好几个人服务同一批客户，并且要求有人离职时客户留在公司？',
      short: '共享客户、离职不带走',
      options: {
        must: '是，必须做到',
        nice: '能做到更好，但不是必须',
        no: '不需要：只有我自己做，或者各人管各人的客户',
      },
      notes: {
        'customers-stay':
          '在企业微信里，有人离职时，可以通过离职继承把他的客户分给同事，客户继续留在公司。',
        'customers-leave': '在个人微信里，好友归个人所有：谁离职，谁就把客户带走。',
      },
    },
    'company-name': {
      legend: '你的对外名片上需要显示经过认证的企业名称（企业简称）吗？',
      short: '显示认证企业简称',
      hint: '在企业微信里，只有企业完成认证，名片上才会显示企业简称；认证审核费为 {fee}。',
      options: {
        must: '是，必须显示',
        nice: '有的话更好',
        no: '不用，我只想用自己的名字',
      },
      notes: {
        'company-name': '企业微信会在你的对外名片上显示经过认证的企业简称。',
        'no-company-name': '个人微信的资料里无法显示经过认证的企业名称。',
        'as-yourself': '用个人微信，你以个人身份出现，不挂企业名，也不用做任何认证。',
      },
    },
    moments: {
      legend: '你每天想发几条朋友圈给联系人看？',
      short: '每天发朋友圈条数',
      options: {
        rarely: '很少或不发：不是每天都发',
        'up-to': '每天不超过 {to} 条',
        more: '每天超过 {from} 条',
      },
      notes: {
        'moments-cap':
          '企业微信的客户朋友圈有展示上限：每位客户能看到的成员发表内容上限为 {value}，超出的部分看不到。',
        'moments-no-cap': '个人微信朋友圈的发布条数：{value}。',
      },
    },
    groups: {
      legend: '你需要的最大的群有多少人？',
      short: '最大群人数',
      options: {
        'up-to': '不超过 {to} 人，或者不用群',
        internal: '超过 {from} 人，只有自己团队的人',
        external: '超过 {from} 人，有客户或其他外部人员',
      },
      notes: {
        'group-cap': '个人微信群最多 {value}。',
        'customer-group-cap': '企业微信里有客户在内的群，最多 {value}。',
        'internal-group': '企业微信的内部群（只有本企业成员）最多 {value}。',
        'all-staff-group': '全员群最多可达 {value}。',
        'qr-linked-groups':
          '用企业微信的群活码，同一个码最多可以把扫码的人分到 {number} 个群，群满后会自动新建群。',
      },
    },
    'broadcast-size': {
      legend: '你会群发吗（把同一条消息一次发给很多联系人）？每次发给多少人？',
      short: '每次群发人数',
      options: {
        none: '我不群发',
        small: '不超过 {to} 人',
        large: '超过 {from} 人，最多 {to} 人',
        huge: '超过 {from} 人',
      },
      notes: {
        'broadcast-batches': '个人微信群发的上限是 {value}：想发给更多人，只能分批重复发送。',
        'wecom-batch': '企业微信群发的上限是 {value}，不用分批发送。',
      },
    },
    'broadcast-frequency': {
      legend: '同一位客户收到你群发的频率有多高？',
      short: '群发频率',
      hint: '企业微信限制每位客户能收到的群发条数：{limit}。',
      options: {
        within: '在这个限制之内',
        more: '超过这个限制',
      },
      notes: {
        'broadcast-cap': '企业微信限制每位客户能收到的群发条数：{value}。',
      },
    },
    'work-tools': {
      legend: '你需要在聊天的同一个 App 里使用日程、会议、共享文档、审批或打卡吗？',
      short: '办公工具',
      options: {
        must: '需要，而且要和聊天在同一个 App 里',
        nice: '有的话更好',
        no: '不需要，或者已经在用别的工具',
      },
      notes: {
        'work-tools': '企业微信内置日程、会议、共享文档和微盘存储。',
        'no-work-tools': '个人微信没有内置这些工具。',
        'check-in': '还有打卡、审批和汇报。',
      },
    },
  },
  summary: {
    title: '检查你的回答',
    intro: '看结果之前，每道题都还可以改。',
    change: '修改',
    changeLabel: '修改回答：{question}',
    seeResult: '查看结果',
    untrusted: '这些回答来自一个被改动过的链接。请逐条检查，把不是你的回答改掉，然后确认。',
    confirm: '是的，这些是我的回答',
  },
  outcomes: {
    wecom: {
      title: '结果：适合你的是企业微信',
      description:
        '企业微信是微信团队专为企业和组织打造的独立应用，能满足你的需求：客户留在公司，能加更多联系人，支持更大的群和群发。逐项看数字，了解为什么。',
      headline: '适合你的是企业微信',
      summary:
        '企业微信是微信团队专为企业和组织打造的独立应用，能满足你的需求。客户不用另装任何 App，照常用自己的微信就能给你发消息。',
      name: '企业微信',
    },
    wechat: {
      title: '结果：适合你的是个人微信',
      description:
        '个人微信就够用了：你的需求没有哪项非用企业微信不可，也不用注册、认证企业。逐项看数字，了解为什么。',
      headline: '适合你的是个人微信',
      summary: '个人微信就够用了：你的需求没有哪项非用企业微信不可，也不必注册或认证任何组织。',
      name: '个人微信',
    },
    both: {
      title: '结果：个人微信和企业微信搭配使用最适合你',
      description:
        '建议个人微信和企业微信搭配使用：个人微信管私人生活，企业微信服务客户，因为单靠哪种账号都满足不了你的需求。逐项看数字，了解为什么。',
      headline: '建议个人微信和企业微信搭配使用',
      summary:
        '个人微信管私人生活，也用来做企业微信做不了的事；企业微信专门用来服务客户。两者正好互补。',
      name: '个人微信和企业微信搭配使用',
    },
  },
  strength: {
    clear: '推荐明确。',
    leaning: '推荐倾向较弱：你的回答偏向这个结果，但差距不大。',
    depends: '这个建议取决于尚未证实的数字：它依据的数据来源并不确定（见下文）。',
    tie: '完全打平。',
  },
  basis: {
    requirement: '决定结果的是你的某项需求，而这项需求只有特定的账号才能满足。',
    conflict: '你的需求单靠哪种账号都满足不了：各自能补上对方做不到的部分。',
    points: '没有哪个回答排除某种账号，结果由你的偏好决定：企业微信 {wecom}，个人微信 {wechat}。',
    tie: '你的回答对两种账号的分量完全相同：各 {wecom}。平局时我们推荐个人微信，因为你提出的需求都不需要在企业微信上注册并认证一个组织。',
  },
  result: {
    verdictLabel: '你的结果',
    decidedBy: '起决定作用的是：',
    evidenceIntro: '每个起作用的回答，以及它所依据的数字。想核对哪一条，就展开哪一条。',
    answersTitle: '你的回答',
    reasonsTitle: '理由',
    answer: '{question}：{answer}',
    kinds: {
      'rules-out': '{account}做不到',
      weighs: '有利于{account}',
      informs: '供参考',
      neither: '哪种账号都做不到',
    },
    flipsTitle: '怎样会得到另一种结果：{outcome}',
    flip: '如果“{question}”你选的是“{answer}”，我们会推荐{outcome}。',
    noFlips: '单独改动其中任何一个回答，结果都不会变。',
    dependsOnTitle: '这个结果取决于什么',
    dependsOn:
      '下面这些数字左右了结果，但并不可靠：来源互相矛盾、只有薄弱的二手说法，或是我们自己的推断。做决定前请先核实。',
    assumptionsTitle: '我们的前提假设',
    verifiedOrg:
      '假设你的企业在企业微信完成认证：认证审核费 {fee}，有效期 {validity}。未认证时，企业微信最多只能有 {customers}、{members}。',
    figure: '{account} · {fact}',
    source: '来源',
    row: '在表格中查看',
    retake: '重新测试',
    change: '修改回答',
  },
  share: {
    poster: '保存结果图片，分享到微信',
    title: '分享你的结果',
    intro: '链接里带着你的回答：打开链接的人会看到同样的结果和同样的理由。',
    linkLabel: '你的结果链接',
    copy: '复制链接',
    copied: '链接已复制。',
    copyFailed: '复制失败：请选中链接，手动复制。',
    share: '分享…',
    text: '{headline}。理由见“哪种账号适合你？”测试。',
  },
  link: {
    title: '链接不完整',
    damaged: '链接有部分内容无法读取：可能在复制时被截断或改动了。我们已舍弃无法识别的部分。',
    recovered: '已恢复 {total} 个回答中的 {n} 个。',
    finish: '完成测试',
    review: '检查回答',
    retake: '重新开始',
    alteredTitle: '这个链接在生成后被改动过',
    altered:
      '链接的校验字符对不上：有某个回答被改过，但我们无法判断是哪一个。下面列出链接里的回答，在你确认或修改之前，它们都不算数。',
    confirm: '检查并确认',
  },
  guide: {
    title: '决策指南：哪种需求指向哪种账号',
    description:
      '逐题列出测试的判断逻辑：每个答案指向企业微信还是个人微信，依据的是哪个带出处的数字。',
    intro: '这就是测试所用的判断逻辑，数字也完全相同。在每道题里找到你的答案，看它指向哪种账号。',
    howTitle: '怎么判断',
    how: [
      '如果某项需求只有特定的账号才能满足，做不到的那种账号就被排除，能做到的胜出。',
      '如果企业微信和个人微信分别因不同的需求被排除，就建议搭配使用。',
      '如果都没被排除，就把你各项偏好的分数加起来；相差 {margin} 分或以上，推荐就算明确。如果打平，推荐个人微信，因为它不需要注册或认证。',
      '如果你还想把账号用于私人生活，而结果又指向企业微信，就建议个人微信和企业微信搭配使用。',
    ],
    option: '如果你选“{answer}”',
    noEffect: '对哪种账号都不加分。',
    points: { one: '{n} 分', other: '{n} 分' },
  },
  general: {
    title: '通常会得出这个结果的回答',
    intro: '以下回答会指向这个结果。做个测试，看看你自己的理由，还可以分享出去。',
    take: '做个测试',
  },
  verdict: {
    softRulesOut: '{account}可能做不到，但这个数字不够可靠：只算 {points}',
    softBasis:
      '没有哪个可靠的数字能排除某种账号。如果只有不够可靠的数字说某种账号做不到你需要的事，就不排除该账号，这项需求只算 {soft}。合计：企业微信 {wecom}，个人微信 {wechat}。',
    essentialTitle: '你说必需的',
    essential: {
      'both-meet': '“{question}”：你说这是必需的，两种账号都能做到，所以它不左右结果。',
      neither: '“{question}”：你说这是必需的，但两种账号都做不到，所以它无法帮你二选一。',
      outweighed:
        '“{question}”：你说这是必需的。说{account}做不到的，只有一个不够可靠的数字，所以它只算 {points}，没有直接排除该账号；而你其他回答的分量与之相当或更重。',
    },
    changeTitle: '怎样会改变结果',
    disputed: '{value}；{alternative}',
    disputedWithSources: '{value}（{sources}）；{alternative}（{altSources}）',
    sources: '来源',
    named: '这个链接的地址写的是“{named}”，但其中的回答指向{outcome}：这里显示的是回答得出的结果。',
  },
  linkNotice: {
    otherVersionTitle: '这个链接来自另一版本的测试',
    otherVersion:
      '链接里的回答对应的是另一套问题，我们无法可靠地读取。请做一遍测试查看你的结果，大约两分钟。',
    unreadableTitle: '无法读取这个链接',
    unreadable:
      '链接里没有测试生成的回答格式：可能被改动过，或混进了表情符号之类的字符。请直接做测试，或请发链接的人重新发一次。',
    start: '开始测试',
  },
} satisfies QuizMessages;
