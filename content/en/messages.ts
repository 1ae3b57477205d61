import type { MessagesOf } from '@/lib/schema/words';

import type { FactId } from '../facts';
import type { SourceId } from '../sources';
import { sourceTitles } from './source-titles';

export const messages = {
  site: {
    reportError: 'Report an error',
    menu: 'Menu',
    name: 'WeCom or WeChat',
    tagline: 'The differences between WeCom and personal WeChat, with sources',
    skipLink: 'Skip to content',
    navLabel: 'Main',
    languageLabel: 'Language',
    footerNavLabel: 'More',
    nav: {
      overview: 'Comparison',
      quiz: 'Which account suits you?',
      sources: 'Sources and method',
    },
    footer:
      'Independent site, not affiliated with Tencent. Every figure links to its source and shows when we checked it.',
    dataNote: {
      one: 'Data checked on {date}.',
      range: 'Data checked between {oldest} and {newest}.',
    },
  },
  home: {
    tableLink: 'See every figure in one table',
    tableDescription:
      'Every figure for WeCom and personal WeChat side by side, with its source, its caveat and the date we checked it.',
    title: 'WeCom or personal WeChat: the differences and which to choose',
    description:
      'A sourced comparison of WeCom (企业微信) and personal WeChat: contacts, groups, Moments, mass messages, staff who leave and work tools.',
    answer:
      'Personal WeChat is for your private life: the account and its contacts are yours. WeCom is the WeChat team’s separate app for organizations: customers keep using their ordinary WeChat, but the relationship belongs to the company.',
    answerMore:
      'The company can also get verified, share customers out among its members and use built-in work tools. Below are the eight differences with the key figure for each account; the full table has every limit with its source and the date we checked it.',
    tableTitle: 'All the differences in one table',
    tableIntro:
      'Every row links to its sources. Figures that only service providers publish say so next to the value.',
    articlesTitle: 'The eight differences, one by one',
    readArticle: 'Read',
    quizTitle: 'Still unsure?',
    quizText:
      'Answer a few questions about how you work and we will tell you which account fits you, and why.',
    quizCta: 'Take the quiz',
  },
  table: {
    caveatLegend: '⚠ marks a figure with a caveat; tap the mark to see what its sources support.',
    caption: 'WeCom and personal WeChat side by side: {topic}',
    overviewCaption: 'Full comparison of WeCom and personal WeChat, grouped by difference',
    fact: 'Fact',
    verifiedOn: 'Checked on {date}',
    sourceRef: 'Source {n}: {title}',
    scrollHint: 'Scrollable table',
    rowLink: 'Link to this row: {label}',
    reportCorrection: 'Report an error in “{label}”',
    reportShort: 'Report an error',
    changed: {
      'seed-correction': 'The widely copied listicle said {value}',
      update: 'Corrected: this row said {value} before',
    },
  },
  punctuation: { colon: ': ', separator: '; ', open: ' (', close: ')', sentenceGap: ' ' },
  accounts: { wecom: 'WeCom', wechat: 'Personal WeChat' },
  facts: {
    'service-focus.audience': 'Who it is built for',
    'service-focus.reaches-wechat-users':
      'Reaches WeChat users without them installing another app',
    'service-focus.unverified-member-cap': 'Members of an unverified organization',
    'service-focus.verification-fee': 'Verification review fee',
    'service-focus.verification-validity': 'How long verification lasts',
    'contacts.free-external-contacts': 'Free external contacts per organization',
    'contacts.per-account-default': 'Contacts per account, starting limit',
    'contacts.per-account-max': 'Contacts per account, maximum',
    'contacts.unverified-org-cap': 'Customers of an unverified organization',
    'contacts.reply-window-over-quota': 'Time left to reply when over the quota without paying',
    'staff-leaving.customers-stay-with-company':
      'Customers stay with the company when someone leaves',
    'staff-leaving.customer-can-refuse': 'The customer can refuse the new contact person',
    'staff-leaving.takeover-delay': 'Time until the successor takes over the customer',
    'staff-leaving.customers-per-transfer': 'Customers per transfer operation',
    'staff-leaving.departure-window':
      'How long after leaving the customers can still be transferred',
    'staff-leaving.active-transfer-limit': 'Transfers of each customer between active employees',
    'profile-card.verified-company-name': 'Shows the verified company name',
    'profile-card.custom-fields': 'Custom fields on the card (web, text, mini program)',
    'profile-card.company-short-names': 'Company short names available',
    'profile-card.id-changes-per-year': 'WeChat ID changes',
    'moments.member-posts-per-day': 'Member posts each customer sees',
    'moments.company-posts-per-month': 'Company posts each customer sees',
    'moments.post-text-length': 'Text per post',
    'moments.images-per-post': 'Images per post',
    'groups.external-max-members': 'Maximum group size (on WeCom, a group with customers)',
    'groups.internal-max-members': 'Maximum size of an internal group',
    'groups.member-created-default': 'Starting limit of a group a member creates',
    'groups.all-staff-max-members': 'Maximum size of the all-staff group',
    'groups.qr-linked-groups': 'Groups linked to a dynamic group QR code',
    'groups.qr-join-limit': 'Group size above which scanning the QR code no longer works',
    'groups.qr-validity': 'How long a group QR code stays valid',
    'groups.invite-acceptance-above': 'Group size above which invitees must accept',
    'groups.real-name-above': 'Group size above which invitees must be real-name verified',
    'groups.cross-app-joining': 'Users of the other app can join its groups',
    'mass-messages.per-customer-limit': 'Mass messages each customer can receive',
    'mass-messages.recipients-per-send': 'Recipients per mass message',
    'mass-messages.groups-per-send': 'Groups per mass message',
    'work-tools.calendar-meetings-docs': 'Calendar, Meetings, Docs and WeDrive',
    'work-tools.check-in-approvals-reports': 'Check-in, Approvals and Reports',
    'work-tools.wedrive-free-storage': 'Free WeDrive storage',
    'work-tools.chat-archiving': 'Chat archiving',
    'work-tools.third-party-apps-licence': 'API licenses for third-party apps',
    'costs.core-features': 'Core use (on WeCom: registration, members and internal tools)',
    'costs.verification-small-tier-max-members':
      'Largest organization that pays the lowest verification fee',
    'costs.verification-fee-mid': 'Verification fee for a mid-sized organization',
    'costs.verification-mid-tier-max-members':
      'Largest organization that counts as mid-sized for verification',
    'costs.verification-fee-large': 'Verification fee for a large organization',
    'costs.annual-review': 'Annual review of the verification (small organization)',
    'costs.overseas-verification':
      'Verification of an organization registered outside mainland China',
    'costs.external-contacts-average-price':
      'Average price of external-contact quota beyond the free amount',
    'costs.external-contact-band-prices': 'Price of each external-contact quota tier',
    'costs.chat-archiving-from-price': 'Chat archiving: starting price quoted by one provider',
    'costs.chat-archiving-price-official': 'Chat archiving: official price of each edition',
    'costs.service-provider-licences': 'API licenses, only when using service-provider apps',
    'costs.interop-licence-price': 'API license: interop account',
    'costs.interop-licence-price-beyond-five':
      'API license: each interop account beyond the first five (one provider)',
    'costs.base-licence-price': 'API license: base account',
    'costs.acquisition-links': 'Customer-acquisition links',
    'costs.acquisition-link-price': 'Price per use of customer-acquisition links',
    'costs.wedrive-extra-price': 'Price of extra WeDrive storage',
    'switching.bulk-import': 'Bulk import of personal WeChat contacts',
    'switching.friend-requests-to-wechat-friends':
      'A member can send friend requests to their own WeChat friends',
    'switching.friend-must-accept': 'Each WeChat friend has to accept the request',
    'switching.chat-history-moves': 'WeChat chat history moves to WeCom',
    'switching.moments-move': 'Moments posts move to WeCom',
    'switching.enterprise-migration-service':
      'Tencent service that migrates customers between two WeCom organizations',
    'switching.migration-moves-plain-contacts':
      'That migration includes external contacts who are not customers',
    'adding.contact-me-configurations': '“Contact Me” codes per organization',
    'adding.contact-me-skips-approval':
      'With “Contact Me”, customers are added without the member approving (by default)',
    'adding.acquisition-link-outside-wechat':
      'Customer-acquisition links also work outside WeChat (ads, web, SMS)',
    'adding.other-channels': 'Other ways in: phone search, card sharing, groups, Channels',
    'adding.daily-limit': 'Daily limit on friend requests',
    'abroad.app-works-abroad': 'The app works outside mainland China',
    'abroad.overseas-verification-available':
      'An organization registered outside mainland China can be verified',
    'abroad.register-with-email': 'A member can sign up with email instead of a mobile number',
    'abroad.foreign-phone-numbers': 'Sign-up with a foreign mobile number',
    'abroad.wechat-international-terms':
      'Accounts with a foreign number fall under the international WeChat terms',
    'bans.plugins-banned': 'Plug-ins banned (multi-open, emulators, group control)',
    'bans.many-friends-banned': 'Having many friends gets an account banned',
    'bans.bound-wechat-restriction':
      'If the linked WeChat is restricted, the member loses contact with WeChat users',
    'bans.unblock-delay':
      'Longest wait to regain contact with WeChat once the restriction is lifted',
    'bans.whole-org-ban': 'In serious cases the whole organization and its admins are banned',
    'automation.webhook-rate': 'Messages per minute from a group bot (webhook)',
    'automation.webhook-in-customer-groups': 'Group bots (webhook) work in customer groups',
    'automation.app-messages-internal-groups-only':
      'App messages reach only internal groups created through the API',
    'automation.mass-send-needs-member':
      'A mass message created through the API needs the member to confirm it',
    'automation.ai-bot': 'Official AI bot (WeCom: 智能机器人; WeChat: the ClawBot plugin)',
    'automation.unofficial-tools-banned': 'Unofficial tools that drive the app are banned',
    'privacy.archive-editions': 'Chat archiving editions',
    'privacy.archive-needed-to-read-chats':
      'The employer can read WeCom chats only through chat archiving',
    'privacy.customer-consent-recorded': 'Whether each customer agrees to archiving is recorded',
    'privacy.customer-notice': 'Customers are told the chat may be archived',
    'privacy.member-notice': 'Members are told their chats are archived',
    'privacy.personal-wechat-visible-to-employer':
      'The employer can see your personal WeChat (chats, contacts, Moments)',
    'privacy.archive-api-days': 'How far back the data API returns customer chats',
    'privacy.account-deleted-after-leaving':
      'Time until the account of a member who leaves is deleted',
    'privacy.deletion-clears-messages': 'Deleting a member clears their WeCom messages',
    'privacy.recovery-window': 'Time to ask for a deleted member’s data to be recovered',
    'both-apps.separate-apps': 'Separate apps and accounts, usable on the same phone',
    'both-apps.identity-label': 'Customers see “Name@Company” in WeChat',
    'both-apps.histories-merge': 'The two apps’ chat histories merge',
  },
  units: {
    'external-contacts-per-org': {
      one: 'external contact per organization',
      other: 'external contacts per organization',
    },
    'customers-per-member': { one: 'customer per member', other: 'customers per member' },
    'customers-per-org': { one: 'customer per organization', other: 'customers per organization' },
    friends: { one: 'friend', other: 'friends' },
    'members-per-org': { one: 'member', other: 'members' },
    hours: { one: 'hour', other: 'hours' },
    years: { one: 'year', other: 'years' },
    'customers-per-transfer': { one: 'customer per transfer', other: 'customers per transfer' },
    'transfers-per-customer-90-days': {
      one: 'transfer per customer every 90 calendar days',
      other: 'transfers per customer every 90 calendar days',
    },
    'yuan-per-application': { one: 'yuan per application', other: 'yuan per application' },
    'short-names-per-org': {
      one: 'short name per organization',
      other: 'short names per organization',
    },
    'changes-per-year': { one: 'change a year', other: 'changes a year' },
    'posts-per-customer-per-day': { one: 'post a day', other: 'posts a day' },
    'posts-per-customer-per-month': { one: 'post a month', other: 'posts a month' },
    characters: { one: 'character', other: 'characters' },
    'images-per-post': { one: 'image', other: 'images' },
    'members-per-group': { one: 'member', other: 'members' },
    'groups-per-qr-code': { one: 'group per code', other: 'groups per code' },
    days: { one: 'day', other: 'days' },
    'recipients-per-send': { one: 'recipient', other: 'recipients' },
    'groups-per-send': { one: 'group', other: 'groups' },
    'gigabytes-per-org': { one: 'GB per organization', other: 'GB per organization' },
    people: { one: 'person', other: 'people' },
    'yuan-per-year': { one: 'yuan a year', other: 'yuan a year' },
    'yuan-per-contact-per-year': {
      one: 'yuan per contact a year',
      other: 'yuan per contact a year',
    },
    'yuan-per-member-per-year': { one: 'yuan per member a year', other: 'yuan per member a year' },
    'yuan-per-account-per-year': {
      one: 'yuan per account a year',
      other: 'yuan per account a year',
    },
    'configurations-per-org': { one: 'code per organization', other: 'codes per organization' },
    'messages-per-minute-per-bot': { one: 'message a minute', other: 'messages a minute' },
    editions: { one: 'edition', other: 'editions' },
  },
  conditions: {
    'verified-org': 'if the organization is verified',
    'unverified-org': 'while the organization is unverified',
    'admin-approval': 'if an admin approves the increase',
    'member-created': 'until an admin raises it',
    'all-staff-group': 'all-staff group only',
    'customer-group': 'external group, with customers',
    'over-unpaid-quota':
      'if the organization goes over its external-contact quota without paying for more',
    'beyond-full-friends': 'friends added beyond the starting limit are set to Chats Only',
    'member-quit': 'if the member leaves the organization on their own and is not invited back',
    'data-protection-plan': 'only organizations in the data protection plan',
    'direct-chats-only': 'in one-to-one chats only, not in groups',
  },
  enums: {
    organisations: 'organizations and their customer relationships',
    individuals: 'individuals and their social lives',
    'one-per-day-of-month': 'as many a month as the month has days',
    'one-per-day': 'one a day from each member',
    'no-published-cap': 'no published limit',
    'not-built-in': 'not built in',
    'paid-add-on': 'paid add-on',
    'only-new-groups': 'only when a new group is created, not existing groups',
    'no-official-figure': 'no official figure',
    free: 'free',
  },
  booleans: { yes: 'yes', no: 'no' },
  caveatShort: {
    official: '',
    'official-copy': 'copy of an official page',
    'official-in-part': 'partly official',
    press: 'press',
    providers: 'providers',
    weak: 'uncertain',
    disputed: 'disputed',
    unverified: 'unconfirmed',
    inference: 'inference',
  },
  caveats: {
    official: '',
    'official-copy': 'stated in a copy of an official page; we could not check the page itself',
    'official-in-part': 'an official page supports only part of it; the rest is not stated there',
    press: 'according to the press; no official page',
    providers: 'according to service providers; no official page',
    weak: 'uncertain: few, old or conflicting second-hand sources',
    disputed: 'sources disagree: we show the values they give',
    unverified: 'unconfirmed: no reliable source supports it',
    inference: 'our inference from how the account works; no source says so',
  },
  absent: {
    'not-applicable': 'not applicable',
    'not-found': 'no published figure',
  },
  alternatives: {
    'other-official-page': 'another official page says: {value}',
    'older-figure': 'earlier figure: {value}',
    'other-source': 'another source says: {value}',
  },
  dispute: {
    separator: ' / ',
    note: 'sources disagree',
    text: '{values}: the sources disagree',
  },
  seed: {
    before: 'Before',
    now: 'Now',
    history: 'The old rule is documented in',
    statusTitle: {
      confirmed: 'Figure confirmed',
      outdated: 'Figure out of date in many articles',
      garbled: 'Common translation error',
      unverified: 'Unconfirmed claim',
      disputed: 'Official pages disagree',
    },
    notes: {
      'contacts.free-external-contacts': {
        before:
          'A verified organization started with {seed0} customer relationships and could keep expanding them with no overall limit.',
        now: 'Today {now} are free; beyond that, the organization buys a yearly external-contact quota.',
      },
      'mass-messages.per-customer-limit': {
        before:
          'Each customer received at most {seed0} mass message a day from each member and {seed1} a month from the company.',
        now: 'Today’s two official pages disagree: one says “{now}” (company and members combined); the other says “{alt}”. The company’s {seed1} a month appears only in older documentation.',
      },
      'groups.qr-linked-groups': {
        before: 'Many articles say the dynamic group QR code holds {seed0} people.',
        now: 'The limit is {now}, not people; when those groups fill up, WeCom creates a new one automatically.',
      },
      'groups.cross-app-joining': {
        before:
          'It is often said that a WeCom user can join a personal WeChat group only when the group is created, never an existing one.',
        now: 'We found no source that either confirms or refutes this.',
      },
    },
  },
  article: {
    inShort: 'In short: who wins at what',
    previous: 'Previous',
    next: 'Next',
    backToOverview: 'Back to the full comparison',
    sourcesTitle: 'Sources',
    sourcesIntro:
      'The figures on this page rest on these sources (each source’s own date in parentheses).',
    undated: 'undated',
    sourceDate: 'source date: {date}',
    tiers: {
      official: 'official Tencent page',
      'official-copy': 'verbatim copy of an official page',
      news: 'news',
      provider: 'service provider or blog',
    },
    caveatMark:
      '* A figure with a caveat ({kinds}): its row in the table says what the sources support.',
    freshness: {
      one: 'Figures on this page checked on {date}.',
      range: 'Figures on this page checked between {oldest} and {newest}.',
    },
    articleNav: 'Other articles',
  },
  quiz: {
    title: 'Which account suits you?',
    description:
      'A short quiz that recommends WeCom, personal WeChat or both, depending on how you work.',
  },
  share: {
    ogAlt: 'Key figures for WeCom and personal WeChat, side by side: {title}',
    posterCta: 'Every figure, with its source and date, at:',
    savePoster: 'Save image to share on WeChat',
    posterAlt: 'Portrait poster with the key figures and a QR code for this page',
    caveatLegend: 'with a caveat ({kinds}): sources on the site',
    checked: { one: 'Checked {date}', range: 'Checked {oldest} – {newest}' },
  },
  sourcesPage: { allSources: 'All sources', quoteLabel: 'What it says on “{fact}”' },
  sourceTitles,
  sourcePublishers: {},
  corrections: {
    subject: 'Correction: {id}',
    body: 'Fact: {id}\nPage: {page}\nLanguage: {locale}\nValue shown: {shown}\nData version: {version}\n\nWhat is wrong, and where it says so (link to the source):\n',
  },
  report: {
    title: 'Report an error',
    description:
      'How to tell us about a wrong or outdated WeCom or WeChat figure: what to include, how we check it, and where the data lives.',
    intro:
      'If a figure on this site is wrong or out of date, tell us. We check every report against the sources before we change anything.',
    factTitle: 'Report on “{label}”',
    copy: 'Copy this text into your message, then add what is wrong and a link to the source:',
    row: 'See the row in its table',
    send: 'Send this report',
    includeTitle: 'What to include',
    include: [
      'Which figure: the row’s id (for example groups.external-max-members), or the page and row where you saw it.',
      'What the site says, and what you think it should say.',
      'A link to a source that says so, ideally an official Tencent page, with its date if it has one.',
      'If it depends on a condition (a verified organization, a paid plan…), when it applies.',
    ],
    checkTitle: 'How we check it',
    check:
      'We read the source you send and compare it with the ones we already cite; an official Tencent page outweighs the press or a service provider. If the correction holds, we change the figure, the row says what it used to say, and the change is logged with its source. If sources disagree, we show both.',
    changesLink: 'See the change history',
    dataTitle: 'Where the data lives',
    data: 'Every figure, with its sources and dates, comes from a single data set that we publish as open data (JSON and CSV). Every table row links to its sources.',
    openDataLink: 'Download the open data',
    sendTitle: 'Where to send it',
    sendVia: 'Send your report here:',
    sendLink: 'Send a report',
    noChannel:
      'This copy of the site has no address for reports yet: keep the text and pass it on to whoever publishes it.',
    pickTitle: 'Pick the figure',
    pickIntro:
      'Each link shows the report on that figure at the top of this page, filled in and ready to copy.',
  },
  openData: {
    title: 'Open data',
    description:
      'Every figure of the WeCom–WeChat comparison as JSON and CSV, with its JSON Schema, sources, history and a CC BY 4.0 license.',
    intro:
      'Every figure on this site, with its sources, conditions and verification dates, is published with each build. It is the same data the tables, the quiz and the images read.',
    filesTitle: 'Files',
    files: {
      json: 'All the data: figures, sources and change history.',
      csv: 'One row per fact and account, for spreadsheets.',
      schema: 'The JSON Schema (draft 2020-12) the JSON validates against.',
    },
    version: 'Data version: {version}.',
    fieldsTitle: 'Fields',
    fields: {
      id: 'Stable id of the fact (“topic.metric”). It never changes: links depend on it.',
      topic:
        'Which of the eight differences or practical questions (costs, switching…) it belongs to.',
      value:
        'The value for WeCom (wecom) or personal WeChat (wechat): a number, yes/no or an enumerated value.',
      unit: 'What the number counts.',
      condition: 'When it holds, if not always (e.g. a verified organization).',
      confidence:
        'high: official Tencent page with a date; medium/low: second-hand sources; unverified: not confirmed; inferred: follows from how the account works.',
      caveat:
        'The warning we show, derived from the confidence and the kinds of source: official, official-copy, official-in-part, press, providers, weak, disputed, unverified or inference.',
      sources: 'Ids of the sources for the value.',
      alternatives:
        'Values other sources give (another official page, an older figure), with their own sources.',
      absent: 'Why there is no value: not-applicable or not-found (no published figure).',
      verifiedAt: 'When we last checked the value against its sources.',
      seed: 'What the widely copied listicle said, and whether it was right, outdated, garbled or unverified.',
      sourceList:
        'Each source: address, title, publisher, tier (official, copy of official, news, provider) and its own date (null when undated).',
      changelog:
        'Each change of a figure (date, fact, old and current value, and sources) and each new page (date and page key).',
    },
    licenceTitle: 'License',
    licence:
      'The data is published under the Creative Commons Attribution 4.0 license (CC BY 4.0): use and adapt it, crediting this site.',
    exampleTitle: 'Example: one fact',
    correctionsTitle: 'Spotted an error?',
    corrections:
      'Every table row has a link to report an error, with the fact, page and data version filled in.',
    footerLink: 'Open data',
  },
  changes: {
    title: 'Changes to the figures, and new pages',
    description:
      'Which figures changed, from what to what, why and on which source, and which pages we added, starting with corrections to a widely copied listicle.',
    intro:
      'Whenever a figure changes or we publish a new page, we record it here, newest first: first the figures, then the pages. The oldest figure entries correct figures from a widely copied listicle.',
    figuresTitle: 'Figures',
    pagesTitle: 'New pages',
    kinds: {
      'seed-correction': 'Correction of the copied listicle',
      update: 'Update',
      'new-page': 'New page',
    },
    sources: 'Sources',
    footerLink: 'Changes',
  },
  subscribe: {
    feedLink: 'Subscribe to changes (Atom feed)',
    feedHint:
      'Add this link’s address to your feed reader (RSS or Atom) and it will tell you about every figure that changes and every new page, without you coming back here.',
    appName: 'WeCom/WeChat',
  },
  glossary: {
    title: 'Glossary: WeCom and WeChat terms in Chinese, English and Spanish',
    description: 'The WeCom and WeChat terms used on this site, in Chinese, English and Spanish.',
    intro:
      'These are the terms we use across the site. WeCom has no Spanish interface, so the Spanish column is our editorial proposal.',
    unofficial: 'common English usage; not confirmed in an official interface',
    caption: 'Terms in Chinese, English and Spanish',
    footerLink: 'Glossary',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist or has changed. All the differences are still in the comparison.',
    home: 'Go to the comparison',
  },
  search: {
    open: 'Search',
    title: 'Search the site',
    input: 'Search for a term, a figure or a question',
    placeholder: 'e.g. 群活码, 48 hours, Chats Only',
    close: 'Close',
    loading: 'Searching…',
    results: { one: '1 result for “{query}”', other: '{count} results for “{query}”' },
    none: 'Nothing found for “{query}”. Try another word, in English, Chinese or Spanish.',
    unavailable: 'Search is not available right now.',
    figure: 'Figure',
    browse: 'Every figure and term:',
    termsHint: 'Looking for a term from the app, such as 群活码 or Chats Only?',
    termsLink: 'The glossary gives each one in Chinese, English and Spanish.',
  },
  factShare: {
    title: 'Share a figure',
    description:
      'Every WeCom and personal WeChat figure as an image to share, with a link to its row and code to embed it in a website or blog.',
    intro:
      'Every figure has its own image (PNG, 1200 × 630) with the values for both accounts, its caveat, its source, the date we checked it and this site’s address. Share it on WeChat, where link previews often fail, or embed it on your site with its code.',
    pickTitle: 'Choose a figure',
    pickIntro:
      'Each link shows, at the top of this page, that figure’s image, the link to its row and the code to embed it.',
    factTitle: 'Share “{label}”',
    imageLink: 'Open the image (PNG, 1200 × 630)',
    rowLink: 'Link to the row',
    embedLabel: 'Code to embed it in a web page (HTML)',
    embedHint:
      'It shows the image, with alt text that states the figure, linked to its row. Select it and copy it.',
    rowAction: 'Share',
    rowActionLabel: 'Share the figure “{label}”',
    cardAlt: '{label}. {wecom}. {wechat}.',
    cardSource: 'Source: {source}',
    cardSources: '{count} sources, including: {source}',
    rootAlt:
      'WeCom or WeChat: the differences between WeCom and personal WeChat, with sources, in Spanish, English and Chinese',
  },
} satisfies MessagesOf<FactId, SourceId>;
