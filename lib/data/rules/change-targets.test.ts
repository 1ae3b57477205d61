import { describe, expect, it } from 'vitest';

import { correction, dataSet, fact, newPage, update } from './__fixtures__/data';
import { changeTargetErrors } from './change-targets';

const seeded = { ...fact, seed: { status: 'outdated', values: [200] } };

describe('changeTargetErrors', () => {
  it('accepts a new page by its key, and names an unknown page', () => {
    expect(changeTargetErrors(dataSet())).toEqual([]);
    expect(changeTargetErrors(dataSet({ changes: [{ ...newPage, page: 'faqs' }] }))).toEqual([
      'change #1: unknown page "faqs"',
    ]);
  });

  it('accepts a seed correction only of a fact with a corrected seed claim', () => {
    expect(changeTargetErrors(dataSet({ facts: [seeded], changes: [correction] }))).toEqual([]);
    expect(changeTargetErrors(dataSet({ changes: [correction] }))).toEqual([
      `change #1: fact "${fact.id}" has no corrected seed claim`,
    ]);
    for (const status of ['confirmed', 'disputed']) {
      const kept = { ...seeded, seed: { ...seeded.seed, status } };
      expect(changeTargetErrors(dataSet({ facts: [kept], changes: [correction] }))).toEqual([
        `change #1: fact "${fact.id}" has no corrected seed claim`,
      ]);
    }
  });

  it('rejects an entry for an unknown fact or with an unknown source', () => {
    expect(
      changeTargetErrors(dataSet({ changes: [{ ...update, fact: 'groups.nowhere' }] })),
    ).toEqual(['change #1: unknown fact "groups.nowhere"']);
    expect(changeTargetErrors(dataSet({ changes: [update] }))).toEqual([]);
    expect(changeTargetErrors(dataSet({ changes: [{ ...update, sources: ['nope'] }] }))).toEqual([
      'change #1: unknown source "nope"',
    ]);
  });

  it('counts entries the schema rejects when naming the others', () => {
    const changes = [
      { ...update, sources: [] },
      { ...newPage, page: 'faqs' },
    ];
    expect(changeTargetErrors(dataSet({ changes }))).toEqual(['change #2: unknown page "faqs"']);
  });
});
