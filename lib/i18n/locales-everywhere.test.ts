import { afterEach, describe, expect, it, vi } from 'vitest';

import localeSettings from './locales.json' with { type: 'json' };

// Adding a language is one entry in lib/i18n/locales.json (plus its catalog): every list of
// languages in the app, the tests, e2e and the bench must follow that entry, with no other list
// to update. This adds a language in memory and asks each of them.
const dummy = { htmlLang: 'fr-CA', name: 'Français', shortName: 'FR' };

describe('the locale registry', () => {
  afterEach(() => {
    vi.doUnmock('./locales.json');
    vi.resetModules();
  });

  it('is what every list of languages reads', async () => {
    vi.resetModules();
    vi.doMock('./locales.json', () => ({ default: { ...localeSettings, fr: dummy } }));

    const i18n = await import('./locales');
    expect(i18n.locales).toEqual([...Object.keys(localeSettings), 'fr']);
    expect(i18n.isLocale('fr')).toBe(true);
    const fr = 'fr' as (typeof i18n.locales)[number];
    expect(i18n.htmlLang(fr)).toBe('fr-CA');
    expect(i18n.localeName(fr, 'short')).toBe('FR');

    const { localePath } = await import('../site/paths');
    expect(localePath('/fr/groups/', 'es')).toBe('/es/groups/');
    expect(localePath('/es/groups/', fr)).toBe('/fr/groups/');

    const { getCatalog } = await import('../site/messages');
    expect(() => getCatalog(fr)).toThrow(/content\/fr\/index\.ts/);

    const { routeLocale } = await import('../../e2e/locales');
    expect(routeLocale('/fr/quiz/')).toBe('fr');

    const { benchPages } = await import('../../bench/pages.mjs');
    expect(benchPages.filter((page) => page.locale === 'fr').map((page) => page.path)).toContain(
      '/fr/',
    );
  });
});
