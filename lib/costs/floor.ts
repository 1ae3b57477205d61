import type { CostItem } from '@/lib/schema/costs-words';
import { estimate, type CostPrices } from './estimate';

/** The least WeCom costs a small organisation a year, and what that floor adds up. */
export type CostFloor = {
  /** The most members a small organisation has (the lowest verification fee's tier). */
  members: number;
  low: number;
  /** The priced lines the floor adds up: their prices' caveats go with it. */
  items: CostItem[];
};

/**
 * What WeCom costs a small verified organisation in mainland China with `contacts` customers,
 * before anything optional: the estimator's own function, for pages that show one figure and
 * link to the estimator (the quiz's result) rather than ship it.
 */
export function smallOrganisationFloor(contacts: number, prices: CostPrices): CostFloor {
  const result = estimate(
    {
      members: prices.smallMaxMembers,
      contacts,
      verified: true,
      mainland: true,
      archivedMembers: 0,
      providerAppMembers: 0,
    },
    prices,
  );
  return {
    members: prices.smallMaxMembers,
    low: result.total.low,
    items: result.lines.filter((line) => line.amount !== null).map((line) => line.item),
  };
}
