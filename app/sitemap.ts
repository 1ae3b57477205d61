import type { MetadataRoute } from 'next';

import { getFacts, verificationRange } from '@/lib/data/facts';
import { localePath } from '@/lib/site/paths';
import { sharePages } from '@/lib/site/share-pages';
import { absoluteUrl } from '@/lib/site/site';
import { htmlLang, locales } from '@/lib/i18n/locales';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const lastModified = verificationRange(getFacts()).newest;
  const pages = (await Promise.all(locales.map(sharePages))).flat();
  return pages.map((page) => ({
    url: absoluteUrl(page.path),
    lastModified,
    alternates: {
      languages: Object.fromEntries(
        locales.map((locale) => [htmlLang(locale), absoluteUrl(localePath(page.path, locale))]),
      ),
    },
  }));
}
