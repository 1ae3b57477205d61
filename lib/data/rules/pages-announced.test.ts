import { describe, expect, it } from 'vitest';

import { dataSet } from './__fixtures__/data';
import { pagesAnnouncedErrors } from './pages-announced';

describe('pagesAnnouncedErrors', () => {
  it('names every page without a "new-page" entry', () => {
    expect(pagesAnnouncedErrors(dataSet())).toEqual([]);
    expect(pagesAnnouncedErrors(dataSet({ pageKeys: ['faq', 'glossary'] }))).toEqual([
      'page "glossary": no "new-page" entry in the changelog',
    ]);
  });
});
