import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';

import { changeAnchor, dataVersion, latestChange, publishedChangelog } from './changes';
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
    const logged = new Set<string>(
      changelog.flatMap((change) => ('fact' in change ? [change.fact] : [])),
    );
    const unchanged = getLimits().find((fact) => !logged.has(fact.id))!;
    expect(latestChange(unchanged.id, 'wecom')).toBeUndefined();
    expect(latestChange(unchanged.id, 'wechat')).toBeUndefined();
  });
});

describe('dataVersion', () => {
  it('is the newest verification or figure change date; a new page does not move it', () => {
    const dates = [
      ...getLimits().map((fact) => fact.verifiedAt),
      ...changelog.flatMap((change) => (change.change === 'new-page' ? [] : [change.date])),
    ];
    expect(dates).toContain(dataVersion());
    expect(dates.every((date) => date <= dataVersion())).toBe(true);
  });
});

describe('publishedChangelog', () => {
  it('publishes a new page as its date and key, in the authored order', () => {
    const published = publishedChangelog();
    expect(published.map((change) => change.date)).toEqual(changelog.map((change) => change.date));
    const pages = published.filter((change) => change.change === 'new-page');
    expect(pages).toEqual(
      changelog.filter((change) => change.change === 'new-page').map((change) => ({ ...change })),
    );
  });
});

describe('changeAnchor', () => {
  const correction = {
    date: '2026-11-24',
    fact: 'groups.qr-linked-groups',
    account: 'wecom',
    change: 'seed-correction',
  } as const;

  it('names a figure change by its date, fact and side, and a new page by its key', () => {
    expect(changeAnchor(correction)).toBe('change-2026-11-24-groups.qr-linked-groups-wecom');
    expect(changeAnchor({ ...correction, account: 'wechat' })).not.toBe(changeAnchor(correction));
    expect(changeAnchor({ ...correction, date: '2026-12-01' })).not.toBe(changeAnchor(correction));
    expect(changeAnchor({ date: '2026-11-28', change: 'new-page', page: 'faq' })).toBe(
      'new-page-faq',
    );
  });

  it('is the same for the authored entry and the published one, and unique', () => {
    const published = publishedChangelog();
    expect(published.map(changeAnchor)).toEqual(changelog.map(changeAnchor));
    expect(new Set(published.map(changeAnchor)).size).toBe(published.length);
  });
});
