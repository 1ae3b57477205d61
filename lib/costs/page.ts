import type { CostsText } from '@/lib/schema/costs-words';
import { disputedValues, disputeText, type CellView } from '@/lib/view/cell-view';
import { getFact, getSource, factsAbout, type Fact, type FactId } from '@/lib/data/facts';
import { sourceTitle } from '@/lib/view/source-title';
import type { Locale } from '@/lib/i18n/locales';
import { getCatalog, getMessages } from '@/lib/site/messages';

import { estimate, type CostInputs, type CostLine, type CostPrices } from './estimate';
import { costPrices } from './prices';
import type { CostLegendWords, CostMark, CostMarks } from './text';
import type { Messages } from '@/lib/i18n/messages';
import { factCellView } from '@/lib/view/prose-figure';

/**
 * Rows of the eight differences that the costs page's table repeats, because the estimator's
 * lines rest on them (the lowest verification fee, the free quota, the caps while unverified,
 * whether an organisation abroad can verify, the paid add-ons and the free WeDrive space).
 */
export const borrowedFacts: readonly FactId[] = [
  'service-focus.verification-fee',
  'service-focus.unverified-member-cap',
  'abroad.overseas-verification-available',
  'contacts.free-external-contacts',
  'contacts.unverified-org-cap',
  'work-tools.chat-archiving',
  'work-tools.wedrive-free-storage',
];

/** Every row the costs page shows: the costs rows, then the borrowed ones. */
export function costsPageFacts(): Fact[] {
  return [...factsAbout('costs'), ...borrowedFacts.map((id) => getFact(id))];
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
 * What a line's mark says about the price it rests on: the other values and their sources when
 * sources disagree on it, the caveat in words when it carries one, else null.
 */
export function priceMark(cell: CellView, messages: Messages, locale: Locale): CostMark | null {
  if (!cell.present) return null;
  const dispute = disputedValues(cell);
  const { open, close } = messages.punctuation;
  const brackets = { open, close };
  if (dispute) {
    const name = (id: string) => sourceTitle(getSource(id), locale, messages).title;
    const words = disputeText(dispute, messages, name);
    return { words, dispute: true, caveat: cell.caveat, brackets };
  }
  return cell.marked
    ? { words: messages.caveats[cell.caveat], dispute: false, caveat: cell.caveat, brackets }
    : null;
}

/**
 * The mark of each line whose price carries a caveat or a dispute: that of the first of its rows
 * with a WeCom value that needs one (the price rows come first in its list).
 */
export function costMarks(prices: CostPrices, locale: Locale, messages: Messages): CostMarks {
  const marks: CostMarks = {};
  for (const line of allCostLines(prices)) {
    const found = line.facts.flatMap((id) => {
      const mark = priceMark(
        factCellView(getFact(id), 'wecom', locale, messages),
        messages,
        locale,
      );
      return mark ? [mark] : [];
    });
    const [mark] = found;
    if (!mark) continue;
    // The price's own mark first; a dispute on another row the line rests on goes with it.
    const also = found.slice(1).find((other) => other.dispute);
    marks[line.item] ??= also ? { ...mark, also: also.words } : mark;
  }
  return marks;
}

/** The estimator's legend words: each estimate names only the caveats of the lines it shows. */
export function costLegendWords(messages: Messages): CostLegendWords {
  return { template: messages.article.caveatMark, names: messages.caveatShort };
}

/** The estimator's and examples' words in a locale. */
export function getCostsText(locale: Locale): CostsText {
  return getCatalog(locale).costs;
}

/** What the costs page's estimator and worked examples need, in a locale. */
export function costsPageContext(locale: Locale) {
  const prices = costPrices();
  const messages = getMessages(locale);
  const marks = costMarks(prices, locale, messages);
  return {
    prices,
    marks,
    legendWords: costLegendWords(messages),
    text: getCostsText(locale),
  };
}
