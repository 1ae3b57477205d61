import { describe, expect, it } from 'vitest';

import { correction, dataSet, fact, newPage, update } from './__fixtures__/data';
import { changeRowErrors } from './change-rows';

const errorsOf = (...changes: unknown[]) => changeRowErrors(dataSet({ changes }));

describe('changeRowErrors', () => {
  it('accepts well-formed entries', () => {
    expect(errorsOf(newPage, correction, { ...update, date: '2026-12-01' })).toEqual([]);
  });

  it('rejects an update without the sources that prompted it', () => {
    expect(errorsOf({ ...update, sources: [] })[0]).toMatch(/^change #1: sources/);
  });

  it('rejects a new page that names a fact', () => {
    expect(errorsOf({ ...newPage, fact: fact.id })[0]).toMatch(/^change #1: .*fact/);
  });

  it('names a page added twice', () => {
    expect(errorsOf(newPage, { ...newPage, date: '2026-11-28' })).toEqual([
      'change #2: the same entry as change #1 (new-page-faq)',
    ]);
  });

  it('rejects two entries on the same side of a fact on one day', () => {
    // The other side, or the same side another day, is another entry.
    expect(errorsOf(correction, { ...correction, account: 'wechat' })).toEqual([]);
    expect(errorsOf(correction, { ...update, date: '2026-12-01' })).toEqual([]);
    expect(errorsOf(correction, update)).toEqual([
      `change #2: the same entry as change #1 (change-2026-11-24-${fact.id}-wecom)`,
    ]);
  });
});
