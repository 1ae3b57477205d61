import type { FactId } from '@/content/facts';

import type { Difference } from '../schema/vocabulary';

/** The facts a share image or poster shows for each difference (an editorial pick, no figures). */
export const keyFacts: Record<Difference, readonly FactId[]> = {
  'service-focus': [
    'service-focus.audience',
    'service-focus.reaches-wechat-users',
    'service-focus.verification-fee',
  ],
  contacts: [
    'contacts.per-account-max',
    'contacts.per-account-default',
    'contacts.free-external-contacts',
  ],
  'staff-leaving': [
    'staff-leaving.customers-stay-with-company',
    'staff-leaving.takeover-delay',
    'staff-leaving.customer-can-refuse',
  ],
  'profile-card': [
    'profile-card.verified-company-name',
    'profile-card.custom-fields',
    'profile-card.id-changes-per-year',
  ],
  moments: [
    'moments.member-posts-per-day',
    'moments.company-posts-per-month',
    'moments.images-per-post',
  ],
  groups: ['groups.external-max-members', 'groups.internal-max-members', 'groups.qr-linked-groups'],
  'mass-messages': [
    'mass-messages.recipients-per-send',
    'mass-messages.groups-per-send',
    'mass-messages.per-customer-limit',
  ],
  'work-tools': [
    'work-tools.calendar-meetings-docs',
    'work-tools.check-in-approvals-reports',
    'work-tools.chat-archiving',
  ],
};

/** The home page's headline facts: one from each of the most asked-about differences. */
export const homeKeyFacts: readonly FactId[] = [
  'contacts.per-account-max',
  'groups.external-max-members',
  'mass-messages.recipients-per-send',
];

/** What the costs and FAQ pages' images and posters show. */
export const practicalKeyFacts = {
  costs: ['costs.core-features', 'service-focus.verification-fee', 'costs.overseas-verification'],
  faq: [
    'switching.chat-history-moves',
    'privacy.personal-wechat-visible-to-employer',
    'bans.many-friends-banned',
  ],
} as const satisfies Record<string, readonly FactId[]>;
