import { describe, expect, it } from 'vitest';

import { dataSet, fact, source } from './__fixtures__/data';
import { quoteErrors } from './quotes';

const quoted = { [fact.id]: { [source.id]: '外部群最多 500 人' } };

describe('quoteErrors', () => {
  it('accepts a fact quoting every source of its values', () => {
    expect(quoteErrors(dataSet({ quotes: quoted }))).toEqual([]);
  });

  it('requires a quote of every source once a fact quotes any', () => {
    const other = { ...source, id: 'second' };
    const twoSources = { ...fact, wecom: { ...fact.wecom, sources: [source.id, other.id] } };
    expect(
      quoteErrors(dataSet({ facts: [twoSources], sources: [source, other], quotes: quoted })),
    ).toEqual(['fact "groups.example": quotes: no quote of "second"']);
  });

  it('rejects a quote of a source the fact does not cite', () => {
    const stray = { [fact.id]: { ...quoted[fact.id], second: 'x' } };
    expect(quoteErrors(dataSet({ quotes: stray }))).toEqual([
      'fact "groups.example": quotes: "second" is not cited',
    ]);
  });

  it('rejects quotes of an unknown fact, and malformed quotes', () => {
    expect(quoteErrors(dataSet({ quotes: { 'groups.lost': {} } }))).toEqual([
      'quotes: unknown fact "groups.lost"',
    ]);
    expect(quoteErrors(dataSet({ quotes: { [fact.id]: { [source.id]: 5 } } }))[0]).toMatch(
      /^quotes: groups\.example/,
    );
  });
});
