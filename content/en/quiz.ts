import type { QuizMessages } from '@/lib/schema/quiz-words';

export const quizMessages = {
  page: {
    title: 'Which account suits you?',
    description:
      'A short quiz that recommends WeCom, personal WeChat or both, depending on how you will use the account, with every reason backed by a sourced figure.',
    intro:
      'It takes about two minutes: answer up to {count} short questions about how you will use the account (who it is for, how many contacts and customers, what happens when staff leave, Moments, groups, mass messages, work tools), and we will tell you whether WeCom, personal WeChat or both suit you. Every reason links to the figure it rests on and to its source.',
    start: 'Start the quiz',
    guideLink: 'See how the quiz decides, answer by answer',
    noScript: 'The interactive quiz needs JavaScript.',
    noScriptGuide: 'Read the decision guide: the same logic, with the same figures',
  },
  flow: {
    progress: 'Question {n} of {total}',
    progressLabel: 'Quiz progress',
    back: 'Back',
    next: 'Next',
    saveAndReturn: 'Save and return to the summary',
    chooseOne: 'Choose an answer to continue.',
  },
  questions: {
    purpose: {
      legend: 'Who is the account for?',
      short: 'Who it is for',
      hint: 'Think about what you will mainly use it for.',
      options: {
        me: 'For me: friends, family and my own contacts',
        business: 'For my business or organization',
        both: 'For both: my private life and my work with customers',
      },
      notes: {
        'for-individuals':
          'Personal WeChat is built for {value}: the account and the contacts are yours.',
        'for-organisations': 'WeCom is built for {value}: the account belongs to the organization.',
        'keep-apart':
          'WeCom is built for {value}; if you use it for work, your personal WeChat stays for your private life.',
      },
    },
    contacts: {
      legend: 'How many contacts or customers does a single person need to keep in touch with?',
      short: 'Contacts per person',
      hint: 'Count those of whoever has the most: you, or the person on your team with the most customers.',
      options: {
        friends: 'Up to {to}',
        'chats-only': 'More than {from} and up to {to}',
        'member-max': 'More than {from} and up to {to}',
        beyond: 'More than {from}',
      },
      notes: {
        'chats-only':
          'On personal WeChat, new contacts beyond {value} are set to Chats Only: they do not see your Moments.',
        'friend-cap': 'Personal WeChat cannot go beyond {value} in total.',
        'member-approval': 'On WeCom, an admin can raise each member’s limit to {value}.',
        'spread-members':
          'Neither account goes that high on its own: WeCom allows {value}, but the company can share the customers out among several members.',
      },
    },
    customers: {
      legend: 'And how many do you need to serve in total, across the whole team?',
      short: 'Contacts in total',
      hint: 'If you work alone, it is the same figure as in the previous question.',
      options: {
        'free-quota': 'Up to {to}',
        'one-account': 'More than {from} and up to {to}',
        more: 'More than {from}',
      },
      notes: {
        'free-quota': 'WeCom includes {value} for free if the organization is verified.',
        'paid-quota':
          'Above {value}, WeCom charges for a yearly external-contact quota; personal WeChat charges nothing.',
        scattered:
          'A personal WeChat account cannot go beyond {value}: your customers would be scattered across each person’s phone, with no shared list.',
      },
    },
    team: {
      legend:
        'Do several people serve the same customers, and should those customers stay with the company when someone leaves?',
      short: 'Shared customers who stay with the company',
      options: {
        must: 'Yes, it is essential',
        nice: 'It would be nice, but it is not essential',
        no: 'No: I work alone, or everyone handles their own contacts',
      },
      notes: {
        'customers-stay':
          'On WeCom, when someone leaves, their customers pass to a colleague and stay with the company.',
        'customers-leave':
          'On personal WeChat, contacts belong to each person: whoever leaves takes them along.',
      },
    },
    'company-name': {
      legend: 'Should your profile show your company’s verified name?',
      short: 'Verified company name',
      hint: 'On WeCom, the company name only appears if the organization is verified; the review costs {fee}.',
      options: {
        must: 'Yes, it is essential',
        nice: 'It would help',
        no: 'No, I would rather appear under my own name only',
      },
      notes: {
        'company-name': 'WeCom shows your company’s verified name on your profile.',
        'no-company-name': 'Personal WeChat cannot show a company’s verified name.',
        'as-yourself':
          'On personal WeChat you appear as yourself, with no company behind you and nothing to verify.',
      },
    },
    moments: {
      legend: 'How many times a day do you want to post to Moments for your contacts?',
      short: 'Moments posts',
      options: {
        rarely: 'Rarely or never: not every day',
        'up-to': 'Up to {to} a day',
        more: 'More than {from} a day',
      },
      notes: {
        'moments-cap':
          'On WeCom, each customer sees at most {value} from members; the rest do not reach them.',
        'moments-no-cap': 'Personal WeChat’s limit on Moments posts: {value}.',
      },
    },
    groups: {
      legend: 'How big is the largest chat group you need?',
      short: 'Largest group',
      options: {
        'up-to': 'Up to {to} people, or I do not use groups',
        internal: 'More than {from} people, only my team',
        external: 'More than {from} people, with customers or other outsiders',
      },
      notes: {
        'group-cap': 'A personal WeChat group holds at most {value}.',
        'customer-group-cap': 'A WeCom group with customers holds at most {value}.',
        'internal-group':
          'An internal WeCom group, with only the organization’s own members, holds up to {value}.',
        'all-staff-group': 'The all-staff group goes up to {value}.',
        'qr-linked-groups':
          'With WeCom’s dynamic group QR code, a single code spreads people across up to {number} groups, and WeCom can create a new group when they are all full.',
      },
    },
    'broadcast-size': {
      legend:
        'Do you send mass messages, the same message to many contacts at once? To how many people each time?',
      short: 'Recipients per mass message',
      options: {
        none: 'I do not send mass messages',
        small: 'To {to} people or fewer',
        large: 'To more than {from} and up to {to}',
        huge: 'To more than {from}',
      },
      notes: {
        'broadcast-batches':
          'Personal WeChat sends each mass message to {value} at most: to reach more people, you would have to send it again in batches.',
        'wecom-batch': 'WeCom reaches {value} in a single send.',
      },
    },
    'broadcast-frequency': {
      legend: 'How often does the same person receive those mass messages?',
      short: 'How often you send mass messages',
      hint: 'WeCom limits the mass messages each customer receives: {limit}.',
      options: {
        within: 'Within that limit',
        more: 'More often',
      },
      notes: {
        'broadcast-cap': 'WeCom limits the mass messages each customer receives: {value}.',
      },
    },
    'work-tools': {
      legend:
        'Do you need a calendar, meetings, shared documents, approvals or check-in in the same app?',
      short: 'Work tools',
      options: {
        must: 'Yes, in the same app as the chat',
        nice: 'They would help',
        no: 'No, or I already use other tools',
      },
      notes: {
        'work-tools':
          'WeCom has a built-in calendar, meetings, shared documents and WeDrive storage.',
        'no-work-tools': 'Personal WeChat does not have those tools built in.',
        'check-in': 'It also includes check-in, approvals and reports.',
      },
    },
  },
  summary: {
    title: 'Review your answers',
    intro: 'You can change any of them before you see the result.',
    change: 'Change',
    changeLabel: 'Change the answer: {question}',
    seeResult: 'See the result',
    untrusted:
      'These answers come from a link that was changed. Check each one, change any that is not yours, then confirm them.',
    confirm: 'Yes, these are my answers',
  },
  outcomes: {
    wecom: {
      title: 'Result: WeCom suits you',
      description:
        'WeCom, the WeChat team’s separate app for organizations, covers what you need: customers who stay with the company, more contacts, and bigger groups and mass messages. See why, figure by figure.',
      headline: 'WeCom suits you',
      summary:
        'WeCom, the WeChat team’s separate app for organizations, covers what you need. Your customers do not have to install anything: they keep messaging you from their usual WeChat.',
      name: 'WeCom',
    },
    wechat: {
      title: 'Result: personal WeChat suits you',
      description:
        'Personal WeChat is enough for you: nothing you need requires WeCom, or registering and verifying an organization. See why, figure by figure.',
      headline: 'Personal WeChat suits you',
      summary:
        'Personal WeChat is enough for you: nothing you need requires WeCom, and you do not have to register or verify any organization.',
      name: 'personal WeChat',
    },
    both: {
      title: 'Result: personal WeChat and WeCom both suit you',
      description:
        'You are best off using both: personal WeChat for your private life and WeCom for your customers, because neither one covers everything you need on its own. See why, figure by figure.',
      headline: 'Both suit you: personal WeChat and WeCom',
      summary:
        'Use personal WeChat for your private life, or for what WeCom does not allow, and WeCom to serve your customers: each account covers what the other cannot.',
      name: 'both accounts',
    },
  },
  strength: {
    clear: 'A clear recommendation.',
    leaning: 'A close call: your answers lean this way, but only just.',
    depends:
      'A recommendation that depends on unconfirmed figures: it rests on data the sources do not settle (below).',
    tie: 'An exact tie.',
  },
  basis: {
    requirement: 'It comes down to something you need that only one of the accounts can do.',
    conflict:
      'You need things that no single account can do on its own: each one covers what the other cannot.',
    points:
      'No answer rules out either account, so your preferences decide: {wecom} for WeCom and {wechat} for personal WeChat.',
    tie: 'Your answers weigh exactly the same for both: {wecom} each. We break the tie toward personal WeChat, because nothing you asked for needs an organization registered and verified on WeCom.',
  },
  result: {
    verdictLabel: 'Your result',
    decidedBy: 'What decides it:',
    evidenceIntro:
      'Each answer that counts, with the figure it rests on. Open the ones you want to check.',
    answersTitle: 'Your answers',
    reasonsTitle: 'Why',
    answer: '{question}: {answer}',
    kinds: {
      'rules-out': '{account} falls short',
      weighs: 'Points to {account}',
      informs: 'Good to know',
      neither: 'Neither account goes that far',
    },
    flipsTitle: 'What would lead to a different result: {outcome}',
    flip: 'If you answered “{answer}” to “{question}”, we would recommend {outcome}.',
    noFlips: 'Changing any single answer would not change this result.',
    dependsOnTitle: 'What this result depends on',
    dependsOn:
      'These figures tip the result, but they are not firm: the sources disagree, are weak second-hand reports, or it is our own inference. Check them before you decide.',
    assumptionsTitle: 'What we assume',
    verifiedOrg:
      'That your organization gets verified on WeCom: the review costs {fee} and is valid for {validity}. Without verification, WeCom allows only {customers} and {members}.',
    figure: '{account} · {fact}',
    source: 'Source',
    row: 'See it in the table',
    retake: 'Retake the quiz',
    change: 'Change an answer',
  },
  share: {
    poster: 'Save the result as an image to share on WeChat',
    title: 'Share your result',
    intro:
      'The link carries your answers: anyone who opens it will see this same result, with the same reasons.',
    linkLabel: 'Link to your result',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy: select the link and copy it by hand.',
    share: 'Share…',
    text: '{headline}. That is what the “Which account suits you?” quiz says.',
  },
  link: {
    title: 'The link was incomplete',
    damaged:
      'Part of the link could not be read: it may have been cut off or changed when it was copied. We have left out what we could not understand.',
    recovered: 'We recovered {n} of {total} answers.',
    finish: 'Finish the quiz',
    review: 'Review your answers',
    retake: 'Start over',
    alteredTitle: 'This link was changed after it was made',
    altered:
      'Its check character does not match: an answer was changed, and we cannot tell which. We show the answers it contains, but none of them counts until you confirm or change them.',
    confirm: 'Review and confirm',
  },
  guide: {
    title: 'Decision guide: which need points to which account',
    description:
      'The quiz’s logic, question by question: which account each answer points to, WeCom or personal WeChat, and the sourced figure behind it.',
    intro:
      'This is the same logic the quiz follows, with the same figures. For each question, find your answer and see which account it points to.',
    howTitle: 'How the decision is made',
    how: [
      'If you need something only one account can do, the other is ruled out and that one wins.',
      'If each account is ruled out by a different need, you are best off using both.',
      'If neither is ruled out, the points from your preferences are added up; with a difference of {margin} points or more, the recommendation is clear. In a tie, personal WeChat wins, since it needs no registration or verification.',
      'If you also want the account for your private life and everything points to WeCom, you are best off having both.',
    ],
    option: 'If you answer “{answer}”',
    noEffect: 'Does not tip the balance toward either account.',
    points: { one: '{n} point', other: '{n} points' },
  },
  general: {
    title: 'What usually leads to this result',
    intro:
      'These answers point to this result. Take the quiz to see your own reasons and share them.',
    take: 'Take the quiz',
  },
  verdict: {
    softRulesOut: '{account} would fall short, but the figure is not firm: it counts {points}',
    softBasis:
      'No firm figure rules out either account. When only a figure that is not firm says an account cannot do something you need, that account is not ruled out: the need counts {soft}. In all: {wecom} for WeCom and {wechat} for personal WeChat.',
    essentialTitle: 'What you said you need',
    essential: {
      'both-meet':
        '“{question}”: you said you need it, and both accounts do it, so it does not tip the result either way.',
      neither:
        '“{question}”: you said you need it, but neither account does it, so it cannot decide between them.',
      outweighed:
        '“{question}”: you said you need it. Only a figure that is not firm says {account} cannot do it, so it counted {points} instead of ruling that account out, and your other answers weighed as much or more.',
    },
    changeTitle: 'What would change the result',
    disputed: '{value}; {alternative}',
    disputedWithSources: '{value} ({sources}); {alternative} ({altSources})',
    sources: 'Sources',
    named:
      'This link’s address says “{named}”, but its answers lead to {outcome}: what you see is what the answers decide.',
  },
  linkNotice: {
    otherVersionTitle: 'This link comes from another version of the quiz',
    otherVersion:
      'Its answers belong to other questions, so we cannot read them reliably. Take the quiz to see your result: it takes about two minutes.',
    unreadableTitle: 'This link could not be read',
    unreadable:
      'It holds no answers in the form the quiz writes: it may have been edited, or characters such as emoji were pasted into it. Take the quiz, or ask whoever sent it for the link again.',
    start: 'Start the quiz',
  },
} satisfies QuizMessages;
