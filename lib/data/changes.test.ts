import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';

import {
  changeAnchor,
  changeText,
  dataVersion,
  latestChange,
  publishedChangelog,
  type PublishedChange,
  type PublishedValueChange,
} from './changes';
import { getFact, getFacts, presentCell } from './facts';
import { getMessages } from '../site/messages';

// Ids are stable forever (they are part of URLs and the open data); values are not, so values
// are read from the data rather than typed here.
describe('publishedChangelog', () => {
  it('publishes every authored change, in order', () => {
    const identity = (change: (typeof changelog)[number] | PublishedChange) =>
      'fact' in change
        ? `${change.date} ${change.change} ${change.fact} ${change.account}`
        : `${change.date} ${change.change} ${change.page}`;
    expect(publishedChangelog().map(identity)).toEqual(changelog.map(identity));
  });

  it('fills a seed correction from the seed claim and the current cell', () => {
    const fact = getFact('groups.qr-linked-groups');
    const cell = presentCell(fact.wecom)!;
    const [change] = publishedChangelog([
      { date: '2026-01-02', fact: fact.id, account: 'wecom', change: 'seed-correction' },
    ]);
    expect(fact.seed?.unit).toBeDefined();
    expect(change).toEqual({
      date: '2026-01-02',
      fact: fact.id,
      account: 'wecom',
      change: 'seed-correction',
      from: fact.seed!.values,
      fromUnit: fact.seed!.unit,
      to: cell.value,
      toUnit: cell.unit,
      sources: cell.sources,
    });
  });

  it('counts a seed claim without a unit of its own in the cell’s unit', () => {
    const fact = getFact('contacts.per-account-default');
    expect(fact.seed?.unit).toBeUndefined();
    const [change] = publishedChangelog([
      { date: '2026-01-02', fact: fact.id, account: 'wecom', change: 'seed-correction' },
    ]) as PublishedValueChange[];
    expect(change?.fromUnit).toBe(presentCell(fact.wecom)!.unit);
  });

  it('has no after value for a side without a figure', () => {
    const fact = getFact('groups.qr-linked-groups');
    expect(presentCell(fact.wechat)).toBeNull();
    const [correction, update] = publishedChangelog([
      { date: '2026-01-02', fact: fact.id, account: 'wechat', change: 'seed-correction' },
      {
        date: '2026-01-03',
        fact: fact.id,
        account: 'wechat',
        change: 'update',
        from: 3,
        sources: ['s'],
      },
    ]);
    expect(correction).toMatchObject({
      to: null,
      toUnit: null,
      sources: [],
      fromUnit: fact.seed!.unit,
    });
    expect(update).toMatchObject({ to: null, toUnit: null, fromUnit: null });
  });

  it('fills an update from its own old value and sources', () => {
    const fact = getFact('groups.external-max-members');
    const cell = presentCell(fact.wecom)!;
    const [change] = publishedChangelog([
      {
        date: '2026-01-02',
        fact: fact.id,
        account: 'wecom',
        change: 'update',
        from: 1,
        sources: ['wecom-dev-98429'],
      },
    ]);
    expect(change).toEqual({
      date: '2026-01-02',
      fact: fact.id,
      account: 'wecom',
      change: 'update',
      from: [1],
      fromUnit: cell.unit,
      to: cell.value,
      toUnit: cell.unit,
      sources: ['wecom-dev-98429'],
    });
  });

  it('publishes an update of a side that had no value as no old values', () => {
    const fact = getFact('groups.external-max-members');
    const [change] = publishedChangelog([
      {
        date: '2026-01-02',
        fact: fact.id,
        account: 'wecom',
        change: 'update',
        from: null,
        sources: ['wecom-dev-98429'],
      },
    ]);
    expect(change).toMatchObject({ change: 'update', from: [] });
  });
});

describe('latestChange', () => {
  it('gives the corrected seed claim of the side that changed, and nothing for the other', () => {
    const fact = getFact('contacts.free-external-contacts');
    const change = latestChange(fact.id, 'wecom');
    expect(change).toMatchObject({ fact: fact.id, account: 'wecom', change: 'seed-correction' });
    expect(change!.from).toEqual(fact.seed!.values);
    expect(latestChange(fact.id, 'wechat')).toBeUndefined();
  });

  it('gives nothing for a correction without an old figure to show', () => {
    const logged = changelog.find(
      (change) => 'fact' in change && getFact(change.fact).seed?.values.length === 0,
    )!;
    if (!('fact' in logged)) throw new Error('no correction without an old figure');
    expect(latestChange(logged.fact, logged.account)).toBeUndefined();
  });

  it('gives nothing for a fact that never changed', () => {
    const logged = new Set<string>(
      changelog.flatMap((change) => ('fact' in change ? [change.fact] : [])),
    );
    const unchanged = getFacts().find((fact) => !logged.has(fact.id))!;
    expect(latestChange(unchanged.id, 'wecom')).toBeUndefined();
    expect(latestChange(unchanged.id, 'wechat')).toBeUndefined();
  });
});

describe('changeText', () => {
  const messages = getMessages('en');
  const base: Pick<PublishedValueChange, 'date' | 'fact' | 'account' | 'change' | 'sources'> = {
    date: '2026-01-02',
    fact: 'x',
    account: 'wecom',
    change: 'update',
    sources: [],
  };

  it('joins several old values and gives the new one with its unit', () => {
    expect(
      changeText(
        { ...base, from: [100, 200], fromUnit: null, to: 500, toUnit: 'members-per-group' },
        'en',
        messages,
      ),
    ).toEqual({ from: '100 / 200', to: `500 ${messages.units['members-per-group'].other}` });
  });

  it('gives the old values in their unit and a dash when there is no new value', () => {
    expect(
      changeText(
        { ...base, from: [5], fromUnit: 'members-per-group', to: null, toUnit: null },
        'en',
        messages,
      ),
    ).toEqual({ from: `5 ${messages.units['members-per-group'].other}`, to: '—' });
  });

  it('gives a dash for a side that had no value before', () => {
    expect(
      changeText({ ...base, from: [], fromUnit: null, to: true, toUnit: null }, 'en', messages),
    ).toEqual({ from: '—', to: messages.booleans.yes });
  });
});

describe('dataVersion', () => {
  it('is the newest verification or figure change date; a new page does not move it', () => {
    const dates = [
      ...getFacts().map((fact) => fact.verifiedAt),
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
