import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { pageWeight } from './page-weight.mjs';

let out = '';
const gz = (/** @type {string} */ text) => gzipSync(text).length;

/** @param {Record<string, string>} files */
function write(files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
}

const css = 'body{color:red}'.repeat(20);
const estimator = 'console.log("estimate")'.repeat(20);
const chunk = 'framework()'.repeat(30);
const reading =
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body><p>Words</p>';

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'page-weight-'));
  write({
    '_next/static/chunks/a.css': css,
    'browser/e.js': estimator,
    '_next/static/chunks/f.js': chunk,
    '_next/static/chunks/p.js': 'polyfill()',
  });
});

afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('pageWeight', () => {
  it('weighs the page without scripts and its stylesheets apart from every script it carries', () => {
    write({
      'es/costs/index.html':
        reading +
        '<script type="application/ld+json">{"@type":"Thing"}</script>' +
        '<script type="application/json" id="d">{"a":1}</script>' +
        '<script type="module" src="/browser/e.js"></script>' +
        '<script data-keep="true">keep()</script></body></html>',
    });
    expect(pageWeight(out, '/es/costs/')).toEqual({
      htmlCss: gz(`${reading}</body></html>`) + gz(css),
      scripts: gz('{"a":1}') + gz('keep()') + gz(estimator),
      files: ['/browser/e.js'],
    });
  });

  it('counts the framework a deferred loader fetches, not the polyfills, under a base path', () => {
    write({
      'es/quiz/index.html':
        reading.replace('"/_next', '"/w/_next') +
        '<script src="/w/_next/static/chunks/p.js" noModule=""></script>' +
        '<script data-keep>load(["/w/_next/static/chunks/f.js"])</script></body></html>',
    });
    const weight = pageWeight(out, '/es/quiz/', '/w');
    expect(weight.files).toEqual(['/w/_next/static/chunks/f.js']);
    expect(weight.scripts).toBe(gz('load(["/w/_next/static/chunks/f.js"])') + gz(chunk));
  });
});
