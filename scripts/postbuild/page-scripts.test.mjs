import { describe, expect, it } from 'vitest';

import { pageScripts, withoutScripts } from './page-scripts.mjs';
import { readSample } from './samples/fixtures.mjs';

const kinds = (html) => pageScripts(html, 'page.html').map((script) => script.kind);

describe('pageScripts', () => {
  it('sorts every script of a raw page by kind, in document order', () => {
    expect(kinds(readSample('404.html'))).toEqual([
      'preload',
      'chunk',
      'chunk',
      'chunk',
      'chunk',
      'polyfills',
      'bootstrap',
      'chunk',
      'flight',
      'flight',
    ]);
  });

  it('finds the site’s own scripts and JSON-LD among the framework’s', () => {
    const found = kinds(readSample('es-mass-messages.html'));
    expect(found.filter((kind) => kind === 'own')).toHaveLength(1);
    expect(found.filter((kind) => kind === 'structured-data')).toHaveLength(2);
    expect(found.filter((kind) => kind === 'flight').length).toBeGreaterThan(2);
  });

  it('recognises the site’s own inline scripts with their arguments', () => {
    const html =
      '<script data-keep="true">a()</script>' +
      '<script data-keep="true" data-args="[&quot;es&quot;,{&quot;a&quot;:&quot;&lt;/script&gt;&quot;}]">b()</script>';
    expect(kinds(html)).toEqual(['own', 'own']);
  });

  it('gives the URL of each chunk', () => {
    const chunks = pageScripts(readSample('404.html'), '404.html').filter(
      (script) => script.kind === 'chunk',
    );
    expect(chunks.map((script) => script.src)).toEqual([
      '/_next/static/chunks/16d9m7jc71162.js',
      '/_next/static/chunks/39_j1bdzreq0m.js',
      '/_next/static/chunks/turbopack-077hmtqrhcoji.js',
      '/_next/static/chunks/3qfy96eoyh-ek.js',
      '/_next/static/chunks/0j1we3cwg31qe.js',
    ]);
  });

  it('recognises chunks under a base path', () => {
    const html = readSample('404.html').replaceAll('"/_next/', '"/wecom/_next/');
    const chunks = pageScripts(html, '404.html').filter((script) => script.kind === 'chunk');
    expect(chunks[0]?.src).toBe('/wecom/_next/static/chunks/16d9m7jc71162.js');
    expect(() =>
      pageScripts(
        '<script src="/wecom/_next/static/chunks/a.js" async="" crossorigin=""></script>',
        'x',
      ),
    ).toThrow('x: unrecognised script');
  });

  it('recognises the site’s own browser modules and the JSON they read, under a base path too', () => {
    const html =
      '<script type="application/json" id="estimator-data">{"a":"\\u003c/script>"}</script>' +
      '<script type="module" src="/browser/cost-estimator.js"></script>' +
      '<script type="module" src="/wecom/browser/cost-estimator.js"></script>';
    expect(pageScripts(html, 'page.html').map(({ kind, src }) => [kind, src])).toEqual([
      ['data', undefined],
      ['own-module', '/browser/cost-estimator.js'],
      ['own-module', '/wecom/browser/cost-estimator.js'],
    ]);
  });

  it('ignores links that fetch no script', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
      '<link rel="icon" href="/favicon.svg"/><link rel="alternate" href="/data/limits.json"/>';
    expect(pageScripts(html, 'page.html')).toEqual([]);
  });

  it.each([
    ['crossorigin', '<script src="/_next/static/chunks/a.js" async="" crossorigin=""></script>'],
    ['a blocking chunk', '<script src="/_next/static/chunks/a.js"></script>'],
    ['a deferred chunk', '<script src="/_next/static/chunks/a.js" defer=""></script>'],
    ['an unmarked inline script', '<script>document.body.dataset.x = 1</script>'],
    ['an own script with another attribute', '<script data-keep="true" data-x="1">a()</script>'],
    ['upper case', '<SCRIPT src="/_next/static/chunks/a.js" async=""></SCRIPT>'],
    ['an unclosed script', '<script src="/_next/static/chunks/a.js" async="">'],
    ['a module preload', '<link rel="modulepreload" href="/_next/static/chunks/a.js"/>'],
    [
      'a preload with crossorigin',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js" crossorigin=""/>',
    ],
    ['a prefetch', '<link rel="prefetch" href="/_next/static/chunks/a.js"/>'],
    ['a module from elsewhere', '<script type="module" src="/other/a.js"></script>'],
    ['a classic own script', '<script src="/browser/a.js"></script>'],
    ['a JSON block without an id', '<script type="application/json">{}</script>'],
  ])('fails loudly on %s, naming the page and the tag', (_, tag) => {
    const html = readSample('404.html').replace('</body>', `${tag}</body>`);
    expect(() => pageScripts(html, 'out/404.html')).toThrow(
      `out/404.html: unrecognised script ${tag.slice(0, 40)}`,
    );
  });
});

describe('withoutScripts', () => {
  it('cuts exactly the given tags', () => {
    const html = '<p>a</p><script data-keep>1</script><p>b</p><script data-keep>2</script>';
    const [first] = pageScripts(html, 'page.html');
    expect(withoutScripts(html, [first])).toBe('<p>a</p><p>b</p><script data-keep>2</script>');
  });
});
