import { describe, expect, it } from 'vitest';

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
  type Fact,
} from './facts';
import { isDifference, subjects } from '../schema/vocabulary';

// Real source ids (the lookups read content/sources.ts), hand-built facts.
const official = 'wecom-dev-96331';
const official2 = 'wecom-dev-96333';
const news = 'chinadailyhk-143779';
const provider = 'wescrm-7117';
const copy = 'wecom-dev-92127-copy';

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
    const [first] = getFacts();
    expect(getFact(first!.id)).toBe(first);
    expect(isFactId(first!.id)).toBe(true);
    expect(isFactId('groups.nothing')).toBe(false);
    expect(asFactId(first!.id)).toBe(first!.id);
    expect(() => asFactId('groups.nothing')).toThrow('"groups.nothing"');
    expect(getSource(official).id).toBe(official);
    expect(() => getSource('nowhere')).toThrow('"nowhere"');
  });

  it('give each subject its facts in table order, and the differences without the practical ones', () => {
    for (const subject of subjects) {
      const facts = factsAbout(subject);
      expect(
        facts.every((f) => f.topic === subject),
        subject,
      ).toBe(true);
      expect(facts).toEqual(getFacts().filter((f) => f.topic === subject));
    }
    expect(factsAbout('groups').length).toBeGreaterThan(0);
    expect(subjects.flatMap((subject) => factsAbout(subject))).toHaveLength(getFacts().length);
    const differences = differenceFacts();
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.every((f) => isDifference(f.topic))).toBe(true);
    expect(differences.length).toBeLessThan(getFacts().length);
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

describe('marks', () => {
  it('name the caveats of a page’s values', () => {
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
