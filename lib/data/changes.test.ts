import { describe, expect, it, vi } from 'vitest';

import type { ChangeInput } from '../schema/changelog-schema';
import {
  changeAnchor,
  changeText,
  dataVersion,
  latestChange,
  publishedChangelog,
  type PublishedValueChange,
} from './changes';
import { getMessages } from '../site/messages';

// Fixture data and changelog: a test keeps passing when the real ones grow or are corrected.
const fixtures = vi.hoisted(() => {
  const cell = (value: number, unit: string, sources: string[]) => ({
    value,
    unit,
    confidence: 'high',
    sources,
  });
  const facts = [
    {
      id: 'groups.qr',
      topic: 'groups',
      wecom: cell(5, 'groups-per-qr-code', ['official-a']),
      wechat: { absent: 'not-found' },
      seed: { status: 'garbled', values: [3], unit: 'members-per-group' },
      verifiedAt: '2026-01-01',
    },
    {
      id: 'contacts.default',
      topic: 'contacts',
      wecom: cell(5000, 'customers-per-member', ['news-a', 'provider-a']),
      wechat: cell(5000, 'friends', ['news-a']),
      seed: { status: 'outdated', values: [2000, 3000] },
      verifiedAt: '2026-03-01',
    },
    {
      id: 'groups.external',
      topic: 'groups',
      wecom: cell(500, 'members-per-group', ['official-a']),
      wechat: cell(500, 'members-per-group', ['news-a']),
      verifiedAt: '2026-02-01',
    },
    {
      id: 'groups.empty-seed',
      topic: 'groups',
      wecom: cell(200, 'members-per-group', ['official-a']),
      wechat: { absent: 'not-applicable' },
      seed: { status: 'unverified', values: [] },
      verifiedAt: '2026-01-01',
    },
    {
      id: 'groups.never',
      topic: 'groups',
      wecom: cell(9, 'images-per-post', ['official-a']),
      wechat: { absent: 'not-applicable' },
      verifiedAt: '2026-01-01',
    },
  ];
  const changelog = [
    { date: '2026-01-05', fact: 'contacts.default', account: 'wecom', change: 'seed-correction' },
    { date: '2026-01-06', fact: 'groups.empty-seed', account: 'wecom', change: 'seed-correction' },
    {
      date: '2026-02-10',
      fact: 'contacts.default',
      account: 'wecom',
      change: 'update',
      from: 4000,
      sources: ['official-a'],
    },
    { date: '2026-04-01', change: 'new-page', page: 'faq' },
  ];
  return { facts, changelog };
});
vi.mock('@/content/facts', () => ({ facts: fixtures.facts }));
vi.mock('@/content/changelog', () => ({ changelog: fixtures.changelog }));

const log = (changes: unknown[]) => publishedChangelog(changes as ChangeInput[]);

describe('publishedChangelog', () => {
  it('publishes every authored change, in order, a new page as its date and key', () => {
    expect(publishedChangelog()).toEqual([
      expect.objectContaining({ date: '2026-01-05', fact: 'contacts.default', account: 'wecom' }),
      expect.objectContaining({ date: '2026-01-06', fact: 'groups.empty-seed' }),
      expect.objectContaining({ date: '2026-02-10', change: 'update' }),
      { date: '2026-04-01', change: 'new-page', page: 'faq' },
    ]);
  });

  it('refuses a new page it does not know', () => {
    expect(() => log([{ date: '2026-01-02', change: 'new-page', page: 'nowhere' }])).toThrow(
      'changelog: unknown page "nowhere"',
    );
  });

  it('fills a seed correction from the seed claim and the current cell', () => {
    const [change] = log([
      { date: '2026-01-02', fact: 'groups.qr', account: 'wecom', change: 'seed-correction' },
    ]);
    expect(change).toEqual({
      date: '2026-01-02',
      fact: 'groups.qr',
      account: 'wecom',
      change: 'seed-correction',
      from: [3],
      fromUnit: 'members-per-group',
      to: 5,
      toUnit: 'groups-per-qr-code',
      sources: ['official-a'],
    });
  });

  it('counts a seed claim without a unit of its own in the cell’s unit', () => {
    const [change] = log([
      {
        date: '2026-01-02',
        fact: 'contacts.default',
        account: 'wechat',
        change: 'seed-correction',
      },
    ]);
    expect(change).toMatchObject({ from: [2000, 3000], fromUnit: 'friends', to: 5000 });
  });

  it('has no after value for a side without a figure', () => {
    const [correction, update] = log([
      { date: '2026-01-02', fact: 'groups.qr', account: 'wechat', change: 'seed-correction' },
      {
        date: '2026-01-03',
        fact: 'groups.qr',
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
      fromUnit: 'members-per-group',
    });
    expect(update).toMatchObject({ to: null, toUnit: null, fromUnit: null });
    const [noSeed] = log([
      { date: '2026-01-02', fact: 'groups.never', account: 'wechat', change: 'seed-correction' },
    ]);
    expect(noSeed).toMatchObject({ from: [], fromUnit: null, to: null });
  });

  it('fills an update from its own old value and sources', () => {
    const [change] = log([
      {
        date: '2026-01-02',
        fact: 'groups.external',
        account: 'wechat',
        change: 'update',
        from: 1,
        sources: ['new-source'],
      },
    ]);
    expect(change).toEqual({
      date: '2026-01-02',
      fact: 'groups.external',
      account: 'wechat',
      change: 'update',
      from: [1],
      fromUnit: 'members-per-group',
      to: 500,
      toUnit: 'members-per-group',
      sources: ['new-source'],
    });
  });

  it('publishes an update of a side that had no value as no old values', () => {
    const [change] = log([
      {
        date: '2026-01-02',
        fact: 'groups.external',
        account: 'wecom',
        change: 'update',
        from: null,
        sources: ['s'],
      },
    ]);
    expect(change).toMatchObject({ change: 'update', from: [] });
  });

  it('refuses a fact it does not know', () => {
    expect(() =>
      log([
        { date: '2026-01-02', fact: 'groups.nothing', account: 'wecom', change: 'seed-correction' },
      ]),
    ).toThrow('"groups.nothing"');
  });
});

describe('latestChange', () => {
  it('gives the latest change of the side that changed, and nothing for the other', () => {
    expect(latestChange('contacts.default', 'wecom')).toMatchObject({
      date: '2026-02-10',
      change: 'update',
      from: [4000],
    });
    expect(latestChange('contacts.default', 'wechat')).toBeUndefined();
  });

  it('gives nothing for a correction without an old figure to show', () => {
    expect(latestChange('groups.empty-seed', 'wecom')).toBeUndefined();
  });

  it('gives nothing for a fact that never changed', () => {
    expect(latestChange('groups.never', 'wecom')).toBeUndefined();
    expect(latestChange('groups.never', 'wechat')).toBeUndefined();
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
    // Newest verification 2026-03-01, newest figure change 2026-02-10, new page 2026-04-01.
    expect(dataVersion()).toBe('2026-03-01');
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

  it('is the same for the authored entry and the published one', () => {
    expect(publishedChangelog().map(changeAnchor)).toEqual(
      (fixtures.changelog as ChangeInput[]).map(changeAnchor),
    );
  });
});
