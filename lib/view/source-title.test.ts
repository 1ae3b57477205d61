import { describe, expect, it } from 'vitest';

import { catalogs } from '@/lib/i18n/catalogs';
import { sources } from '@/content/sources';

import { footnoteNumbers } from './footnotes';
import type { Source } from '../data/facts';
import { sourcePublisher, sourceTitle } from './source-title';

const chinese = {
  id: 'zh-page',
  title: '企业微信群人数上限',
  lang: 'zh',
} as unknown as Source;
const english = { id: 'en-page', title: 'Group limits', lang: 'en' } as unknown as Source;
const messages = { sourceTitles: { 'zh-page': 'Límite de miembros de un grupo' } } as never;

describe('sourceTitle', () => {
  it('shows a source in the reader’s language as it is', () => {
    expect(sourceTitle(chinese, 'zh', messages)).toEqual({
      title: '企业微信群人数上限',
      lang: null,
      original: null,
    });
  });

  it('translates a title when a translation exists, keeping the original and its language', () => {
    expect(sourceTitle(chinese, 'es', messages)).toEqual({
      title: 'Límite de miembros de un grupo',
      lang: null,
      original: { text: '企业微信群人数上限', lang: 'zh' },
    });
  });

  it('marks an untranslated title with its own language', () => {
    expect(sourceTitle(english, 'es', messages)).toEqual({
      title: 'Group limits',
      lang: 'en',
      original: null,
    });
  });
});

describe('footnoteNumbers', () => {
  it('numbers sources from 1 in the order given', () => {
    expect([...footnoteNumbers([english, chinese])]).toEqual([
      ['en-page', 1],
      ['zh-page', 2],
    ]);
    expect(footnoteNumbers([]).size).toBe(0);
  });
});

describe('sourcePublisher', () => {
  const mirrored = { publisher: 'Reuters (via maxnews.in)' } as unknown as Source;

  it('writes a publisher as the language has it, else as recorded', () => {
    const words = { sourcePublishers: { 'Reuters (via maxnews.in)': '路透社（maxnews.in 转载）' } };
    expect(sourcePublisher(mirrored, words)).toBe('路透社（maxnews.in 转载）');
    expect(sourcePublisher(mirrored, { sourcePublishers: {} })).toBe('Reuters (via maxnews.in)');
  });

  it('names only publishers the sources have, so a renamed one is not silently left behind', () => {
    const publishers = new Set<string>(sources.map((source) => source.publisher));
    for (const { messages } of Object.values(catalogs))
      for (const name of Object.keys(messages.sourcePublishers))
        expect(publishers, name).toContain(name);
  });
});
