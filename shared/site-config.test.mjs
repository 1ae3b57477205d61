import { describe, expect, it } from 'vitest';

import { previewOrigin, siteConfig } from './site-config.mjs';

const production = { NODE_ENV: 'production' };

describe('siteConfig', () => {
  it('takes the public address, without a trailing slash', () => {
    expect(siteConfig({ ...production, SITE_URL: 'https://example.org/' })).toEqual({
      origin: 'https://example.org',
      basePath: '',
    });
  });

  it('stops a build for a host without SITE_URL, naming it', () => {
    for (const env of [production, { CI: 'true' }, { CI: '1' }]) {
      expect(() => siteConfig(env)).toThrow(/^SITE_URL is not set/);
    }
  });

  it('lets the local preview and development build without it', () => {
    expect(siteConfig({ ...production, CI: 'true', SITE_PREVIEW: 'local' })).toEqual({
      origin: previewOrigin,
      basePath: '',
    });
    expect(siteConfig({ NODE_ENV: 'development' }).origin).toBe(previewOrigin);
  });

  it('accepts https, and http only on a loopback address', () => {
    expect(siteConfig({ SITE_URL: 'http://127.0.0.1:3000' }).origin).toBe('http://127.0.0.1:3000');
    expect(siteConfig({ SITE_URL: 'http://localhost:8080' }).origin).toBe('http://localhost:8080');
    for (const bad of ['http://example.org', 'ftp://example.org', 'javascript:alert(1)']) {
      expect(() => siteConfig({ SITE_URL: bad }), bad).toThrow(/^SITE_URL must start with https/);
    }
    expect(() => siteConfig({ SITE_URL: 'example.org' })).toThrow(/^SITE_URL is not a URL/);
    expect(() => siteConfig({ SITE_URL: 'https://example.org/?a=1' })).toThrow(/without query/);
  });

  it('reads a sub-path from BASE_PATH or from the address, and wants them to agree', () => {
    expect(siteConfig({ SITE_URL: 'https://u.github.io', BASE_PATH: '/wecom/' })).toEqual({
      origin: 'https://u.github.io',
      basePath: '/wecom',
    });
    expect(siteConfig({ SITE_URL: 'https://u.github.io/wecom/' }).basePath).toBe('/wecom');
    expect(siteConfig({ SITE_URL: 'https://u.github.io/a/b' }).basePath).toBe('/a/b');
    expect(siteConfig({ BASE_PATH: '/wecom', SITE_PREVIEW: 'local' }).basePath).toBe('/wecom');
    expect(siteConfig({ SITE_URL: 'https://u.github.io', BASE_PATH: '/' }).basePath).toBe('');
    expect(() => siteConfig({ SITE_URL: 'https://u.github.io/x', BASE_PATH: '/wecom' })).toThrow(
      /disagree/,
    );
    for (const bad of ['wecom', '/we com', '/a//b', '/../x?']) {
      expect(() => siteConfig({ BASE_PATH: bad }), bad).toThrow(/^BASE_PATH must look like/);
    }
  });
});
