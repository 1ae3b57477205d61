import { describe, expect, it } from 'vitest';

import { headingId } from './heading-id';

describe('headingId', () => {
  it('keeps words, drops accents, and joins them with single hyphens', () => {
    expect(headingId('WeChat personal: «Solo chat» y tope final')).toBe(
      'wechat-personal-solo-chat-y-tope-final',
    );
    expect(headingId('¿Cuánto cuesta? Año 2026')).toBe('cuanto-cuesta-ano-2026');
  });

  it('keeps Chinese characters as they are', () => {
    expect(headingId('个人微信：「仅聊天」和上限')).toBe('个人微信-仅聊天-和上限');
  });

  it('trims hyphens at both ends', () => {
    expect(headingId('  — Contacts —  ')).toBe('contacts');
  });
});
