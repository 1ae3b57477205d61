import { describe, expect, it } from 'vitest';

import { dataSet, fact, source } from './__fixtures__/data';
import { uncitedSourceErrors } from './uncited-sources';

const history = { ...source, id: 'old-rule' };

describe('uncitedSourceErrors', () => {
  it('rejects a source that nothing cites', () => {
    expect(uncitedSourceErrors(dataSet())).toEqual([]);
    expect(uncitedSourceErrors(dataSet({ sources: [source, history] }))).toEqual([
      'source "old-rule": cited by no fact, alternative, seed or change',
    ]);
  });

  it('counts the sources of a seed rule as cited', () => {
    const seeded = { ...fact, seed: { status: 'outdated', values: [200], sources: ['old-rule'] } };
    expect(uncitedSourceErrors(dataSet({ facts: [seeded], sources: [source, history] }))).toEqual(
      [],
    );
  });

  it('counts the sources of an update as cited', () => {
    const update = {
      date: '2026-11-24',
      fact: fact.id,
      account: 'wecom',
      change: 'update',
      from: 100,
      sources: ['old-rule'],
    };
    expect(uncitedSourceErrors(dataSet({ sources: [source, history], changes: [update] }))).toEqual(
      [],
    );
  });
});
