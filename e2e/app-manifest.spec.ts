import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { htmlLang, locales } from '../lib/i18n/locales';
import { getMessages } from '../lib/site/messages';
import { headTags } from './head';
import { routeLocale } from './locales';
import { pngSize } from './png';
import { exportedRoutes, fileForPath } from './routes';

// What a phone needs to add a language's site to its home screen: a manifest per language with
// its name, colours and icons (each a PNG of the size it states), linked from every page.

type Manifest = {
  id: string;
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

for (const locale of locales) {
  test(`/${locale}/manifest.webmanifest names the site in its language, in scope, with its icons`, async ({
    request,
    baseURL,
  }) => {
    const address = `${baseURL}/${locale}/manifest.webmanifest`;
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Manifest;
    const messages = getMessages(locale);
    expect(manifest.name).toBe(messages.site.name);
    expect(manifest.short_name).toBe(messages.subscribe.appName);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.lang).toBe(htmlLang(locale));
    expect(['standalone', 'minimal-ui']).toContain(manifest.display);

    // Addresses in a manifest resolve against the manifest's own.
    const resolve = (url: string) => new URL(url, address).href;
    const scope = resolve(manifest.scope);
    expect(scope).toBe(`${baseURL}/${locale}/`);
    expect(resolve(manifest.start_url).startsWith(scope)).toBe(true);
    expect(resolve(manifest.id)).toBe(resolve(manifest.start_url));
    expect((await request.get(resolve(manifest.start_url))).status()).toBe(200);

    for (const icon of manifest.icons) {
      expect(icon.type).toBe('image/png');
      const iconResponse = await request.get(resolve(icon.src));
      expect(iconResponse.status(), icon.src).toBe(200);
      expect(iconResponse.headers()['content-type']).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(fileForPath(new URL(resolve(icon.src)).pathname)!), icon.src).toEqual({
        width,
        height,
      });
    }
    const offered = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(offered).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
  });
}

test('every page of a language links its manifest, the touch icon and its colours', () => {
  const routes = exportedRoutes().filter((route) => routeLocale(route) !== null);
  for (const route of routes) {
    const html = readFileSync(fileForPath(route)!, 'utf8');
    const links = headTags(html, 'link');
    const metas = headTags(html, 'meta');
    const manifests = links.filter((link) => link.rel === 'manifest');
    expect(
      manifests.map((link) => link.href),
      route,
    ).toEqual([`/${routeLocale(route)}/manifest.webmanifest`]);
    const touch = links.filter((link) => link.rel === 'apple-touch-icon');
    expect(touch, route).toHaveLength(1);
    expect(pngSize(fileForPath(touch[0]!.href!)!)).toEqual({ width: 180, height: 180 });
    expect(touch[0]!.sizes).toBe('180x180');
    const colours = metas.filter((meta) => meta.name === 'theme-color');
    expect(colours.map((meta) => meta.media).sort(), route).toEqual([
      '(prefers-color-scheme: dark)',
      '(prefers-color-scheme: light)',
    ]);
    expect(metas.find((meta) => meta.name === 'apple-mobile-web-app-title')?.content).toBe(
      getMessages(routeLocale(route)!).subscribe.appName,
    );
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the ${colorScheme} theme colour is the background the page paints`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/zh/groups/');
    const painted = await page.evaluate(() => {
      // The computed colour may be written in oklch(); a canvas turns it into sRGB bytes.
      const context = document.createElement('canvas').getContext('2d')!;
      context.fillStyle = getComputedStyle(document.body).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return `#${[r, g, b].map((value) => value!.toString(16).padStart(2, '0')).join('')}`;
    });
    const theme = await page
      .locator(`meta[name="theme-color"][media="(prefers-color-scheme: ${colorScheme})"]`)
      .getAttribute('content');
    expect(theme).toBe(painted);
    const manifest = await (await page.request.get('/zh/manifest.webmanifest')).json();
    if (colorScheme === 'light')
      expect([manifest.theme_color, manifest.background_color]).toEqual([painted, painted]);
  });
}
