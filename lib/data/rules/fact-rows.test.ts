import { describe, expect, it } from 'vitest';

import { dataSet, fact, source } from './__fixtures__/data';
import { factRowErrors } from './fact-rows';

const errorsOf = (...facts: unknown[]) => factRowErrors(dataSet({ facts }));

describe('factRowErrors', () => {
  it('accepts a well-formed fact', () => {
    expect(errorsOf(fact)).toEqual([]);
  });

  it('rejects a value with no source, naming the fact', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, sources: [] } };
    expect(errorsOf(bad)[0]).toMatch(/^fact "groups\.example": wecom.*source/);
  });

  it('accepts an inferred value without sources, and only without', () => {
    const inferred = { ...fact, wecom: { value: true, confidence: 'inferred', sources: [] } };
    expect(errorsOf(inferred)).toEqual([]);
    const sourced = { ...inferred, wecom: { ...inferred.wecom, sources: [source.id] } };
    expect(errorsOf(sourced)[0]).toMatch(/only an "inferred" one has none/);
  });

  it('rejects a fact without a verification date, or with an impossible one', () => {
    const { verifiedAt: _, ...bad } = fact;
    expect(errorsOf(bad, fact)).toEqual([
      expect.stringContaining('fact "groups.example": verifiedAt'),
    ]);
    for (const date of ['2026-13-45', '2026-02-30', '24/11/2026']) {
      expect(errorsOf({ ...fact, verifiedAt: date })[0]).toMatch(/verifiedAt: must be a real date/);
    }
  });

  it('rejects duplicate fact ids', () => {
    expect(errorsOf(fact, fact)).toEqual(['fact "groups.example": duplicate id']);
  });

  it('rejects a value of the wrong type', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, value: '500' } };
    expect(errorsOf(bad)[0]).toMatch(/^fact "groups\.example": wecom/);
  });

  it('rejects a number without a unit', () => {
    const { unit: _, ...cell } = fact.wecom;
    expect(errorsOf({ ...fact, wecom: cell })[0]).toMatch(/a number needs a unit/);
  });

  it('rejects an id outside its topic', () => {
    expect(errorsOf({ ...fact, id: 'moments.example' })[0]).toMatch(/start with its topic/);
  });

  it('names a row without an id by its position', () => {
    const { id: _, ...noId } = fact;
    expect(errorsOf(fact, noId)[0]).toMatch(/^fact "#1": id/);
  });
});
