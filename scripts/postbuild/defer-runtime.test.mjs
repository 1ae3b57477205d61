import { describe, expect, it } from 'vitest';

import { deferRuntime } from './defer-runtime.mjs';
import { readSample } from './samples/fixtures.mjs';

describe('deferRuntime', () => {
  it.each(['es-quiz', 'es-costs'])('loads the framework of %s after the first paint', (page) => {
    expect(deferRuntime(readSample(`${page}.html`), page).html).toBe(
      readSample(`${page}.expected.html`),
    );
  });

  it('lists the chunks it deferred, in document order', () => {
    expect(deferRuntime(readSample('es-quiz.html'), 'es/quiz').chunks).toEqual([
      '/_next/static/chunks/16d9m7jc71162.js',
      '/_next/static/chunks/39_j1bdzreq0m.js',
      '/_next/static/chunks/turbopack-077hmtqrhcoji.js',
      '/_next/static/chunks/3qfy96eoyh-ek.js',
      '/_next/static/chunks/0l_vsgy-1q3ao.js',
      '/_next/static/chunks/0j1we3cwg31qe.js',
    ]);
  });

  it('refuses a page it deferred already', () => {
    const once = deferRuntime(readSample('es-quiz.html'), 'out/es/quiz/index.html').html;
    expect(() => deferRuntime(once, 'out/es/quiz/index.html')).toThrow(
      'out/es/quiz/index.html: no framework script to defer; was out/ post-processed already?',
    );
  });

  it('fails loudly on a framework script it does not recognise', () => {
    const html = readSample('es-quiz.html').replace(
      '<script src="/_next/static/chunks/0l_vsgy-1q3ao.js" async="">',
      '<script src="/_next/static/chunks/0l_vsgy-1q3ao.js" async="" crossorigin="">',
    );
    expect(() => deferRuntime(html, 'out/es/quiz/index.html')).toThrow(
      'out/es/quiz/index.html: unrecognised script <script src="/_next/static/chunks/0l_vsgy-1q3ao.js" async="" crossorigin=""></script>',
    );
  });

  it('refuses a page without exactly one </body>', () => {
    const html = readSample('es-quiz.html').replace('</body>', '');
    expect(() => deferRuntime(html, 'out/es/quiz/index.html')).toThrow(
      'out/es/quiz/index.html: 0 </body> tags, expected one',
    );
  });
});
