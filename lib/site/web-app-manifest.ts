import type { MetadataRoute } from 'next';

import { appIcons } from '@/shared/app-icons.mjs';

import { htmlLang, isLocale, type Locale } from '../i18n/locales';
import { getMessages } from './messages';
import { paths } from './paths';
import type { Messages } from '../i18n/messages';

/**
 * The page background, light and dark (app/globals.css: white, and Tailwind's stone-950): the
 * colour a phone paints its status bar and an installed app's splash screen with, so neither
 * flashes another colour around the page. e2e checks them against what the pages paint.
 */
export const themeColors = { light: '#ffffff', dark: '#0c0a09' } as const;

/** The icon iOS puts on the home screen (it reads no manifest icons). */
export const appleTouchIcon = appIcons.find((icon) => icon.purpose === 'apple-touch-icon')!;

/**
 * The web app manifest of a language: a phone adds that language's home page to its home
 * screen under the site's name, in the site's colours, and opens its pages in an app window.
 * Each language is its own app (its own `id` and `scope`), so its pages open in it and a
 * reader who installs two languages gets two icons, each named in its language.
 */
export function webAppManifest(locale: Locale, messages: Messages): MetadataRoute.Manifest {
  const home = paths.home(locale);
  return {
    id: home,
    name: messages.site.name,
    short_name: messages.subscribe.appName,
    description: messages.site.tagline,
    lang: htmlLang(locale),
    // Every language of the site is written left to right, as <html> assumes (it sets no dir).
    dir: 'ltr',
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: themeColors.light,
    theme_color: themeColors.light,
    icons: appIcons
      .filter((icon) => icon.purpose !== 'apple-touch-icon')
      .map((icon) => ({
        src: paths.file(icon.file),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose === 'maskable' ? 'maskable' : 'any',
      })),
  };
}

/** The manifest of `/<lang>/manifest.webmanifest`; 404 for a segment that is not a language. */
export function manifestResponse(lang: string): Response {
  if (!isLocale(lang)) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(webAppManifest(lang, getMessages(lang)), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
