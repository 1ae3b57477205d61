import { describe, expect, it } from 'vitest';

import { parseCorrectionsUrl } from './corrections-url.mjs';

describe('parseCorrectionsUrl', () => {
  it('sends reports to the site’s own page when CORRECTIONS_URL is unset or empty', () => {
    expect(parseCorrectionsUrl(undefined)).toEqual({ kind: 'site' });
    expect(parseCorrectionsUrl('  ')).toEqual({ kind: 'site' });
  });

  it('recognises a GitHub repository’s new-issue URL as its issue form', () => {
    for (const url of [
      'https://github.com/owner/repo/issues/new',
      'https://github.com/owner/repo/issues/new/',
      'https://github.com/owner/repo/issues/new?labels=data',
    ]) {
      expect(parseCorrectionsUrl(url)).toEqual({ kind: 'issue-form', url });
    }
  });

  it('treats any other https page as a page taking title and body', () => {
    for (const url of [
      'https://github.com/owner/repo/issues/new/choose',
      'https://github.com/owner/issues/new',
      'https://gitlab.com/owner/repo/-/issues/new',
      'https://example.org/report?lang=es',
    ]) {
      expect(parseCorrectionsUrl(url)).toEqual({ kind: 'web', url });
    }
  });

  it('accepts mailto: addresses, with a query or several recipients', () => {
    for (const url of ['mailto:data@example.org', 'mailto:x@y?cc=z', 'mailto:a@b.org,c@d.org']) {
      expect(parseCorrectionsUrl(url)).toEqual({ kind: 'mailto', url });
    }
  });

  it('stops the build on anything else, naming CORRECTIONS_URL and what it accepts', () => {
    for (const value of [
      'javascript:alert(1)//',
      'JavaScript:alert(1)',
      'http://example.org/report',
      'data:text/html,<script>alert(1)</script>',
      '/es/report/',
      'report',
      'ftp://example.org',
      'mailto:',
      'mailto:?cc=z',
      'mailto:not-an-address',
      'https://user:secret@example.org/',
    ]) {
      expect(() => parseCorrectionsUrl(value), value).toThrow(
        /^CORRECTIONS_URL must be an https:\/\/ URL or a mailto: address .*: ".*"$/,
      );
    }
  });
});
