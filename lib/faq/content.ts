import { faqTopics, type FaqTopic, type Difference } from '@/lib/schema/vocabulary';

/**
 * Where a reader of each FAQ topic goes next, and, read backwards, which topics an article
 * links to. The costs topic is answered in full on its own page.
 */
export const faqRelated: Record<FaqTopic, readonly Difference[]> = {
  costs: ['service-focus', 'contacts', 'work-tools'],
  switching: ['staff-leaving', 'contacts', 'moments'],
  adding: ['contacts', 'groups'],
  abroad: ['service-focus'],
  bans: ['contacts', 'mass-messages'],
  automation: ['mass-messages', 'work-tools'],
  privacy: ['work-tools', 'staff-leaving'],
  'both-apps': ['service-focus', 'profile-card'],
};

/** The FAQ topics an article links to, in FAQ order. */
export function faqTopicsFor(article: Difference): FaqTopic[] {
  return faqTopics.filter((topic) => faqRelated[topic].includes(article));
}
