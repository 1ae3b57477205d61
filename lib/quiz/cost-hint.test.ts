import { describe, expect, it } from 'vitest';

import { estimate } from '@/lib/costs/estimate';
import { costPrices } from '@/lib/costs/prices';
import { numberOf } from '@/lib/data/facts';

import { costHints } from './cost-hint';

const prices = costPrices();
const free = numberOf('contacts.free-external-contacts', 'wecom');
const wechatMax = numberOf('contacts.per-account-max', 'wechat');

/** The estimate for a small verified organisation in mainland China with `contacts`. */
function estimateFor(contacts: number) {
  return estimate(
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
}

const floor = (contacts: number) => estimateFor(contacts).total.low;
/** The priced lines of that estimate, whose caveats the hint carries. */
const items = (contacts: number) =>
  estimateFor(contacts)
    .lines.filter((line) => line.amount !== null)
    .map((line) => line.item);

describe('costHints', () => {
  it('prices each customers answer at the most customers it allows, just over its floor when open', () => {
    expect(costHints(prices)).toEqual([
      {
        optionId: 'free-quota',
        bound: free,
        open: false,
        members: prices.smallMaxMembers,
        low: floor(free),
        items: items(free),
      },
      {
        optionId: 'one-account',
        bound: wechatMax,
        open: false,
        members: prices.smallMaxMembers,
        low: floor(wechatMax),
        items: items(wechatMax),
      },
      {
        optionId: 'more',
        bound: wechatMax,
        open: true,
        members: prices.smallMaxMembers,
        low: floor(wechatMax + 1),
        items: items(wechatMax + 1),
      },
    ]);
    // The floors differ, so the answer's count of customers reaches the estimate.
    expect(floor(free)).toBeLessThan(floor(wechatMax));
  });
});
