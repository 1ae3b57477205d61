import { describe, expect, it } from 'vitest';

import { estimate, type CostInputs, type CostPrices } from './estimate';

// Round test prices, not the data's: the function is checked on its own arithmetic here;
// prices.test.ts checks that the site's prices come from the data.
const prices: CostPrices = {
  smallMaxMembers: 10,
  midMaxMembers: 100,
  feeSmall: 1,
  feeMid: 20,
  feeLarge: 300,
  feeOverseas: 7,
  freeContacts: 50,
  contactPrice: 0.5,
  archivingFrom: 3,
  licenceLow: 4,
  licenceHigh: 5,
  unverifiedMemberCap: 8,
  unverifiedCustomerCap: 9,
};

const shop: CostInputs = {
  members: 5,
  contacts: 40,
  verified: true,
  mainland: true,
  archivedMembers: 0,
  providerAppMembers: 0,
};

const priced = (input: CostInputs) =>
  estimate(input, prices).lines.filter((line) => line.amount !== null);

describe('estimate', () => {
  it('charges a small verified organisation only the verification fee', () => {
    const result = estimate(shop, prices);
    expect(priced(shop)).toEqual([
      expect.objectContaining({ item: 'verification', amount: { low: 1, high: 1 } }),
    ]);
    expect(result.total).toEqual({ low: 1, high: null });
  });

  it('always names the items whose prices are not published, and leaves the total open', () => {
    const result = estimate(shop, prices);
    expect(result.unknowns).toEqual(['acquisition-links', 'wedrive-space']);
    expect(result.lines.filter((line) => line.amount === null).map((line) => line.item)).toEqual(
      result.unknowns,
    );
    expect(result.total.high).toBeNull();
  });

  it.each([
    [10, 1, 'service-focus.verification-fee'],
    [11, 20, 'costs.verification-fee-mid'],
    [100, 20, 'costs.verification-fee-mid'],
    [101, 300, 'costs.verification-fee-large'],
  ])('charges %d members the fee of their size (%d), citing its row', (members, fee, fact) => {
    const [line] = priced({ ...shop, members });
    expect(line).toMatchObject({ item: 'verification', amount: { low: fee, high: fee } });
    expect(line?.facts).toContain(fact);
    expect(line?.facts).toContain('costs.annual-review');
  });

  it('charges an organisation outside mainland China the overseas verification fee', () => {
    expect(priced({ ...shop, members: 500, mainland: false })).toEqual([
      expect.objectContaining({ item: 'overseas-verification', amount: { low: 7, high: 7 } }),
    ]);
  });

  it('charges an unverified organisation nothing', () => {
    const result = estimate({ ...shop, verified: false, members: 3, contacts: 9 }, prices);
    expect(priced({ ...shop, verified: false })).toEqual([]);
    expect(result.total.low).toBe(0);
    expect(result.problems).toEqual([]);
  });

  it('prices contacts above the free quota as a floor, since the bands are not published', () => {
    const line = priced({ ...shop, contacts: 81 }).find((l) => l.item === 'external-contacts');
    expect(line).toMatchObject({ count: 31, amount: { low: 16, high: null } });
    expect(priced({ ...shop, contacts: 50 }).map((l) => l.item)).not.toContain('external-contacts');
  });

  it.each([
    [51, 1],
    [54, 1],
    [55, 1],
    [65, 2],
  ])('never prices contacts over the quota at 0 yuan (%d contacts: from %d)', (contacts, low) => {
    // A price per contact below half a yuan, as the data's average is, rounds a few to 0.
    const cheap = { ...prices, contactPrice: 0.1 };
    const line = estimate({ ...shop, contacts }, cheap).lines.find(
      (l) => l.item === 'external-contacts',
    );
    expect(line?.amount).toEqual({ low, high: null });
  });

  it('prices archiving from the lowest quote, open at the top', () => {
    const line = priced({ ...shop, archivedMembers: 4 }).find((l) => l.item === 'chat-archiving');
    expect(line).toMatchObject({ count: 4, amount: { low: 12, high: null } });
  });

  it('prices provider licences between the two quotes', () => {
    const line = priced({ ...shop, providerAppMembers: 5 }).find(
      (l) => l.item === 'provider-licences',
    );
    expect(line).toMatchObject({ count: 5, amount: { low: 20, high: 25 } });
  });

  it('adds the lines into the total', () => {
    const result = estimate(
      { ...shop, members: 40, contacts: 150, archivedMembers: 2, providerAppMembers: 10 },
      prices,
    );
    expect(result.total).toEqual({ low: 20 + 50 + 6 + 40, high: null });
  });

  it.each([
    [{ verified: false, members: 9, contacts: 9 }, 'unverified-members-over-cap'],
    [{ verified: false, contacts: 10 }, 'unverified-contacts-over-cap'],
    [{ archivedMembers: 6 }, 'archived-over-members'],
    [{ providerAppMembers: 6 }, 'provider-over-members'],
  ] as const)('reports impossible inputs: %j', (change, problem) => {
    expect(estimate({ ...shop, ...change }, prices).problems).toEqual([problem]);
  });
});
