import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { htmlLang, locales } from '../lib/i18n/locales';
import { pngSize } from './png';
import { exportedRoutes, fileForPath, outDir } from './routes';

const routes = exportedRoutes().filter((route) => route !== '/');
const html = (route: string) => readFileSync(fileForPath(route)!, 'utf8');

function meta(page: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page);
  return tag?.[1]?.replaceAll('&amp;', '&');
}

/** The out/ path of an absolute site URL, whatever host the build was configured with. */
const sitePath = (url: string) => new URL(url).pathname;

for (const route of routes) {
  test(`${route}: complete link-preview metadata and a PNG of the declared size`, () => {
    const page = html(route);
    expect(meta(page, 'description')).toBeTruthy();
    expect(meta(page, 'og:title')).toBeTruthy();
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(page).toMatch(/<link rel="canonical" href="[^"]+"/);
    expect(page).toMatch(/<link rel="alternate" hrefLang="x-default"/);
    const image = meta(page, 'og:image');
    expect(image, 'og:image').toBeTruthy();
    expect(meta(page, 'og:image:alt')).toBeTruthy();
    const file = fileForPath(sitePath(image!));
    expect(file, image).not.toBeNull();
    expect(pngSize(file!)).toEqual({
      width: Number(meta(page, 'og:image:width')),
      height: Number(meta(page, 'og:image:height')),
    });
  });

  test(`${route}: JSON-LD parses`, () => {
    const blocks = [
      ...html(route).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ];
    for (const [, json] of blocks) {
      const data = JSON.parse(json!);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBeTruthy();
    }
  });
}

test('every page has a unique title', () => {
  const titles = routes.map((route) => /<title>([^<]*)<\/title>/.exec(html(route))?.[1]);
  expect(titles.every(Boolean)).toBe(true);
  expect(new Set(titles).size).toBe(titles.length);
});

test('articles publish Article and BreadcrumbList, the home page an FAQ of the eight questions', () => {
  const types = (route: string) =>
    [...html(route).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      ([, json]) =>
        JSON.parse(json!) as { '@type': string; mainEntity?: unknown[]; dateModified?: string },
    );
  const faq = types('/es/').find((data) => data['@type'] === 'FAQPage');
  expect(faq?.mainEntity).toHaveLength(8);
  const article = types('/es/groups/');
  expect(article.map((data) => data['@type']).sort()).toEqual(['Article', 'BreadcrumbList']);
  expect(article.find((data) => data['@type'] === 'Article')?.dateModified).toMatch(
    /^\d{4}-\d{2}-\d{2}$/,
  );
});

test('every poster link resolves to a 1080×1440 PNG', () => {
  const posters = routes.flatMap((route) =>
    [...html(route).matchAll(/<a href="([^"]+\.poster\.png)" download/g)].map(([, href]) => href!),
  );
  expect(posters.length).toBeGreaterThanOrEqual(8);
  for (const poster of posters)
    expect(pngSize(fileForPath(poster)!), poster).toEqual({ width: 1080, height: 1440 });
});

test('the sitemap lists every page and nothing that 404s', () => {
  const sitemap = readFileSync(`${outDir}/sitemap.xml`, 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => sitePath(url!));
  expect(listed.sort()).toEqual([...routes].sort());
  for (const path of listed) expect(fileForPath(path), path).not.toBeNull();
  expect(readFileSync(`${outDir}/robots.txt`, 'utf8')).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('images stay small (sizes reported in test-results/image-sizes.txt)', () => {
  const images = routes.flatMap((route) => {
    const page = html(route);
    const og = meta(page, 'og:image');
    const posters = [...page.matchAll(/<a href="([^"]+\.poster\.png)" download/g)].map(
      ([, href]) => href!,
    );
    return [...(og ? [sitePath(og)] : []), ...posters];
  });
  const sizes = [...new Set(images)].map((path) => ({
    path,
    bytes: statSync(fileForPath(path)!).size,
  }));
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/image-sizes.txt',
    sizes
      .map(({ path, bytes }) => `${(bytes / 1024).toFixed(1).padStart(7)} KB  ${path}`)
      .join('\n') + '\n',
  );
  for (const { path, bytes } of sizes) expect(bytes, path).toBeLessThan(300 * 1024);
});

test('the root address has its own title, description, card and alternates', () => {
  const page = html('/');
  expect(page).toMatch(/<title>[^<]+<\/title>/);
  expect(meta(page, 'description')).toBeTruthy();
  expect(meta(page, 'og:title')).toBeTruthy();
  expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
  expect(meta(page, 'og:type')).toBe('website');
  expect(meta(page, 'twitter:card')).toBe('summary_large_image');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
  expect(canonical).toMatch(/^https?:\/\/[^/]+\/$/);
  expect(meta(page, 'og:url')).toBe(canonical);
  const image = meta(page, 'og:image');
  expect(image).toMatch(/^https?:\/\/[^/]+\/og\/root\.png$/);
  expect(meta(page, 'og:image:alt')).toBeTruthy();
  expect(pngSize(fileForPath(sitePath(image!))!)).toEqual({
    width: Number(meta(page, 'og:image:width')),
    height: Number(meta(page, 'og:image:height')),
  });
  const alternates = Object.fromEntries(
    [...page.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map(
      ([, lang, href]) => [lang, sitePath(href!)],
    ),
  );
  expect(alternates).toEqual({
    ...Object.fromEntries(locales.map((locale) => [htmlLang(locale), `/${locale}/`])),
    'x-default': '/',
  });
});
