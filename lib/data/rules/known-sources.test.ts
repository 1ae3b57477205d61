import { describe, expect, it } from 'vitest';

import { dataSet, fact } from './__fixtures__/data';
import { knownSourceErrors } from './known-sources';

describe('knownSourceErrors', () => {
  it('accepts citations of listed sources', () => {
    expect(knownSourceErrors(dataSet())).toEqual([]);
  });

  it('names a value citing an unknown source', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, sources: ['nowhere'] } };
    expect(knownSourceErrors(dataSet({ facts: [bad] }))).toEqual([
      'fact "groups.example": unknown source "nowhere"',
    ]);
  });

  it('checks the sources of alternatives and of a seed rule too', () => {
    const alternative = {
      value: 200,
      kind: 'other-source',
      confidence: 'low',
      sources: ['elsewhere'],
    };
    const bad = {
      ...fact,
      wecom: { ...fact.wecom, alternatives: [alternative] },
      seed: { status: 'outdated', values: [200], sources: ['lost'] },
    };
    expect(knownSourceErrors(dataSet({ facts: [bad] }))).toEqual([
      'fact "groups.example": unknown source "elsewhere"',
      'fact "groups.example": unknown source "lost"',
    ]);
  });
});
