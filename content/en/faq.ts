import type { FaqContent } from '@/lib/schema/faq-words';

export const faq: FaqContent = {
  title: 'Practical questions about WeCom and WeChat',
  description:
    'What WeCom costs, how to bring your customers over, bans, automation and privacy: short answers, each claim linked to its source.',
  intro:
    'Short answers to the questions people ask before they move their work from personal WeChat to WeCom. Every figure and claim links to its row in the data, with its sources and how far they can be trusted.',
  labels: {
    contents: 'On this page',
    myth: 'Myth',
    whatSourcesSay: 'What the sources say',
    readMore: 'Read more',
    rows: 'The data behind “{question}”',
    costsPage: 'What WeCom costs, line by line',
    footerLink: 'Practical questions',
    homeTitle: 'The questions people ask',
    articleTitle: 'Practical questions on this topic',
  },
  topics: {
    costs: {
      question: 'What will WeCom cost me?',
      answer: [
        '[Registering, adding members and the internal tools are free]{costs.core-features}, so the cost to plan for is verification, without which you are held to {{contacts.unverified-org-cap}}. It costs {{service-focus.verification-fee}} for an organization of up to {{costs.verification-small-tier-max-members}}, then {{costs.annual-review}} for the annual review.',
        'Verification also brings {{contacts.free-external-contacts}} free of charge; beyond that, service providers report about {{costs.external-contacts-average-price}} on average, and [no official page publishes the price of each tier]{costs.external-contact-band-prices:wecom}. [Chat archiving]{work-tools.chat-archiving}, [API licenses for service-provider apps]{costs.service-provider-licences} and [customer-acquisition links]{costs.acquisition-links} are paid add-ons, and [providers say the real prices appear only in the admin console]{costs.external-contacts-average-price}, so check there before you budget.',
      ],
    },
    switching: {
      question: 'How do I move my customers from my personal WeChat?',
      answer: [
        'One by one: [there is no bulk import that we know of]{switching.bulk-import}, so from WeCom you [send each WeChat friend a friend request]{switching.friend-requests-to-wechat-friends}, and [each one has to accept it]{switching.friend-must-accept} before becoming your customer. No tool carries over [your old chat history]{switching.chat-history-moves} or [your Moments posts]{switching.moments-move}, although no official page says so in words.',
        'Once they are in WeCom, [customers stay with the company when someone leaves]{staff-leaving.customers-stay-with-company}, and moves between colleagues are limited to {{staff-leaving.active-transfer-limit}}. A reseller’s copy of a Tencent FAQ describes [a migration service]{switching.enterprise-migration-service}, but it only moves customers between two WeCom organizations, and [it leaves out external contacts who are not customers]{switching.migration-moves-plain-contacts}.',
      ],
    },
    adding: {
      question: 'How do customers add me, and is there a daily limit?',
      answer: [
        'Usually by scanning your “Contact Me” QR code or tapping its button, and [by default they are added without you having to approve them]{adding.contact-me-skips-approval}; you can set up as many as {{adding.contact-me-configurations}}. [Customer-acquisition links also work outside WeChat, in ads, web pages or text messages]{adding.acquisition-link-outside-wechat}, but [they are paid]{costs.acquisition-links}, and customers can also [find you by phone number, through a shared card, in groups or on Channels]{adding.other-channels}.',
        '[WeCom publishes no daily limit on friend requests]{adding.daily-limit}, and the numbers that circulate on blogs have no official source.',
      ],
      myth: {
        belief: 'There is a fixed official limit on how many friends you can add each day.',
        correction:
          '[No official page gives one for personal WeChat either]{adding.daily-limit:wechat}: the WeChat Security Center, as reported in the press, says normal use is not restricted, and it is [batch-adding with plug-ins]{bans.plugins-banned:wechat} that triggers its defenses.',
      },
    },
    abroad: {
      question: 'Can a company outside mainland China use and verify WeCom?',
      answer: [
        'It can use it: [the app works outside mainland China]{abroad.app-works-abroad}, and [WeChat users can be reached from it without installing another app]{service-focus.reaches-wechat-users}. Verification is less clear: [a mirrored official guide describes a route for organizations registered abroad]{abroad.overseas-verification-available}, at {{costs.overseas-verification}}, while a blog says they cannot be verified, so check the admin console before you count on it.',
        'A vendor’s guide shows [a member signing up with email instead of a mobile number]{abroad.register-with-email}, but [we found no official word on foreign mobile numbers]{abroad.foreign-phone-numbers:wecom}. On the personal side, [WeChat accounts with a foreign number fall under the international WeChat terms]{abroad.wechat-international-terms:wechat}.',
      ],
    },
    bans: {
      question: 'Will my account be banned?',
      answer: [
        'Not for normal use: [WeChat’s Security Center says ordinary behavior is not restricted]{bans.many-friends-banned:wechat}, and accounts get restricted for breaking the rules, above all with [plug-ins such as multi-open tools, emulators and group-control software, which WeChat bans]{bans.plugins-banned:wechat} and [WeCom bans too]{bans.plugins-banned}.',
        'On WeCom, service providers’ copies of its rules say that [if the WeChat account linked to a member is restricted, the member loses contact with WeChat users]{bans.bound-wechat-restriction} until WeChat lifts the restriction, and regains it within {{bans.unblock-delay}} after that. [In serious cases the whole organization and its admins can be banned]{bans.whole-org-ban}.',
      ],
      myth: {
        belief: 'Having too many friends gets a WeChat account banned.',
        correction:
          '[The WeChat Security Center, as reported in the press, called this a rumor]{bans.many-friends-banned:wechat}: the number of friends is not the problem, while [plug-ins that batch-add friends]{bans.plugins-banned:wechat} and mass fraud messages are.',
      },
    },
    automation: {
      question: 'What can I automate?',
      answer: [
        'Whatever WeCom’s official tools allow, but never by driving the app: [third-party tools that control WeChat or WeCom break the rules]{automation.unofficial-tools-banned} and put the account at risk. Officially, a group bot can post up to {{automation.webhook-rate}} by webhook, and [an official AI bot]{automation.ai-bot} can reply in chats, though we could not confirm that it serves customers. Personal WeChat has one too: [the official ClawBot plugin, which replies in one-to-one chats only, not in groups]{automation.ai-bot:wechat}.',
        'Customer outreach keeps a person in the loop: [a mass message created through the API goes out only after the member confirms it]{automation.mass-send-needs-member}, and [app messages reach only internal groups created through the API]{automation.app-messages-internal-groups-only}. [Whether group bots work in customer groups]{automation.webhook-in-customer-groups} is not settled: Tencent’s WeCom team says that customer groups need product and compliance approval, while some vendors say the bots work there, so do not build on it.',
      ],
    },
    privacy: {
      question: 'Can my employer read my chats?',
      answer: [
        'Only your WeCom chats, and only if the company pays for [chat archiving]{work-tools.chat-archiving}, which as far as we can tell is [the only official way to read them]{privacy.archive-needed-to-read-chats}; [your personal WeChat stays out of its reach]{privacy.personal-wechat-visible-to-employer}. Archiving comes in {{privacy.archive-editions}}, from internal chats only up to customer chats and calls, and [it records whether each customer agrees to it]{privacy.customer-consent-recorded}.',
        'Blogs report that [members are told their chats are archived]{privacy.member-notice} and that [customers are told theirs may be]{privacy.customer-notice}. If you leave on your own and are not invited back, your account is deleted after {{privacy.account-deleted-after-leaving}}, and [deleting a member clears their WeCom messages]{privacy.deletion-clears-messages}.',
      ],
    },
    'both-apps': {
      question: 'Can I use WeChat and WeCom side by side?',
      answer: [
        'Yes: [they are separate apps with separate accounts, and both run on the same phone]{both-apps.separate-apps}, although [their chat histories do not merge]{both-apps.histories-merge}, according to one blog. Customers can tell them apart, because [in WeChat they see you as “Name@Company”]{both-apps.identity-label} while [a personal account shows only your nickname]{both-apps.identity-label:wechat}.',
        'The two accounts are linked for enforcement, though: [if your linked WeChat is restricted, your WeCom account loses contact with WeChat users]{bans.bound-wechat-restriction} until the restriction is lifted.',
      ],
    },
  },
};
