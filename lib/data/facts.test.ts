import { describe, expect, it, vi } from 'vitest';

import {
  cellSourceIds,
  differenceFacts,
  getFact,
  getFacts,
  getSource,
  isFactId,
  mainCaveats,
  asFactId,
  factsAbout,
  seedSources,
  sourcesOf,
  verificationRange,
  numberOf,
  type Fact,
} from './facts';
import type { FactId } from './fact-lookup';

// The lookups read the data module: here, four fixture facts and five fixture sources.
vi.mock('@/content/facts', async () => ({
  facts: (await import('./__fixtures__/facts')).fixtureFacts,
}));
vi.mock('@/content/sources', async () => ({
  sources: (await import('./__fixtures__/facts')).fixtureSources,
}));

const official = 'official-a';
const official2 = 'official-b';
const news = 'news-a';
const provider = 'provider-a';
const copy = 'copy-a';

function fact(id: string, verifiedAt: string, extra: Partial<Record<string, unknown>> = {}): Fact {
  return {
    id,
    topic: 'groups',
    wecom: { value: 500, unit: 'members-per-group', confidence: 'high', sources: [official] },
    wechat: { absent: 'not-applicable' },
    verifiedAt,
    ...extra,
  } as unknown as Fact;
}

describe('lookups', () => {
  it('find a fact and a source by id, and name the unknown id when there is none', () => {
    expect(getFact('groups.gamma' as FactId).wecom).toMatchObject({ value: 200 });
    expect(isFactId('contacts.beta')).toBe(true);
    expect(isFactId('groups.nothing')).toBe(false);
    expect(asFactId('costs.delta')).toBe('costs.delta');
    expect(() => asFactId('groups.nothing')).toThrow('"groups.nothing"');
    expect(getSource(provider).tier).toBe('provider');
    expect(() => getSource('nowhere')).toThrow('"nowhere"');
  });

  it('give each subject its facts in table order, and the differences without the practical ones', () => {
    const ids = (facts: readonly Fact[]) => facts.map((f) => f.id);
    expect(ids(getFacts())).toEqual([
      'groups.alpha',
      'contacts.beta',
      'groups.gamma',
      'costs.delta',
    ]);
    expect(ids(factsAbout('groups'))).toEqual(['groups.alpha', 'groups.gamma']);
    expect(ids(factsAbout('costs'))).toEqual(['costs.delta']);
    expect(factsAbout('moments')).toEqual([]);
    expect(ids(differenceFacts())).toEqual(['groups.alpha', 'contacts.beta', 'groups.gamma']);
  });

  it('read a number that code computes with, and refuse a cell without one', () => {
    expect(numberOf('contacts.beta' as FactId, 'wechat')).toBe(5000);
    expect(() => numberOf('groups.alpha' as FactId, 'wechat')).toThrow();
  });
});

describe('sources of facts', () => {
  const disputed = fact('groups.a', '2026-11-24', {
    wecom: {
      value: 500,
      unit: 'members-per-group',
      confidence: 'medium',
      sources: [official, news],
      alternatives: [{ value: 200, kind: 'other-source', confidence: 'low', sources: [provider] }],
    },
    wechat: { value: 500, unit: 'members-per-group', confidence: 'high', sources: [official2] },
    seed: { status: 'outdated', values: [100], sources: [copy] },
  });

  it("list a cell's sources, main value first, then its alternatives", () => {
    expect(cellSourceIds(disputed.wecom)).toEqual([official, news, provider]);
    expect(cellSourceIds({ absent: 'not-found' } as Fact['wecom'])).toEqual([]);
  });

  it('read the sources of an old rule, or none', () => {
    expect(seedSources(disputed)).toEqual([copy]);
    expect(seedSources(fact('groups.b', '2026-11-24'))).toEqual([]);
  });

  it('collect every cited source once, in order of first citation', () => {
    const plain = fact('groups.b', '2026-11-24', {
      wechat: { value: 40, unit: 'members-per-group', confidence: 'low', sources: [news] },
    });
    expect(sourcesOf([disputed, plain]).map((s) => s.id)).toEqual([
      official,
      news,
      provider,
      official2,
      copy,
    ]);
    expect(sourcesOf([plain]).map((s) => s.id)).toEqual([official, news]);
    expect(sourcesOf([])).toEqual([]);
  });
});

describe('mainCaveats', () => {
  it('names the caveats of a page’s values', () => {
    const marked = fact('groups.c', '2026-11-24', {
      wechat: { value: 40, unit: 'members-per-group', confidence: 'medium', sources: [news] },
    });
    expect(mainCaveats([fact('groups.b', '2026-11-24')])).not.toContain('press');
    expect(mainCaveats([fact('groups.b', '2026-11-24'), marked])).toContain('press');
    expect(mainCaveats([])).toEqual([]);
  });
});

describe('verificationRange', () => {
  it('gives the oldest and newest dates, in any order of facts', () => {
    const facts = [
      fact('groups.a', '2026-11-24'),
      fact('groups.b', '2025-03-02'),
      fact('groups.c', '2026-12-01'),
    ];
    expect(verificationRange(facts)).toEqual({ oldest: '2025-03-02', newest: '2026-12-01' });
    expect(verificationRange([facts[0]!])).toEqual({ oldest: '2026-11-24', newest: '2026-11-24' });
  });

  it('refuses an empty list instead of inventing a date', () => {
    expect(() => verificationRange([])).toThrow('No facts given');
  });
});
