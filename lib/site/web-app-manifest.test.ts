import { describe, expect, it } from 'vitest';

import { appIcons } from '@/shared/app-icons.mjs';

import { htmlLang, locales, type Locale } from '../i18n/locales';
import { getMessages } from './messages';
import { paths } from './paths';
import { manifestResponse, themeColors, webAppManifest } from './web-app-manifest';

// Each test builds its manifest itself, so a mutant of the module is live when it runs.
const manifestOf = (locale: Locale) => webAppManifest(locale, getMessages(locale));

describe.each(locales)('the web app manifest in %s', (locale) => {
  const messages = getMessages(locale);

  it('names the app in the language, short enough to fit under an icon', () => {
    const manifest = manifestOf(locale);
    expect(manifest.name).toBe(messages.site.name);
    expect(manifest.short_name).toBe(messages.subscribe.appName);
    expect([...manifest.short_name!].length).toBeLessThanOrEqual(12);
    expect(manifest.lang).toBe(htmlLang(locale));
  });

  it('opens the language’s home page in an app window, and keeps its pages in the app', () => {
    const manifest = manifestOf(locale);
    expect(manifest.display).toBe('standalone');
    expect(manifest.dir).toBe('ltr');
    expect(manifest.start_url).toBe(paths.home(locale));
    expect(manifest.start_url!.startsWith(manifest.scope!)).toBe(true);
    expect(manifest.scope).toBe(paths.home(locale));
    expect(manifest.id).toBe(manifest.start_url);
  });

  it('offers every icon but the Apple one, at its size, one of them maskable', () => {
    const manifest = manifestOf(locale);
    const offered = appIcons.filter((icon) => icon.purpose !== 'apple-touch-icon');
    expect(manifest.icons).toEqual(
      offered.map((icon) => ({
        src: paths.file(icon.file),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose === 'maskable' ? 'maskable' : 'any',
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

it('paints the splash screen and status bar with the page’s own white', () => {
  const manifest = manifestOf('es');
  expect(manifest.background_color).toBe(themeColors.light);
  expect(manifest.theme_color).toBe(themeColors.light);
});

describe('manifestResponse', () => {
  it('serves a language’s manifest as JSON of the manifest type', async () => {
    const response = manifestResponse('zh');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/manifest+json');
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(manifestOf('zh'))));
  });

  it('answers 404 for a segment that is not a language', async () => {
    const response = manifestResponse('xx');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});
