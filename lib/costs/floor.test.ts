import { describe, expect, it } from 'vitest';

import { fixturePrices as prices } from './__fixtures__/prices';
import { smallOrganisationFloor } from './floor';

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
