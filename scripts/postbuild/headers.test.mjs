import { describe, expect, it } from 'vitest';

import {
  commonHeaders,
  feedType,
  immutable,
  netlifyHeaders,
  revalidate,
  serveConfig,
} from './headers.mjs';

const pages = [
  { path: '/es/quiz/', file: 'es/quiz/index.html', policy: "script-src 'self' 'sha256-q'" },
  { path: '/404.html', file: '404.html', policy: "script-src 'self'" },
];

describe('netlifyHeaders', () => {
  it('sends the common headers everywhere, caches framework files for good, and gives each page its policy', () => {
    expect(netlifyHeaders(pages, '')).toBe(
      [
        '/*',
        ...Object.entries(commonHeaders).map(([key, value]) => `  ${key}: ${value}`),
        '',
        '/_next/static/*',
        `  Cache-Control: ${immutable}`,
        '',
        '/:lang/feed.xml',
        '  Content-Type: application/atom+xml; charset=utf-8',
        '',
        '/es/quiz/',
        "  Content-Security-Policy: script-src 'self' 'sha256-q'",
        '',
        '/404.html',
        "  Content-Security-Policy: script-src 'self'",
        '',
      ].join('\n'),
    );
  });

  it('puts the base path before the rules that are not a page’s own', () => {
    expect(netlifyHeaders([], '/wecom')).toMatch(
      /^\/wecom\/\*\n[\s\S]*\n\/wecom\/_next\/static\/\*\n[\s\S]*\n\/wecom\/:lang\/feed\.xml\n/,
    );
  });

  it('denies what the site never uses, and never lets another site frame it', () => {
    expect(commonHeaders['Permissions-Policy']).toContain('camera=()');
    expect(commonHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(commonHeaders['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(commonHeaders['X-Frame-Options']).toBe('DENY');
  });
});

describe('serveConfig', () => {
  it('revalidates everything but the framework files, which come after to win', () => {
    const { headers } = serveConfig(pages);
    expect(headers[0]).toEqual({
      source: '**',
      headers: expect.arrayContaining([{ key: 'Cache-Control', value: revalidate }]),
    });
    expect(headers[1]).toEqual({
      source: '_next/static/**',
      headers: [{ key: 'Cache-Control', value: immutable }],
    });
  });

  it('says a feed is Atom, which serve would call plain XML', () => {
    expect(feedType).toBe('application/atom+xml; charset=utf-8');
    expect(serveConfig(pages).headers[2]).toEqual({
      source: '**/feed.xml',
      headers: [{ key: 'Content-Type', value: feedType }],
    });
  });

  it('gives every page the policy most share, and the others their own after it', () => {
    const many = [...pages, { path: '/es/', file: 'es/index.html', policy: "script-src 'self'" }];
    const csp = (/** @type {string} */ policy) => [
      { key: 'Content-Security-Policy', value: policy },
    ];
    expect(serveConfig(many).headers.slice(3)).toEqual([
      { source: '**/*.html', headers: csp("script-src 'self'") },
      { source: 'es/quiz/index.html', headers: csp("script-src 'self' 'sha256-q'") },
    ]);
  });

  it('gives a folder whose pages share another policy one rule, and its odd page its own', () => {
    const en = "script-src 'self' 'sha256-en'";
    const many = [
      ...pages,
      { path: '/es/', file: 'es/index.html', policy: "script-src 'self'" },
      { path: '/en/', file: 'en/index.html', policy: en },
      { path: '/en/faq/', file: 'en/faq/index.html', policy: en },
      { path: '/en/quiz/', file: 'en/quiz/index.html', policy: "script-src 'self'" },
    ];
    const csp = (/** @type {string} */ policy) => [
      { key: 'Content-Security-Policy', value: policy },
    ];
    expect(serveConfig(many).headers.slice(3)).toEqual([
      { source: '**/*.html', headers: csp("script-src 'self'") },
      { source: 'en/**/*.html', headers: csp(en) },
      { source: 'es/quiz/index.html', headers: csp("script-src 'self' 'sha256-q'") },
      { source: 'en/quiz/index.html', headers: csp("script-src 'self'") },
    ]);
  });
});
