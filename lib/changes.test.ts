import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';

import {
  changeText,
  dataVersion,
  latestChange,
  publishedChangelog,
  type PublishedChange,
} from './changes';
import { getLimit, getLimits, presentCell } from './limits';
import { getMessages } from './messages';

// Ids are stable forever (they are part of URLs and the open data); values are not, so values
// are read from the data rather than typed here.
describe('publishedChangelog', () => {
  it('publishes every authored change, in order', () => {
    expect(
      publishedChangelog().map(({ date, fact, account }) => ({ date, fact, account })),
    ).toEqual(changelog.map(({ date, fact, account }) => ({ date, fact, account })));
  });

  it('fills a seed correction from the seed claim and the current cell', () => {
    const fact = getLimit('groups.qr-linked-groups');
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
    const fact = getLimit('contacts.per-account-default');
    expect(fact.seed?.unit).toBeUndefined();
    const [change] = publishedChangelog([
      { date: '2026-01-02', fact: fact.id, account: 'wecom', change: 'seed-correction' },
    ]);
    expect(change?.fromUnit).toBe(presentCell(fact.wecom)!.unit);
  });

  it('has no after value for a side without a figure', () => {
    const fact = getLimit('groups.qr-linked-groups');
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
    const fact = getLimit('groups.external-max-members');
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
});

describe('latestChange', () => {
  it('gives the corrected seed claim of the side that changed, and nothing for the other', () => {
    const fact = getLimit('contacts.free-external-contacts');
    const change = latestChange(fact.id, 'wecom');
    expect(change).toMatchObject({ fact: fact.id, account: 'wecom', change: 'seed-correction' });
    expect(change!.from).toEqual(fact.seed!.values);
    expect(latestChange(fact.id, 'wechat')).toBeUndefined();
  });

  it('gives nothing for a correction without an old figure to show', () => {
    const logged = changelog.find((change) => getLimit(change.fact).seed?.values.length === 0)!;
    expect(latestChange(logged.fact, logged.account)).toBeUndefined();
  });

  it('gives nothing for a fact that never changed', () => {
    const logged = new Set<string>(changelog.map((change) => change.fact));
    const unchanged = getLimits().find((fact) => !logged.has(fact.id))!;
    expect(latestChange(unchanged.id, 'wecom')).toBeUndefined();
    expect(latestChange(unchanged.id, 'wechat')).toBeUndefined();
  });
});

describe('changeText', () => {
  const messages = getMessages('en');
  const base: Pick<PublishedChange, 'date' | 'fact' | 'account' | 'change' | 'sources'> = {
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
