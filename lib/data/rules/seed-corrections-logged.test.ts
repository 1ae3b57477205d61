import { describe, expect, it } from 'vitest';

import { dataSet, fact } from './__fixtures__/data';
import { seedCorrectionsLoggedErrors } from './seed-corrections-logged';

const seeded = (status: string) => ({ ...fact, seed: { status, values: [200] } });
const correction = {
  date: '2026-11-24',
  fact: fact.id,
  account: 'wechat',
  change: 'seed-correction',
};

describe('seedCorrectionsLoggedErrors', () => {
  it('names a corrected or unverified seed claim without its changelog entry', () => {
    for (const status of ['outdated', 'unverified']) {
      expect(seedCorrectionsLoggedErrors(dataSet({ facts: [seeded(status)] }))).toEqual([
        `fact "groups.example": seed ${status}, but no "seed-correction" entry`,
      ]);
      const logged = dataSet({ facts: [seeded(status)], changes: [correction] });
      expect(seedCorrectionsLoggedErrors(logged)).toEqual([]);
    }
  });

  it('asks nothing of a confirmed or disputed claim, or of a fact without one', () => {
    const facts = [fact, seeded('confirmed'), seeded('disputed')];
    expect(seedCorrectionsLoggedErrors(dataSet({ facts }))).toEqual([]);
  });
});
