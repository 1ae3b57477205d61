import type { CostPrices } from '../estimate';

/** Fixture prices: verification 300 up to 10 members, 0.5 per contact above 400 free. */
export const fixturePrices: CostPrices = {
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
