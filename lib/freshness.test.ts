import { describe, expect, it } from 'vitest';

import { freshness, monthsBetween } from './freshness';
import { getLimits } from './limits';

describe('freshness', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2026-11-24', '2027-11-23')).toBe(11);
    expect(monthsBetween('2026-11-24', '2027-11-24')).toBe(12);
  });

  it('grades a verification date', () => {
    expect(freshness('2026-11-24', '2027-06-01')).toBe('fresh');
    expect(freshness('2026-11-24', '2027-11-24')).toBe('aging');
    expect(freshness('2026-11-24', '2028-11-24')).toBe('stale');
  });
});

describe('the data', () => {
  const today = new Date().toISOString().slice(0, 10);

  it('has no figure verified more than 24 months ago, and warns after 12', () => {
    const graded = getLimits().map((fact) => ({
      id: fact.id,
      grade: freshness(fact.verifiedAt, today),
    }));
    const aging = graded.filter((fact) => fact.grade === 'aging').map((fact) => fact.id);
    if (aging.length > 0)
      console.warn(`Re-check soon (verified over 12 months ago): ${aging.join(', ')}`);
    expect(graded.filter((fact) => fact.grade === 'stale').map((fact) => fact.id)).toEqual([]);
  });
});
