import type { CountError } from './parse-count';
import type { CostItem, CostProblem, Estimate } from './estimate';
import type { typicalOrganisations } from './examples';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import type { Brackets } from '@/lib/i18n/messages';
import type { PluralLabel } from '@/lib/schema/words';

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

/** What the costs page's estimator and worked examples say in one language (`content/<lang>/costs.ts`). */
export type CostsText = {
  estimator: {
    title: string;
    intro: string;
    /** Shown in place of the form's result when JavaScript is off. */
    noScript: string;
    fields: Record<
      'members' | 'contacts' | 'archivedMembers' | 'providerAppMembers',
      { label: string; hint: string }
    >;
    verified: { legend: string; yes: string; no: string };
    mainland: { legend: string; yes: string; no: string };
    errors: Record<CountError, string>;
    /** Above the result while a field does not hold a whole number: it is the last valid one. */
    stale: string;
    /** May use {memberCap} and {customerCap}: the limits of an unverified organisation. */
    problems: Record<CostProblem, string>;
  };
  result: {
    title: string;
    /** An amount in yuan, written as the site writes prices: "{amount} yuanes", "{amount} 元". */
    money: string;
    /** "{low} to {high} a year", "from {low} a year" (some prices unknown), "{low} a year". */
    total: { range: string; from: string; exact: string };
    item: string;
    amount: string;
    notPublished: string;
    /** A line's amount: "from {low}", "{low} to {high}", "{low}". */
    lineAmount: { range: string; from: string; exact: string };
    unknownsNote: string;
  };
  /** A line's name and what it counts: plural forms where the line has a `{count}`. */
  items: Record<CostItem, { name: string; detail: string | PluralLabel }>;
  /** The quiz result's note: "up to {contacts} customers… from {low} a year". */
  quizHint: {
    title: string;
    upTo: string;
    moreThan: string;
    /** Under the figure when a price it adds up is second-hand: "{caveats}" in words. */
    caveat: string;
    estimatorLink: string;
    faqLink: string;
  };
  examples: {
    title: string;
    intro: string;
    /** Each example's name ("A small shop"). */
    organisations: Record<(typeof typicalOrganisations)[number]['id'], string>;
    /** "{members} members, {contacts} customers, registered {where}; …{archived}…{provider}". */
    description: string;
    mainland: string;
    abroad: string;
  };
};
