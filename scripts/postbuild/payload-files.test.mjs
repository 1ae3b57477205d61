import { describe, expect, it } from 'vitest';

import { payloadFiles } from './payload-files.mjs';

describe('payloadFiles', () => {
  // The folders' listings as Next.js 16.4.6 exports them.
  it('finds the payload segments beside an index page, not its sub-pages', () => {
    const quiz = [
      '__next.$d$lang.quiz.__PAGE__.txt',
      '__next._full.txt',
      '__next._tree.txt',
      'guide',
      'index.html',
      'index.txt',
      'result',
    ];
    expect(payloadFiles('out/es/quiz/index.html', quiz)).toEqual([
      'out/es/quiz/__next.$d$lang.quiz.__PAGE__.txt',
      'out/es/quiz/__next._full.txt',
      'out/es/quiz/__next._tree.txt',
      'out/es/quiz/index.txt',
    ]);
  });

  it('leaves the files that are not payloads at the root', () => {
    const root = [
      '404.html',
      '__next.!KHJvb3Qp.__PAGE__.txt',
      '__next._full.txt',
      '__next._tree.txt',
      'favicon.svg',
      'index.html',
      'index.txt',
      'robots.txt',
      'sitemap.xml',
    ];
    expect(payloadFiles('out/index.html', root)).toEqual([
      'out/__next.!KHJvb3Qp.__PAGE__.txt',
      'out/__next._full.txt',
      'out/__next._tree.txt',
      'out/index.txt',
    ]);
  });

  it('finds the payload named after a page that is not an index', () => {
    expect(payloadFiles('out/404.html', ['404.html', 'index.html', 'index.txt'])).toEqual([]);
    expect(payloadFiles('out/404.html', ['404.html', '404.txt', 'index.txt'])).toEqual([
      'out/404.txt',
    ]);
  });
});
