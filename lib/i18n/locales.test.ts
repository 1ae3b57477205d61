import { describe, expect, it } from 'vitest';

import { defaultLocale, htmlLang, isLocale, localeName, locales } from './locales';

describe('i18n', () => {
  it('lists the languages in menu order, the first being the default', () => {
    expect(locales).toEqual(['es', 'en', 'zh']);
    expect(defaultLocale).toBe('es');
  });

  it('gives each language its <html lang> tag and its names in itself', () => {
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('es')).toBe('es');
    expect(localeName('zh')).toBe('简体中文');
    expect(localeName('zh', 'full')).toBe('简体中文');
    expect(localeName('zh', 'short')).toBe('中文');
  });

  it('recognises only generated languages', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('')).toBe(false);
  });
});
