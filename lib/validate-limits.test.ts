import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';
import { limits } from '@/content/limits';
import { sources } from '@/content/sources';

import { assertValidLimits, findLimitErrors } from './validate-limits';

const source = sources[0];
const fact = {
  id: 'groups.example',
  topic: 'groups',
  wecom: { value: 500, unit: 'members-per-group', confidence: 'high', sources: [source.id] },
  wechat: { absent: 'not-applicable' },
  verifiedAt: '2026-11-24',
};

describe('the shipped data', () => {
  it('has no errors', () => {
    expect(findLimitErrors(limits, sources, changelog)).toEqual([]);
  });

  it('has a changelog entry for every corrected or unverified seed claim', () => {
    const logged: Set<string> = new Set(
      changelog.filter((c) => c.change === 'seed-correction').map((c) => c.fact),
    );
    const corrected = limits.filter((fact) => 'seed' in fact && fact.seed.status !== 'confirmed');
    expect(corrected.map((fact) => fact.id).filter((id) => !logged.has(id))).toEqual([]);
  });
});

describe('changelog validation', () => {
  const seeded = { ...fact, seed: { status: 'outdated', values: [200] } };

  it('accepts a seed correction of a fact with a corrected seed claim', () => {
    const change = {
      date: '2026-11-24',
      fact: fact.id,
      account: 'wecom',
      change: 'seed-correction',
    };
    expect(findLimitErrors([seeded], [source], [change])).toEqual([]);
    expect(findLimitErrors([fact], [source], [change])).toEqual([
      `change #1: fact "${fact.id}" has no corrected seed claim`,
    ]);
  });

  it('rejects an entry for an unknown fact or with an unknown source', () => {
    const update = {
      date: '2026-11-24',
      fact: 'groups.nowhere',
      account: 'wecom',
      change: 'update',
      from: 100,
      reason: 'x',
      sources: [source.id],
    };
    expect(findLimitErrors([fact], [source], [update])).toEqual([
      'change #1: unknown fact "groups.nowhere"',
    ]);
    expect(
      findLimitErrors([fact], [source], [{ ...update, fact: fact.id, sources: ['nope'] }]),
    ).toEqual(['change #1: unknown source "nope"']);
  });

  it('rejects an update without a reason', () => {
    const update = {
      date: '2026-11-24',
      fact: fact.id,
      account: 'wecom',
      change: 'update',
      from: 1,
      sources: [source.id],
    };
    expect(findLimitErrors([fact], [source], [update])[0]).toMatch(/^change #1: reason/);
  });
});

describe('findLimitErrors', () => {
  it('accepts a well-formed fact', () => {
    expect(findLimitErrors([fact], [source])).toEqual([]);
  });

  it('rejects a value with no source, naming the fact', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, sources: [] } };
    expect(findLimitErrors([bad], [source])).toEqual([
      expect.stringMatching(/^fact "groups\.example": wecom.*source/),
    ]);
  });

  it('accepts an inferred value without sources', () => {
    const inferred = { ...fact, wecom: { value: true, confidence: 'inferred', sources: [] } };
    expect(findLimitErrors([inferred], [source])).toEqual([]);
  });

  it('rejects a fact without a verification date', () => {
    const { verifiedAt: _, ...bad } = fact;
    expect(findLimitErrors([bad], [source])).toEqual([
      expect.stringContaining('fact "groups.example": verifiedAt'),
    ]);
  });

  it('rejects duplicate fact ids', () => {
    expect(findLimitErrors([fact, fact], [source])).toEqual([
      'fact "groups.example": duplicate id',
    ]);
  });

  it('rejects a value of the wrong type', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, value: '500' } };
    expect(findLimitErrors([bad], [source])[0]).toMatch(/^fact "groups\.example": wecom/);
  });

  it('rejects a number without a unit', () => {
    const { unit: _, ...cell } = fact.wecom;
    expect(findLimitErrors([{ ...fact, wecom: cell }], [source])[0]).toMatch(
      /a number needs a unit/,
    );
  });

  it('rejects a citation of an unknown source', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, sources: ['nowhere'] } };
    expect(findLimitErrors([bad], [source])).toEqual([
      'fact "groups.example": unknown source "nowhere"',
    ]);
  });

  it('rejects an id outside its topic', () => {
    expect(findLimitErrors([{ ...fact, id: 'moments.example' }], [source])[0]).toMatch(
      /start with its topic/,
    );
  });

  it('rejects a source without a URL and duplicate source ids', () => {
    const { url: _, ...noUrl } = source;
    expect(findLimitErrors([], [noUrl])[0]).toMatch(new RegExp(`^source "${source.id}": url`));
    expect(findLimitErrors([], [source, source])).toEqual([`source "${source.id}": duplicate id`]);
  });

  it('makes assertValidLimits throw with every problem listed', () => {
    expect(() => assertValidLimits([fact, fact], [source])).toThrow(/duplicate id/);
  });
});
