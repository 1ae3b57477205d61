import { describe, expect, it, vi } from 'vitest';

import { defaultLocale, htmlLang, locales } from '../i18n/locales';
import {
  localeLayoutMetadata,
  localeViewport,
  notFoundMetadata,
  pageMetadata,
  rootMetadata,
  sharePageMetadata,
} from './metadata';
import { getMessages } from './messages';
import type { SharePage } from './share-pages';
import { absoluteUrl, siteOrigin } from './site';

// The share pages are made from the MDX articles, which only the Next build can load.
vi.mock('./share-pages', () => ({
  getSharePage: async (locale: string, key: string) => ({
    key,
    path: `/${locale}/${key}/`,
    title: `Title of ${key}`,
    description: `About ${key}`,
    facts: [],
    poster: false,
  }),
}));

const page: SharePage = {
  key: 'groups',
  path: '/en/groups/',
  title: 'Groups',
  description: 'How big a group can be',
  facts: [],
  poster: true,
};
const home: SharePage = { ...page, key: 'home', path: '/en/', title: 'Home' };

describe('pageMetadata', () => {
  const messages = getMessages('en');

  it('gives an article its title, address, languages, feed and card', () => {
    const metadata = pageMetadata(page, 'en', messages);
    expect(metadata.title).toBe('Groups');
    expect(metadata.description).toBe('How big a group can be');
    expect(metadata.alternates?.canonical).toBe(`${siteOrigin}/en/groups/`);
    expect(metadata.alternates?.languages).toEqual({
      ...Object.fromEntries(
        locales.map((locale) => [htmlLang(locale), `${siteOrigin}/${locale}/groups/`]),
      ),
      'x-default': `${siteOrigin}/${defaultLocale}/groups/`,
    });
    expect(metadata.alternates?.types).toEqual({
      'application/atom+xml': [
        { url: `${siteOrigin}/en/feed.xml`, title: expect.stringContaining(messages.site.name) },
      ],
    });
    const image = {
      url: `${siteOrigin}/og/en/groups.png`,
      width: 1200,
      height: 630,
      alt: expect.stringContaining('Groups'),
      type: 'image/png',
    };
    expect(metadata.openGraph).toEqual({
      type: 'article',
      url: `${siteOrigin}/en/groups/`,
      title: 'Groups',
      description: 'How big a group can be',
      siteName: messages.site.name,
      locale: 'en',
      images: [image],
    });
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      title: 'Groups',
      description: 'How big a group can be',
      images: [image],
    });
  });

  it('gives the home page its title alone and a website card', () => {
    const metadata = pageMetadata(home, 'zh', getMessages('zh'));
    expect(metadata.title).toEqual({ absolute: 'Home' });
    expect(metadata.openGraph).toMatchObject({ type: 'website', locale: 'zh-CN' });
  });

  it('reads a share page by its key', async () => {
    const metadata = await sharePageMetadata('es', 'contacts');
    expect(metadata.title).toBe('Title of contacts');
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/es/contacts/'));
    expect(metadata.openGraph).toMatchObject({ siteName: getMessages('es').site.name });
  });
});

describe('rootMetadata', () => {
  it('names the site in every language once, with every home page and feed', () => {
    const catalogs = locales.map(getMessages);
    const metadata = rootMetadata();
    const title = [...new Set(catalogs.map((m) => m.site.name))].join(' · ');
    expect(metadata.title).toEqual({ absolute: title });
    expect(metadata.description).toBe(catalogs.map((m) => m.site.tagline).join(' · '));
    expect(metadata.icons).toMatchObject({ icon: '/favicon.svg' });
    expect(metadata.alternates?.canonical).toBe(`${siteOrigin}/`);
    expect(metadata.alternates?.languages).toEqual({
      ...Object.fromEntries(locales.map((l) => [htmlLang(l), `${siteOrigin}/${l}/`])),
      'x-default': `${siteOrigin}/`,
    });
    expect(metadata.alternates?.types?.['application/atom+xml']).toEqual(
      locales.map((l) => ({ url: `${siteOrigin}/${l}/feed.xml`, title: expect.any(String) })),
    );
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      title,
      siteName: title,
      locale: htmlLang(defaultLocale),
      alternateLocale: locales.filter((l) => l !== defaultLocale).map(htmlLang),
      images: [
        expect.objectContaining({
          alt: catalogs.map((m) => m.factShare.rootAlt).join(' · '),
          type: 'image/png',
        }),
      ],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title });
  });
});

describe('the shared metadata', () => {
  it('gives the 404 page its title in every language', () => {
    expect(notFoundMetadata().title).toBe(
      locales.map((l) => getMessages(l).notFound.title).join(' · '),
    );
  });

  it("gives a language's pages the title template, the site's address and the manifest", () => {
    const { site, subscribe } = getMessages('zh');
    expect(localeLayoutMetadata('zh')).toEqual({
      metadataBase: new URL(siteOrigin),
      title: { template: `%s · ${site.name}`, default: site.name },
      icons: expect.objectContaining({ icon: '/favicon.svg' }),
      manifest: '/zh/manifest.webmanifest',
      appleWebApp: { title: subscribe.appName },
    });
    expect(localeViewport.themeColor).toEqual([
      { media: '(prefers-color-scheme: light)', color: expect.any(String) },
      { media: '(prefers-color-scheme: dark)', color: expect.any(String) },
    ]);
  });
});
