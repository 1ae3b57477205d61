import type { CostItem } from '@/lib/schema/costs-words';
import type { Estimate } from './estimate';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import type { Brackets } from '@/lib/i18n/messages';

/**
 * Per item, what a reader must be told about the price it rests on (worked out on the server
 * from the data): a sentence in the page's language, and whether it is a dispute, which the line
 * shows in full (every value with its sources) rather than as a mark; the language's brackets
 * go round the words a screen reader hears after the mark.
 */
export type CostMark = {
  words: string;
  dispute: boolean;
  caveat: CaveatKind;
  brackets: Brackets;
  /** A dispute on another row the line rests on (whether the item exists at all), in words. */
  also?: string;
};
export type CostMarks = Partial<Record<CostItem, CostMark>>;

/**
 * The caveats an estimate's marks stand for: those of its priced lines with a mark (a disputed
 * price shows its values in words instead), so its legend names no caveat it does not show.
 */
export function shownCaveats(estimate: Estimate, marks: CostMarks): CaveatKind[] {
  return estimate.lines.flatMap((line) => {
    const mark = marks[line.item];
    return line.amount && mark && !mark.dispute ? [mark.caveat] : [];
  });
}

/** The words of the estimator's legend, which names only the caveats of the lines it shows. */
export type CostLegendWords = { template: string; names: Record<CaveatKind, string> };
