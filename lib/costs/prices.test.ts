import { describe, expect, it, vi } from 'vitest';

import { costPrices } from './prices';

/** Fixture data: each fact the estimator prices from holds its own number. */
const figures = vi.hoisted(() => ({
  'costs.verification-small-tier-max-members': 1,
  'costs.verification-mid-tier-max-members': 2,
  'service-focus.verification-fee': 3,
  'costs.verification-fee-mid': 4,
  'costs.verification-fee-large': 5,
  'costs.overseas-verification': 6,
  'contacts.free-external-contacts': 7,
  'costs.external-contacts-average-price': 8,
  'costs.chat-archiving-from-price': 9,
  'costs.interop-licence-price-beyond-five': 10,
  'costs.interop-licence-price': 11,
  'service-focus.unverified-member-cap': 12,
  'contacts.unverified-org-cap': 13,
}));

vi.mock('@/content/facts', () => ({
  facts: Object.entries(figures).map(([id, value]) => ({
    id,
    topic: id.split('.')[0],
    wecom: { value, unit: 'yuan-per-year', confidence: 'high', sources: [] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: '2026-01-01',
  })),
}));

describe('costPrices', () => {
  // Built inside the test: Stryker switches a mutant on while a test runs, not at load.
  it("reads each of the estimator's prices from its own fact", () => {
    expect(costPrices()).toEqual({
      smallMaxMembers: 1,
      midMaxMembers: 2,
      feeSmall: 3,
      feeMid: 4,
      feeLarge: 5,
      feeOverseas: 6,
      freeContacts: 7,
      contactPrice: 8,
      archivingFrom: 9,
      licenceLow: 10,
      licenceHigh: 11,
      unverifiedMemberCap: 12,
      unverifiedCustomerCap: 13,
    });
  });
});
