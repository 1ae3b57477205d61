import { describe, expect, it } from 'vitest';

import { withFigure } from '@/lib/quiz/__fixtures__/figures';

import { fixturePrices as prices } from '../costs/__fixtures__/prices';
import { costHints } from './cost-hint';

/** The quiz's answers bounded by fixture figures: 400 free contacts, 1,000 per WeChat account. */
const data = withFigure(
  'contacts.per-account-max',
  'wechat',
  1000,
  withFigure('contacts.free-external-contacts', 'wecom', 400),
);

describe('costHints', () => {
  it('prices each customers answer at the most customers it allows, just over its floor when open', () => {
    expect(costHints(prices, data)).toEqual([
      // 400 customers: all within the free quota, so only the verification fee.
      {
        optionId: 'free-quota',
        bound: 400,
        open: false,
        members: 10,
        low: 300,
        items: ['verification'],
      },
      // 1,000 customers: 600 above the quota at 0.5 each.
      {
        optionId: 'one-account',
        bound: 1000,
        open: false,
        members: 10,
        low: 300 + 300,
        items: ['verification', 'external-contacts'],
      },
      // More than 1,000: 1,001, so 601 above the quota at 0.5, rounded.
      {
        optionId: 'more',
        bound: 1000,
        open: true,
        members: 10,
        low: 300 + 301,
        items: ['verification', 'external-contacts'],
      },
    ]);
  });
});
