import { describe, expect, it } from 'vitest';

import { dataSet, source } from './__fixtures__/data';
import { sourceTitleErrors } from './source-titles';

describe('sourceTitleErrors', () => {
  it('asks each other language for a title, and the source’s own for none', () => {
    const sourceTitles = { zh: {}, en: { [source.id]: 'Groups' } };
    expect(sourceTitleErrors(dataSet({ sourceTitles }))).toEqual([]);
  });

  it('names a missing title and a needless one', () => {
    const sourceTitles = { zh: { [source.id]: '群' }, en: {} };
    expect(sourceTitleErrors(dataSet({ sourceTitles }))).toEqual([
      `source "${source.id}": a title in "zh", but the source is in that language or not listed`,
      `source "${source.id}": no title in "en" (content/en/source-titles.ts)`,
    ]);
    const stray = { en: { [source.id]: 'Groups', gone: 'Gone' } };
    expect(sourceTitleErrors(dataSet({ sourceTitles: stray }))).toEqual([
      'source "gone": a title in "en", but the source is in that language or not listed',
    ]);
  });
});
