import { describe, expect, it } from 'vitest';

import { messages } from '@/content/es/messages';

import { correctionHref } from './corrections';

const report = {
  factId: 'groups.qr-linked-groups',
  pagePath: '/es/groups/',
  locale: 'es' as const,
  shown: 'WeCom: 5 grupos por código',
  version: '2026-11-24',
  messages,
};

describe('correctionHref', () => {
  it('prefills an e-mail with the fact, page, language, value and data version', () => {
    const href = correctionHref(report, 'mailto:datos@example.org');
    expect(href.startsWith('mailto:datos@example.org?subject=')).toBe(true);
    const body = decodeURIComponent(new URLSearchParams(href.split('?')[1]).get('body')!);
    for (const part of [
      'groups.qr-linked-groups',
      '/es/groups/#groups.qr-linked-groups',
      'es',
      '5 grupos',
      '2026-11-24',
    ]) {
      expect(body).toContain(part);
    }
  });

  it('prefills a new-issue URL with title and body', () => {
    const url = new URL(correctionHref(report, 'https://github.com/example/site/issues/new'));
    expect(url.searchParams.get('title')).toBe('Corrección: groups.qr-linked-groups');
    expect(url.searchParams.get('body')).toContain('Versión de los datos: 2026-11-24');
  });
});
