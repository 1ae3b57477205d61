import { describe, expect, it } from 'vitest';

import { dataSet, fact, source } from './__fixtures__/data';
import { highConfidenceErrors } from './high-confidence';

describe('highConfidenceErrors', () => {
  it('accepts "high" on an official page or a verbatim copy of one', () => {
    expect(highConfidenceErrors(dataSet())).toEqual([]);
    const copy = { ...source, tier: 'official-copy' };
    expect(highConfidenceErrors(dataSet({ sources: [copy] }))).toEqual([]);
  });

  it('rejects "high" on anything else, or on an unknown source', () => {
    const provider = { ...source, tier: 'provider' };
    const message =
      'fact "groups.example": wecom: confidence "high" needs an official page or a verbatim copy';
    expect(highConfidenceErrors(dataSet({ sources: [provider] }))).toEqual([message]);
    const unknown = { ...fact, wecom: { ...fact.wecom, sources: ['nowhere'] } };
    expect(highConfidenceErrors(dataSet({ facts: [unknown] }))).toEqual([message]);
  });

  it('accepts a lower confidence on any source', () => {
    const provider = { ...source, tier: 'provider' };
    const medium = { ...fact, wecom: { ...fact.wecom, confidence: 'medium' } };
    expect(highConfidenceErrors(dataSet({ facts: [medium], sources: [provider] }))).toEqual([]);
  });
});
