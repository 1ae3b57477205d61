import { describe, expect, it } from 'vitest';

import { dataSet, source } from './__fixtures__/data';
import { sourceRowErrors } from './source-rows';

describe('sourceRowErrors', () => {
  it('accepts a well-formed source', () => {
    expect(sourceRowErrors(dataSet())).toEqual([]);
  });

  it('rejects an impossible source date, naming the source', () => {
    const errors = sourceRowErrors(dataSet({ sources: [{ ...source, date: '2023-13' }] }));
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^source "${source.id}": date`))]);
  });

  it('rejects a source without a URL, and names a row without an id by its position', () => {
    const { url: _, ...noUrl } = source;
    const { id: __, ...noId } = source;
    expect(sourceRowErrors(dataSet({ sources: [noUrl, noId] }))).toEqual([
      expect.stringMatching(new RegExp(`^source "${source.id}": url`)),
      expect.stringMatching(/^source "#1": id/),
    ]);
  });

  it('rejects duplicate source ids', () => {
    expect(sourceRowErrors(dataSet({ sources: [source, source] }))).toEqual([
      `source "${source.id}": duplicate id`,
    ]);
  });
});
