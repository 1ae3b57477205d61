import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { changelog } from '../content/changelog';
import { readAtom } from '../lib/site/__fixtures__/atom';
import { feedTitle } from '../lib/site/feed';
import { htmlLang, locales } from '../lib/i18n/locales';
import { getMessages } from '../lib/site/messages';
import { headTags } from './head';
import { exportedRoutes, fileForPath } from './routes';
import { routeLocale } from './locales';

// The unit tests check what the feed says (lib/site/feed.test.ts); these check the exported files as
// a feed reader meets them: served as Atom, linked from every page, every address resolving.

/** The address an absolute URL of the build names, on the server under test. */
const served = (url: string) => {
  const { pathname, hash } = new URL(url);
  return { path: pathname, anchor: decodeURIComponent(hash.slice(1)) };
};

for (const locale of locales) {
  test(`/${locale}/feed.xml is Atom, one entry per change, and every address in it resolves`, async ({
    request,
  }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = readAtom(await response.text());
    expect(feed.root).toBe('{http://www.w3.org/2005/Atom}feed');
    expect(feed.lang).toBe(htmlLang(locale));
    expect(feed.title).toBe(feedTitle(getMessages(locale)));
    expect(feed.entries).toHaveLength(changelog.length);
    expect(served(feed.links.find((link) => link.rel === 'self')!.href).path).toBe(
      `/${locale}/feed.xml`,
    );

    const urls = [
      feed.icon!,
      ...feed.links.map((link) => link.href),
      ...feed.entries.flatMap((entry) => [entry.id, ...entry.links.map((link) => link.href)]),
    ];
    const pages = new Map<string, string>();
    for (const url of new Set(urls)) {
      const { path, anchor } = served(url);
      if (!pages.has(path)) {
        const target = await request.get(path);
        expect(target.status(), url).toBe(200);
        pages.set(path, await target.text());
      }
      if (anchor) expect(pages.get(path), url).toContain(`id="${anchor}"`);
    }
  });
}

test('every page of a language names its feed in <head>', () => {
  const routes = exportedRoutes().filter((route) => routeLocale(route) !== null);
  expect(routes.length).toBeGreaterThan(60);
  for (const route of routes) {
    const locale = routeLocale(route)!;
    const feeds = headTags(readFileSync(fileForPath(route)!, 'utf8'), 'link').filter(
      (link) => link.rel === 'alternate' && link.type === 'application/atom+xml',
    );
    expect(feeds, route).toHaveLength(1);
    expect(served(feeds[0]!.href!).path, route).toBe(`/${locale}/feed.xml`);
    expect(feeds[0]!.title, route).toBe(feedTitle(getMessages(locale)));
  }
});

test('the root address names every language’s feed', () => {
  const feeds = headTags(readFileSync(fileForPath('/')!, 'utf8'), 'link').filter(
    (link) => link.rel === 'alternate' && link.type === 'application/atom+xml',
  );
  expect(feeds.map((link) => served(link.href!).path)).toEqual(
    locales.map((locale) => `/${locale}/feed.xml`),
  );
  expect(feeds.map((link) => link.title)).toEqual(
    locales.map((locale) => feedTitle(getMessages(locale))),
  );
});

test('the changes page links its feed and says what a feed is for', async ({ page }) => {
  for (const locale of locales) {
    const { subscribe } = getMessages(locale);
    await page.goto(`/${locale}/changes/`);
    const link = page.getByRole('link', { name: subscribe.feedLink });
    await expect(link).toHaveAttribute('href', `/${locale}/feed.xml`);
    await expect(page.getByText(subscribe.feedHint)).toBeVisible();
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
  }
});
