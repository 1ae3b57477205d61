import { describe, expect, it } from 'vitest';

import {
  baselineOf,
  exportSummary,
  imagesOf,
  median,
  medianOf,
  pageChunks,
  parseTimings,
  routeOf,
  sampleOf,
  scriptRoles,
  scriptsNamed,
} from './measure.mjs';

describe('median and medianOf', () => {
  it('takes the middle value, the upper one of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  it('takes the median of every measure and the range of blocking time', () => {
    const sample = (tbtMs, lcpMs) => ({ tbtMs, lcpMs });
    expect(medianOf([sample(40, 900), sample(0, 1000), sample(10, 800)])).toEqual({
      tbtMs: 10,
      lcpMs: 900,
      tbtRangeMs: [0, 40],
    });
  });
});

describe('sampleOf', () => {
  it('keeps the scores, timings and bytes of a Lighthouse report', () => {
    const lhr = {
      categories: {
        performance: { score: 0.985 },
        accessibility: { score: 1 },
        'best-practices': { score: 0.96 },
        seo: { score: null },
      },
      audits: {
        'network-requests': {
          details: {
            items: [
              { resourceType: 'Document', transferSize: 20_000 },
              { resourceType: 'Script', transferSize: 1_000 },
              { resourceType: 'Script', transferSize: 500 },
              { resourceType: 'Stylesheet' },
            ],
          },
        },
        'largest-contentful-paint': { numericValue: 1234.6 },
        'total-blocking-time': { numericValue: 12.4 },
        'cumulative-layout-shift': { numericValue: 0.00049 },
        'total-byte-weight': { numericValue: 31_000.2 },
      },
    };
    expect(sampleOf(lhr)).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: 96,
      seo: 0,
      lcpMs: 1235,
      tbtMs: 12,
      cls: 0,
      totalBytes: 31_000,
      jsBytes: 1_500,
      htmlBytes: 20_000,
      requests: 4,
    });
  });
});

describe('baselineOf', () => {
  it('drops every script and script preload, and lists the style sheets', () => {
    const html =
      '<head><link rel="stylesheet" href="/_next/static/a.css"/><link rel="preload" as="script" href="/x.js"/>' +
      '<script>inline()</script><script src="/y.js" async=""></script></head><body><p>Text</p></body>';
    expect(baselineOf(html)).toEqual({
      html: '<head><link rel="stylesheet" href="/_next/static/a.css"/></head><body><p>Text</p></body>',
      styleSheets: ['/_next/static/a.css'],
    });
  });
});

describe('the page’s scripts', () => {
  const html =
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>' +
    '<script src="/_next/static/chunks/react.js" async=""></script>' +
    '<script>load(["/_next/static/chunks/quiz.js","/_next/static/chunks/react.js"])</script>';

  it('names each script once, in a tag or in the loader, and its nomodule polyfill', () => {
    expect(scriptsNamed(html)).toEqual([
      { src: '/_next/static/chunks/poly.js', nomodule: true },
      { src: '/_next/static/chunks/react.js', nomodule: false },
      { src: '/_next/static/chunks/quiz.js', nomodule: false },
    ]);
  });

  it("counts the chunks of the page's entry as its own, the rest as the framework's", () => {
    expect(scriptRoles(scriptsNamed(html), ['static/chunks/quiz.js'])).toEqual([
      { src: '/_next/static/chunks/poly.js', role: 'nomodule' },
      { src: '/_next/static/chunks/react.js', role: 'framework' },
      { src: '/_next/static/chunks/quiz.js', role: 'app' },
    ]);
    const under = scriptRoles(
      [{ src: '/wecom/_next/static/chunks/quiz.js', nomodule: false }],
      ['static/chunks/quiz.js'],
      '/wecom',
    );
    expect(under).toEqual([{ src: '/wecom/_next/static/chunks/quiz.js', role: 'app' }]);
  });

  it("reads the page's own chunks from its client reference manifest", () => {
    // The shape Next.js 16 writes to .next/server/app/[lang]/quiz/page_client-reference-manifest.js.
    const manifest = `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST["/[lang]/quiz/page"]=${JSON.stringify(
      {
        clientModules: {},
        entryJSFiles: {
          '[project]/node_modules/next/dist/client/components/builtin/not-found': [
            'static/chunks/router.js',
          ],
          '[project]/app/[lang]/layout': [],
          '[project]/app/[lang]/quiz/page': ['static/chunks/a.js', 'static/chunks/b.js'],
        },
      },
    )};`;
    expect(pageChunks(manifest, '/[lang]/quiz')).toEqual([
      'static/chunks/a.js',
      'static/chunks/b.js',
    ]);
    expect(() => pageChunks(manifest, '/[lang]/costs')).toThrow(/\/\[lang\]\/costs\/page/);
  });

  it('finds the route of a page in any language', () => {
    expect(routeOf('/es/quiz/')).toBe('/[lang]/quiz');
    expect(routeOf('/zh/costs/')).toBe('/[lang]/costs');
    expect(routeOf('/en/')).toBe('/[lang]');
  });
});

describe('images and the export', () => {
  it('pairs each image with its render time, when recorded', () => {
    const timings = parseTimings('{"path":"/og/es/a.png","ms":120}\n\n');
    expect(timings).toEqual([{ path: '/og/es/a.png', ms: 120 }]);
    expect(
      imagesOf(
        [
          { path: '/og/es/a.png', bytes: 1 },
          { path: '/og/es/b.png', bytes: 2 },
        ],
        timings,
      ),
    ).toEqual([
      { path: '/og/es/a.png', bytes: 1, ms: 120 },
      { path: '/og/es/b.png', bytes: 2, ms: null },
    ]);
    expect(parseTimings('')).toEqual([]);
  });

  it('sums the export and names its five largest files', () => {
    const files = [1, 6, 2, 5, 3, 4].map((bytes) => ({ path: `/f${bytes}`, bytes }));
    expect(exportSummary(files)).toEqual({
      files: 6,
      bytes: 21,
      largest: [6, 5, 4, 3, 2].map((bytes) => ({ path: `/f${bytes}`, bytes })),
    });
  });
});
