import type { FactId } from '@/content/facts';
import type { CostItem, CostProblem } from '@/lib/schema/costs-words';

/**
 * What WeCom may cost an organisation in a year, line by line, from the prices in the data
 * (`pricesFrom` in ./prices.ts). Pure and free of copy: the costs page, its three worked
 * examples and the quiz all call it, and the words come from the page's messages.
 *
 * A price nobody publishes never becomes a number here: its line has no amount, and it is named
 * among the unknowns. A price only service providers quote gives a lower bound (and an upper one
 * when two quotes bracket it), so the total is a range, open at the top when anything is unknown.
 */

/** The prices and thresholds the estimate needs, read from the data at build time. */
export type CostPrices = {
  /** Largest organisation (members) that pays `feeSmall`, then `feeMid` up to `midMaxMembers`. */
  smallMaxMembers: number;
  midMaxMembers: number;
  feeSmall: number;
  feeMid: number;
  feeLarge: number;
  /** Verification of an organisation registered outside mainland China, per application. */
  feeOverseas: number;
  freeContacts: number;
  /** Providers' average per external contact and year above the free quota. */
  contactPrice: number;
  /** One provider's "from" price per archived member and year. */
  archivingFrom: number;
  /** Providers' prices per interop licence and year: the lower and the usual quote. */
  licenceLow: number;
  licenceHigh: number;
  unverifiedMemberCap: number;
  unverifiedCustomerCap: number;
};

export type CostInputs = {
  members: number;
  contacts: number;
  verified: boolean;
  mainland: boolean;
  archivedMembers: number;
  providerAppMembers: number;
};

/** A yearly amount in whole CNY; `high: null` when no published price bounds it from above. */
export type Amount = { low: number; high: number | null };

export type CostLine = {
  item: CostItem;
  /** How many of what the item counts (members, contacts over the quota…), when it counts. */
  count?: number;
  /** null: the price is not published, so the line is a named unknown. */
  amount: Amount | null;
  /** The data rows the line rests on, its price's row first (the line's link and caveat). */
  facts: readonly FactId[];
};

export type Estimate = {
  lines: CostLine[];
  /** Sum of the lines' amounts; `high` is null when any line is unknown or open. */
  total: Amount;
  /** Items with no published price that the reader may buy (always listed, never guessed). */
  unknowns: CostItem[];
  problems: CostProblem[];
};

/** Items a reader may add that the estimate cannot price: their prices are not published. */
const optionalUnknowns: readonly CostLine[] = [
  {
    item: 'acquisition-links',
    amount: null,
    facts: ['costs.acquisition-links', 'costs.acquisition-link-price'],
  },
  {
    item: 'wedrive-space',
    amount: null,
    facts: ['work-tools.wedrive-free-storage', 'costs.wedrive-extra-price'],
  },
];

export function estimate(input: CostInputs, prices: CostPrices): Estimate {
  const lines: CostLine[] = [];
  if (input.verified) lines.push(verificationLine(input, prices));

  const overQuota = Math.max(0, input.contacts - prices.freeContacts);
  if (input.verified && overQuota > 0)
    lines.push({
      item: 'external-contacts',
      count: overQuota,
      // The bands are sold in steps whose prices are not published, so the average is a floor.
      // Rounded to whole yuan, but never to 0: a few contacts over the quota still mean buying
      // a band, and "from 0 yuan" would read as free.
      amount: { low: Math.max(1, Math.round(overQuota * prices.contactPrice)), high: null },
      facts: [
        'costs.external-contacts-average-price',
        'contacts.free-external-contacts',
        'costs.external-contact-band-prices',
      ],
    });

  if (input.archivedMembers > 0)
    lines.push({
      item: 'chat-archiving',
      count: input.archivedMembers,
      amount: { low: input.archivedMembers * prices.archivingFrom, high: null },
      facts: [
        'work-tools.chat-archiving',
        'costs.chat-archiving-from-price',
        'costs.chat-archiving-price-official',
      ],
    });

  if (input.providerAppMembers > 0)
    lines.push({
      item: 'provider-licences',
      count: input.providerAppMembers,
      amount: {
        low: input.providerAppMembers * prices.licenceLow,
        high: input.providerAppMembers * prices.licenceHigh,
      },
      facts: [
        'costs.service-provider-licences',
        'costs.interop-licence-price',
        'costs.interop-licence-price-beyond-five',
      ],
    });

  lines.push(...optionalUnknowns);
  return {
    lines,
    total: sum(lines.map((line) => line.amount)),
    unknowns: lines.filter((line) => line.amount === null).map((line) => line.item),
    problems: problemsOf(input, prices),
  };
}

/** The verification fee, paid again each year at the annual review (the same amount). */
function verificationLine(input: CostInputs, prices: CostPrices): CostLine {
  if (!input.mainland)
    return {
      item: 'overseas-verification',
      amount: { low: prices.feeOverseas, high: prices.feeOverseas },
      facts: ['costs.overseas-verification', 'abroad.overseas-verification-available'],
    };
  const tier =
    input.members <= prices.smallMaxMembers
      ? { fee: prices.feeSmall, fact: 'service-focus.verification-fee' as const }
      : input.members <= prices.midMaxMembers
        ? { fee: prices.feeMid, fact: 'costs.verification-fee-mid' as const }
        : { fee: prices.feeLarge, fact: 'costs.verification-fee-large' as const };
  return {
    item: 'verification',
    count: input.members,
    amount: { low: tier.fee, high: tier.fee },
    facts: [tier.fact, 'costs.annual-review'],
  };
}

function sum(amounts: readonly (Amount | null)[]): Amount {
  let low = 0;
  let high: number | null = 0;
  for (const amount of amounts) {
    low += amount?.low ?? 0;
    high = high === null || amount === null || amount.high === null ? null : high + amount.high;
  }
  return { low, high };
}

function problemsOf(input: CostInputs, prices: CostPrices): CostProblem[] {
  const problems: CostProblem[] = [];
  if (!input.verified && input.members > prices.unverifiedMemberCap)
    problems.push('unverified-members-over-cap');
  if (!input.verified && input.contacts > prices.unverifiedCustomerCap)
    problems.push('unverified-contacts-over-cap');
  if (input.archivedMembers > input.members) problems.push('archived-over-members');
  if (input.providerAppMembers > input.members) problems.push('provider-over-members');
  return problems;
}
