import { describe, expect, it } from 'vitest';

import { quotes } from '@/content/quotes';

import { factQuotes, quotesBySource, quotesOf } from './quotes';

describe('quotes', () => {
  it('gives a single quoted sentence as a list of one', () => {
    expect(quotesOf('moments.company-posts-per-month', 'weixinsiwei-458')).toEqual([
      quotes['moments.company-posts-per-month']['weixinsiwei-458'],
    ]);
  });

  it('gives several quoted sentences in their order', () => {
    expect(quotesOf('moments.member-posts-per-day', 'weixinsiwei-458')).toEqual(
      quotes['moments.member-posts-per-day']['weixinsiwei-458'],
    );
    expect(quotesOf('moments.member-posts-per-day', 'weixinsiwei-458')).toHaveLength(2);
  });

  it('gives no sentence for a fact or source that quotes none', () => {
    expect(quotesOf('moments.member-posts-per-day', 'wescrm-7117')).toEqual([]);
    expect(quotesOf('no.such-fact', 'wescrm-7117')).toEqual([]);
  });

  it('publishes a fact’s quotes as written, and nothing for an unquoted fact', () => {
    expect(factQuotes('contacts.free-external-contacts')).toBe(
      quotes['contacts.free-external-contacts'],
    );
    expect(factQuotes('no.such-fact')).toBeUndefined();
  });

  it('groups every quote under its source, with the fact it supports, in the facts’ order', () => {
    const bySource = quotesBySource();
    const expected = new Map<string, [string, readonly string[]][]>();
    for (const [factId, quoted] of Object.entries(quotes)) {
      for (const sourceId of Object.keys(quoted)) {
        expected.set(sourceId, [
          ...(expected.get(sourceId) ?? []),
          [factId, quotesOf(factId, sourceId)],
        ]);
      }
    }
    expect(expected.get('weixinsiwei-458')?.length).toBeGreaterThan(1);
    expect(
      new Map(
        [...bySource].map(([sourceId, entries]) => [
          sourceId,
          entries.map(([fact, sentences]) => [fact.id, sentences]),
        ]),
      ),
    ).toEqual(expected);
  });
});
