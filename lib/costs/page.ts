import { costsText as en } from '@/content/en/costs';
import { costsText as es } from '@/content/es/costs';
import { costsText as zh } from '@/content/zh/costs';
import { getLimit, limitsByTopic, type Limit, type LimitId } from '@/lib/limits';
import type { Locale } from '@/lib/i18n';

import type { CostsText } from './text';

/**
 * Rows of the eight differences that the costs page's table repeats, because the estimator's
 * lines rest on them (the lowest verification fee, the free quota, the caps while unverified,
 * whether an organisation abroad can verify, the paid add-ons and the free WeDrive space).
 */
export const borrowedFacts: readonly LimitId[] = [
  'service-focus.verification-fee',
  'service-focus.unverified-member-cap',
  'abroad.overseas-verification-available',
  'contacts.free-external-contacts',
  'contacts.unverified-org-cap',
  'work-tools.chat-archiving',
  'work-tools.wedrive-free-storage',
];

/** Every row the costs page shows: the costs rows, then the borrowed ones. */
export function costsPageFacts(): Limit[] {
  return [...limitsByTopic('costs'), ...borrowedFacts.map((id) => getLimit(id))];
}

const catalogs: Record<Locale, CostsText> = { es, en, zh };

/** The estimator's and examples' words in a locale. */
export function getCostsText(locale: Locale): CostsText {
  return catalogs[locale];
}
