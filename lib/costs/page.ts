import {
  claimCaveat,
  getLimit,
  isMarkedFigure,
  limitsByTopic,
  presentCell,
  type Limit,
  type LimitId,
} from '@/lib/limits';
import type { Locale, Messages } from '@/lib/i18n';
import { getCatalog, getMessages } from '@/lib/messages';
import { markLegend } from '@/lib/trust';
import type { CaveatKind } from '@/lib/caveat';

import {
  estimate,
  type CostInputs,
  type CostItem,
  type CostLine,
  type CostPrices,
} from './estimate';
import { costPrices } from './prices';
import type { CostMarks, CostsText } from './text';

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

/** Every line the estimator can give: all items, in mainland China and outside it. */
export function allCostLines(prices: CostPrices): CostLine[] {
  const everything: CostInputs = {
    members: prices.smallMaxMembers,
    contacts: prices.freeContacts + 1,
    verified: true,
    mainland: true,
    archivedMembers: 1,
    providerAppMembers: 1,
  };
  return [
    ...estimate(everything, prices).lines,
    ...estimate({ ...everything, mainland: false }, prices).lines,
  ];
}

/**
 * The caveat of each line that carries the mark: that of the first of its rows whose WeCom value
 * has one (the price rows come first in a line's list).
 */
export function costCaveats(prices: CostPrices): Partial<Record<CostItem, CaveatKind>> {
  const caveats: Partial<Record<CostItem, CaveatKind>> = {};
  for (const line of allCostLines(prices)) {
    for (const id of line.facts) {
      const cell = presentCell(getLimit(id).wecom);
      if (cell && isMarkedFigure(cell)) {
        caveats[line.item] ??= claimCaveat(cell);
        break;
      }
    }
  }
  return caveats;
}

/** Each marked line's caveat in words, for the mark's screen-reader text. */
export function costMarks(prices: CostPrices, messages: Messages): CostMarks {
  return Object.fromEntries(
    Object.entries(costCaveats(prices)).map(([item, caveat]) => [item, messages.caveats[caveat]]),
  );
}

/** The estimator's legend: what its marks mean, naming the caveats they stand for. */
export function costMarkLegend(prices: CostPrices, locale: Locale, messages: Messages): string {
  const legend = markLegend(
    Object.values(costCaveats(prices)),
    messages.article.caveatMark,
    messages.caveatShort,
    locale,
  );
  // Every price comes from providers today; if all became official, the legend would go too.
  return legend ?? '';
}

/** The estimator's and examples' words in a locale. */
export function getCostsText(locale: Locale): CostsText {
  return getCatalog(locale).costs;
}

/** What the costs page's estimator and worked examples need, in a locale. */
export function costsPageContext(locale: Locale) {
  const prices = costPrices();
  const messages = getMessages(locale);
  return {
    prices,
    marks: costMarks(prices, messages),
    markLegend: costMarkLegend(prices, locale, messages),
    text: getCostsText(locale),
  };
}
