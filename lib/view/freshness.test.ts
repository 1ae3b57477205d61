import { describe, expect, it } from 'vitest';

import { dataVersion } from '../data/changes';
import { freshness, monthsBetween } from './freshness';
import { getFacts } from '../data/facts';

describe('freshness', () => {
  it('counts whole months, a month only once its day has come', () => {
    expect(monthsBetween('2026-11-24', '2026-11-24')).toBe(0);
    expect(monthsBetween('2026-11-24', '2026-12-23')).toBe(0);
    expect(monthsBetween('2026-11-24', '2026-12-24')).toBe(1);
    expect(monthsBetween('2026-11-24', '2027-11-23')).toBe(11);
    expect(monthsBetween('2026-11-24', '2027-11-24')).toBe(12);
    expect(monthsBetween('2026-01-31', '2027-03-01')).toBe(13);
  });

  it('grades a verification date on the day each grade begins', () => {
    expect(freshness('2026-11-24', '2027-06-01')).toBe('fresh');
    expect(freshness('2026-11-24', '2027-11-23')).toBe('fresh');
    expect(freshness('2026-11-24', '2027-11-24')).toBe('aging');
    expect(freshness('2026-11-24', '2028-11-23')).toBe('aging');
    expect(freshness('2026-11-24', '2028-11-24')).toBe('stale');
  });
});

describe('the data', () => {
  // Graded against the data's own version (its newest verification or change), not the clock:
  // the test fails when a figure is published next to ones re-checked two years later, never
  // because a day passed with no change to the repository.
  it('publishes no figure verified more than 24 months before the data version', () => {
    const stale = getFacts().filter(
      (fact) => freshness(fact.verifiedAt, dataVersion()) === 'stale',
    );
    expect(stale.map((fact) => fact.id)).toEqual([]);
  });
});
