import type { PluralLabel } from './words';

// The costs feature's vocabulary and the shape of its words (`content/<lang>/costs.ts`): the
// content may import these, never the estimator's logic.

/** The lines an estimate may hold, one per thing WeCom charges for. */
export const costItems = [
  'verification',
  'overseas-verification',
  'external-contacts',
  'chat-archiving',
  'provider-licences',
  'acquisition-links',
  'wedrive-space',
] as const;
export type CostItem = (typeof costItems)[number];

/** Why the inputs cannot describe a real organisation (the estimate still shows). */
export type CostProblem =
  | 'unverified-members-over-cap'
  | 'unverified-contacts-over-cap'
  | 'archived-over-members'
  | 'provider-over-members';

/** Why what a reader typed in a count field is not a count. */
export type CountError = 'empty' | 'not-a-number' | 'negative' | 'not-whole' | 'too-large';

/** The worked examples' organisations (lib/costs/examples.ts). */
export type TypicalOrganisation = 'shop' | 'agency' | 'factory';

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
    organisations: Record<TypicalOrganisation, string>;
    /** "{members} members, {contacts} customers, registered {where}; …{archived}…{provider}". */
    description: string;
    mainland: string;
    abroad: string;
  };
};
