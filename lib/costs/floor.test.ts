import { describe, expect, it } from 'vitest';

import type { CostPrices } from './estimate';
import { smallOrganisationFloor } from './floor';

/** Fixture prices: verification 300 up to 10 members, 0.5 per contact above 400 free. */
const prices: CostPrices = {
  smallMaxMembers: 10,
  midMaxMembers: 100,
  feeSmall: 300,
  feeMid: 600,
  feeLarge: 900,
  feeOverseas: 1000,
  freeContacts: 400,
  contactPrice: 0.5,
  archivingFrom: 20,
  licenceLow: 10,
  licenceHigh: 30,
  unverifiedMemberCap: 100,
  unverifiedCustomerCap: 100,
};

describe('smallOrganisationFloor', () => {
  it('is the verification fee alone within the free contacts', () => {
    expect(smallOrganisationFloor(400, prices)).toEqual({
      members: 10,
      low: 300,
      items: ['verification'],
    });
  });

  it('adds the contacts above the free quota, and nothing optional', () => {
    // 1,000 customers: 600 above the quota at 0.5 each.
    expect(smallOrganisationFloor(1000, prices)).toEqual({
      members: 10,
      low: 600,
      items: ['verification', 'external-contacts'],
    });
  });
});
