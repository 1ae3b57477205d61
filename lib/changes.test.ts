import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';

import { dataVersion, latestChange } from './changes';
import { getLimit, getLimits } from './limits';

// Ids are stable forever (they are part of URLs and the open data); values are not, so values
// are read from the data rather than typed here.
describe('latestChange', () => {
  it('gives the corrected seed claim of the side that changed, and nothing for the other', () => {
    const fact = getLimit('contacts.free-external-contacts');
    const change = latestChange(fact.id, 'wecom');
    expect(change).toMatchObject({ fact: fact.id, account: 'wecom', change: 'seed-correction' });
    expect(change!.from).toEqual(fact.seed!.values);
    expect(latestChange(fact.id, 'wechat')).toBeUndefined();
  });

  it('gives nothing for a fact that never changed', () => {
    const logged = new Set<string>(changelog.map((change) => change.fact));
    const unchanged = getLimits().find((fact) => !logged.has(fact.id))!;
    expect(latestChange(unchanged.id, 'wecom')).toBeUndefined();
    expect(latestChange(unchanged.id, 'wechat')).toBeUndefined();
  });
});

describe('dataVersion', () => {
  it('is the newest verification or change date', () => {
    const dates = [
      ...getLimits().map((fact) => fact.verifiedAt),
      ...changelog.map((change) => change.date),
    ];
    expect(dates).toContain(dataVersion());
    expect(dates.every((date) => date <= dataVersion())).toBe(true);
  });
});
