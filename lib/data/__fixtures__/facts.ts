import type { Fact, Source } from '../fact-lookup';

/**
 * A small data module for code tests (`vi.mock('@/content/facts')`, `vi.mock('@/content/sources')`):
 * a test on these rows keeps passing when a correct edit of the real data changes a figure or
 * a source. One source of each tier, two topics of the eight differences and one practical
 * question, in an order that is not grouped by topic.
 */
function source(id: string, tier: Source['tier']): Source {
  return {
    id,
    url: `https://example.org/${id}`,
    title: id,
    lang: 'en',
    publisher: 'Fixture',
    tier,
    date: '2026-01-01',
  } as Source;
}

export const fixtureSources: readonly Source[] = [
  source('official-a', 'official'),
  source('official-b', 'official'),
  source('news-a', 'news'),
  source('provider-a', 'provider'),
  source('copy-a', 'official-copy'),
];

export const fixtureFacts = [
  {
    id: 'groups.alpha',
    topic: 'groups',
    wecom: { value: 500, unit: 'members-per-group', confidence: 'high', sources: ['official-a'] },
    wechat: { absent: 'not-applicable' },
    verifiedAt: '2026-01-01',
  },
  {
    id: 'contacts.beta',
    topic: 'contacts',
    wecom: { value: 2000, unit: 'friends', confidence: 'medium', sources: ['news-a'] },
    wechat: { value: 5000, unit: 'friends', confidence: 'medium', sources: ['provider-a'] },
    verifiedAt: '2026-01-01',
  },
  {
    id: 'groups.gamma',
    topic: 'groups',
    wecom: { value: 200, unit: 'members-per-group', confidence: 'high', sources: ['official-b'] },
    wechat: { value: 40, unit: 'members-per-group', confidence: 'low', sources: ['news-a'] },
    verifiedAt: '2026-01-01',
  },
  {
    id: 'costs.delta',
    topic: 'costs',
    wecom: {
      value: 300,
      unit: 'yuan-per-application',
      confidence: 'high',
      sources: ['official-a'],
    },
    wechat: { absent: 'not-applicable' },
    verifiedAt: '2026-01-01',
  },
] as unknown as readonly Fact[];
