import type { CostsText } from '@/lib/schema/costs-words';

export const costsText: CostsText = {
  estimator: {
    title: 'Estimate your yearly cost',
    intro:
      'Answer a few questions to see what WeCom would cost your organization in a year, line by line; prices that Tencent does not publish are named, never guessed.',
    noScript:
      'The calculator needs JavaScript. The three worked examples below show the same calculation for typical organizations.',
    fields: {
      members: {
        label: 'Members in the organization',
        hint: 'Everyone with a WeCom account in your organization.',
      },
      contacts: {
        label: 'Customers (external contacts)',
        hint: 'The WeChat users your members serve, counted once each, including those met only in groups.',
      },
      archivedMembers: {
        label: 'Members with archived chats',
        hint: 'Members whose chats the organization must keep (会话内容存档).',
      },
      providerAppMembers: {
        label: 'Members using a provider’s app',
        hint: 'Members who use an app from a service provider (a third-party app, or one a provider builds for you, 代开发); each needs an interop account, a paid API license.',
      },
    },
    verified: {
      legend: 'Is the organization verified?',
      yes: 'Yes, verified',
      no: 'Not verified',
    },
    mainland: {
      legend: 'Where is it registered?',
      yes: 'In mainland China',
      no: 'Outside mainland China',
    },
    errors: {
      empty: 'This field is empty: type a whole number, or zero if there are none.',
      'not-a-number': 'Type the number in digits, without letters or symbols.',
      negative: 'The number cannot be negative.',
      'not-whole': 'Type a whole number, without decimals.',
      'too-large': 'That number is too large for an organization: check it for a typo.',
    },
    stale:
      'Not updated: this estimate is still for the last valid numbers. Correct the field marked above and it will update.',
    problems: {
      'unverified-members-over-cap':
        'An unverified organization can have at most {memberCap} members: verify it, or lower the number.',
      'unverified-contacts-over-cap':
        'An unverified organization can have at most {customerCap} customers: verify it, or lower the number.',
      'archived-over-members':
        'There are more members with archived chats than members in the organization: lower one of the numbers.',
      'provider-over-members':
        'There are more members using a provider’s app than members in the organization: lower one of the numbers.',
    },
  },
  result: {
    title: 'Your yearly estimate',
    money: '{amount} yuan',
    total: {
      range: '{low} to {high} a year',
      from: 'From {low} a year, plus the prices Tencent does not publish',
      exact: '{low} a year',
    },
    item: 'What you pay for',
    amount: 'Per year',
    notPublished: 'price not published',
    lineAmount: { range: '{low} to {high}', from: 'from {low}', exact: '{low}' },
    unknownsNote:
      'Lines marked “price not published” are priced only in the admin console or by service providers, so if you buy any of them the real total is higher than the figure shown.',
  },
  items: {
    verification: {
      name: 'Verification and annual review',
      detail: {
        one: 'For {count} member: priced by the organization’s size, and the same again at each annual review.',
        other:
          'For {count} members: priced by the organization’s size, and the same again at each annual review.',
      },
    },
    'overseas-verification': {
      name: 'Verification from outside mainland China',
      detail:
        'A fixed fee per application; we assume it is paid again at each annual review, as in mainland China.',
    },
    'external-contacts': {
      name: 'External-contact quota',
      detail: {
        one: '{count} contact above the free quota, at the providers’ average price; the price of each band is not published.',
        other:
          '{count} contacts above the free quota, at the providers’ average price; the price of each band is not published.',
      },
    },
    'chat-archiving': {
      name: 'Chat archiving',
      detail: {
        one: '{count} archived member, from one provider’s lowest price; Tencent’s own price is not published.',
        other:
          '{count} archived members, from one provider’s lowest price; Tencent’s own price is not published.',
      },
    },
    'provider-licences': {
      name: 'Licenses for a provider’s app',
      detail: {
        one: '{count} interop account, between two providers’ prices.',
        other: '{count} interop accounts, between two providers’ prices.',
      },
    },
    'acquisition-links': {
      name: 'Customer-acquisition links',
      detail: 'Only if you buy them: a prepaid usage quota.',
    },
    'wedrive-space': {
      name: 'Extra WeDrive space',
      detail: 'Only if you buy it: storage beyond the free space.',
    },
  },
  quizHint: {
    title: 'What WeCom would cost you',
    upTo: 'With up to {contacts} customers and up to {members} members, a verified organization in mainland China pays from {low} a year for WeCom, before any optional add-ons.',
    moreThan:
      'With more than {contacts} customers and up to {members} members, a verified organization in mainland China pays from {low} a year for WeCom, before any optional add-ons.',
    caveat: 'How far to trust these prices: {caveats}.',
    estimatorLink: 'Estimate your costs line by line',
    faqLink: 'Practical questions: switching, bans, privacy…',
  },
  examples: {
    title: 'Three worked examples',
    intro:
      'Worked out with the same function as the estimator above. The organizations are assumptions, not real customers: change the numbers in the estimator to match yours.',
    organisations: {
      shop: 'A small shop',
      agency: 'An agency outside mainland China',
      factory: 'A factory',
    },
    description:
      '{members} members and {contacts} customers, registered {where}. Members with archived chats: {archived}; members using a provider’s app: {provider}.',
    mainland: 'in mainland China',
    abroad: 'outside mainland China',
  },
};
