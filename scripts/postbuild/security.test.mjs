import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { readSample } from './samples/fixtures.mjs';
import { contentSecurityPolicy, inlineScriptHashes, withPolicyMeta } from './security.mjs';

const sha = (/** @type {string} */ text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script that runs, exactly as written, each once', () => {
    const html =
      '<head><meta charSet="utf-8"/></head><body>' +
      '<script data-keep="true">a()</script>' +
      '<script type="application/ld+json">{"@type":"Thing"}</script>' +
      '<script src="/_next/static/chunks/x.js" async=""></script>' +
      '<script data-keep="true">b("é")</script>' +
      // A module from the site runs under 'self'; a JSON block does not run.
      '<script type="module" src="/browser/cost-estimator.js"></script>' +
      '<script type="application/json" id="estimator-data">{"x":1}</script>' +
      '<script data-keep="true">a()</script></body>';
    expect(inlineScriptHashes(html, 'page')).toEqual([sha('a()'), sha('b("é")')]);
  });

  it('covers the framework’s inline scripts on an interactive page', () => {
    const hashes = inlineScriptHashes(readSample('es-quiz.html'), 'es-quiz.html');
    expect(hashes.length).toBeGreaterThan(3);
    expect(hashes).toContain(sha('(self.__next_f=self.__next_f||[]).push([0])'));
  });

  it('refuses a script it does not recognise', () => {
    expect(() => inlineScriptHashes('<script>evil()</script>', 'page')).toThrow(
      'page: unrecognised script',
    );
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the site’s own files and the listed inline scripts, nothing inline else', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"]);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('frame-ancestors');
  });

  it('forbids framing in the header form, which a <meta> cannot carry', () => {
    expect(contentSecurityPolicy([], { header: true })).toMatch(/; frame-ancestors 'none'$/);
  });
});

describe('withPolicyMeta', () => {
  const page = '<html><head><meta charSet="utf-8"/><script data-keep>x()</script></head></html>';

  it('puts the policy right after the charset, before every script', () => {
    expect(withPolicyMeta(page, 'script-src \'self\' "q"', 'p')).toBe(
      '<html><head><meta charSet="utf-8"/>' +
        `<meta http-equiv="Content-Security-Policy" content="script-src 'self' &quot;q&quot;"/>` +
        '<script data-keep>x()</script></head></html>',
    );
  });

  it('refuses a page whose scripts come before the charset, or that has none', () => {
    expect(() => withPolicyMeta('<script>x()</script><meta charSet="utf-8"/>', '', 'p')).toThrow(
      'p: no <meta charSet="utf-8"/>',
    );
    expect(() => withPolicyMeta('<html></html>', '', 'p')).toThrow('p: no <meta');
  });

  it('accepts a page without any script', () => {
    expect(withPolicyMeta('<meta charSet="utf-8"/><p>', 'x', 'p')).toContain('content="x"');
  });
});
