import { describe, expect, it } from 'vitest';

import { defaultLocale, htmlLang, isLocale, localeName, locales } from './locales';
import localeSettings from './locales.json' with { type: 'json' };

describe('i18n', () => {
  it('lists the languages of lib/locales.json in its order, the first being the default', () => {
    expect(locales).toEqual(Object.keys(localeSettings));
    expect(locales.length).toBeGreaterThan(0);
    expect(defaultLocale).toBe(locales[0]);
  });

  it('gives each language its <html lang> tag and its names in itself', () => {
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('es')).toBe('es');
    expect(localeName('zh')).toBe('简体中文');
    expect(localeName('zh', 'full')).toBe('简体中文');
    expect(localeName('zh', 'short')).toBe('中文');
  });

  it('recognises only generated languages', () => {
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('')).toBe(false);
    expect(isLocale('constructor')).toBe(false);
  });
});
