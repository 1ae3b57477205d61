import { describe, expect, it } from 'vitest';

import { appIcons } from '@/scripts/favicon.mjs';

import { htmlLang, locales } from './i18n';
import { getMessages } from './messages';
import { paths } from './paths';
import { webAppManifest } from './web-app-manifest';

describe.each(locales)('the web app manifest in %s', (locale) => {
  const messages = getMessages(locale);
  const manifest = webAppManifest(locale, messages);

  it('names the app in the language, short enough to fit under an icon', () => {
    expect(manifest.name).toBe(messages.site.name);
    expect(manifest.short_name).toBe(messages.subscribe.appName);
    expect([...manifest.short_name!].length).toBeLessThanOrEqual(12);
    expect(manifest.lang).toBe(htmlLang(locale));
  });

  it('opens the language’s home page, and keeps that language’s pages in the app', () => {
    expect(manifest.start_url).toBe(paths.home(locale));
    expect(manifest.start_url!.startsWith(manifest.scope!)).toBe(true);
    expect(manifest.scope).toBe(paths.home(locale));
    expect(manifest.id).toBe(manifest.start_url);
  });

  it('offers every icon but the Apple one, at its size, one of them maskable', () => {
    const offered = appIcons.filter((icon) => icon.purpose !== 'apple-touch-icon');
    expect(manifest.icons).toEqual(
      offered.map((icon) => ({
        src: paths.file(icon.file),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    );
    expect(manifest.icons!.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
  });
});

it('gives each language its own app', () => {
  const ids = locales.map((locale) => webAppManifest(locale, getMessages(locale)).id);
  expect(new Set(ids).size).toBe(locales.length);
});
