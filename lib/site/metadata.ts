import type { Metadata, Viewport } from 'next';

import { defaultLocale, htmlLang, locales, type Locale } from '../i18n/locales';
import { interpolate } from '../i18n/format';
import { localePath, paths } from './paths';
import { getMessages } from './messages';
import { ogImageSize } from './image-sizes';
import { getSharePage, type SharePage } from './share-pages';
import { absoluteUrl, siteOrigin } from './site';
import { feedTitle } from './feed';
import { appleTouchIcon, themeColors } from './web-app-manifest';
import type { Messages } from '../i18n/messages';

// The site's icon, on every page; iOS takes the touch icon for a page added to the home screen.
const icons = {
  icon: paths.file('favicon.svg'),
  apple: {
    url: paths.file(appleTouchIcon.file),
    sizes: `${appleTouchIcon.size}x${appleTouchIcon.size}`,
  },
};

/** Title, description, canonical, hreflang, Open Graph and Twitter tags of a page. */
export function pageMetadata(page: SharePage, locale: Locale, messages: Messages): Metadata {
  const url = absoluteUrl(page.path);
  const image = {
    url: absoluteUrl(paths.ogImage(locale, page.key)),
    ...ogImageSize,
    alt: interpolate(messages.share.ogAlt, { title: page.title }),
    type: 'image/png',
  };
  return {
    title: page.key === 'home' ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(
          locales.map((other) => [htmlLang(other), absoluteUrl(localePath(page.path, other))]),
        ),
        'x-default': absoluteUrl(localePath(page.path, defaultLocale)),
      },
      // Here, not in the layout: a page's `alternates` replaces the layout's whole.
      types: {
        'application/atom+xml': [
          { url: absoluteUrl(paths.feed(locale)), title: feedTitle(messages) },
        ],
      },
    },
    openGraph: {
      type: page.key === 'home' ? 'website' : 'article',
      url,
      title: page.title,
      description: page.description,
      siteName: messages.site.name,
      locale: htmlLang(locale),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.description,
      images: [image],
    },
  };
}

/** The metadata of a share page by key ("home", "groups", "result-wecom"…). */
export async function sharePageMetadata(locale: Locale, key: string): Promise<Metadata> {
  return pageMetadata(await getSharePage(locale, key), locale, getMessages(locale));
}

/**
 * The root address (the language chooser), the address shared most: its own title, description
 * and card, each in every language, since it is every language's way in.
 */
export function rootMetadata(): Metadata {
  const catalogs = locales.map(getMessages);
  const title = [...new Set(catalogs.map(({ site }) => site.name))].join(' · ');
  const description = catalogs.map(({ site }) => site.tagline).join(' · ');
  const url = absoluteUrl(paths.root());
  const image = {
    url: absoluteUrl(paths.rootCard()),
    ...ogImageSize,
    alt: catalogs.map(({ factShare }) => factShare.rootAlt).join(' · '),
    type: 'image/png',
  };
  return {
    title: { absolute: title },
    description,
    icons,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(
          locales.map((locale) => [htmlLang(locale), absoluteUrl(paths.home(locale))]),
        ),
        'x-default': url,
      },
      // The address people share most leads to every language's feed of changes.
      types: {
        'application/atom+xml': locales.map((locale) => ({
          url: absoluteUrl(paths.feed(locale)),
          title: feedTitle(getMessages(locale)),
        })),
      },
    },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName: title,
      locale: htmlLang(defaultLocale),
      alternateLocale: locales.filter((locale) => locale !== defaultLocale).map(htmlLang),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** The one 404 page every language shares: its title in each of them. */
export function notFoundMetadata(): Metadata {
  return {
    title: locales.map((locale) => getMessages(locale).notFound.title).join(' · '),
    icons,
  };
}

/**
 * What every page of a language shares: the title template, the address URLs resolve to, the
 * icons, and the language's web app manifest (iOS reads the app's name from its own tag).
 */
export function localeLayoutMetadata(locale: Locale): Metadata {
  const { site, subscribe } = getMessages(locale);
  return {
    metadataBase: new URL(siteOrigin),
    title: { template: `%s · ${site.name}`, default: site.name },
    icons,
    manifest: paths.manifest(locale),
    appleWebApp: { title: subscribe.appName },
  };
}

/** The browser's colours around every page of a language: its background, light and dark. */
export const localeViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: themeColors.light },
    { media: '(prefers-color-scheme: dark)', color: themeColors.dark },
  ],
};
