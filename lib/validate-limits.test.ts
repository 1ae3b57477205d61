import { describe, expect, it } from 'vitest';

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
    expect(findLimitErrors(limits, sources)).toEqual([]);
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
