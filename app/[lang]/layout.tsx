import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { defaultLocale, htmlLang, isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/site/messages';
import { localeLayoutMetadata, localeViewport } from '@/lib/site/metadata';
import { localeStaticParams } from '@/lib/site/route-params';
import { KeepHashScript, SearchScript } from '@/components/kept-scripts';
import { footerId, SiteFooter } from '@/components/layout/site-footer';

import '../globals.css';

export const dynamicParams = false;

export const generateStaticParams = localeStaticParams;

export const viewport = localeViewport;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>;
}): Promise<Metadata> {
  const { lang } = await params;
  return localeLayoutMetadata(isLocale(lang) ? lang : defaultLocale);
}

type LayoutProps = { children: ReactNode; params: Promise<{ lang: string }> };

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const messages = getMessages(lang);
  return (
    <html lang={htmlLang(lang)}>
      <head>
        {/* Hold the first paint until the whole page is parsed: one layout instead of a partial
            paint followed by a second, longer layout (which counted as blocking time). */}
        <link rel="expect" href={`#${footerId}`} blocking="render" />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-stone-900"
        >
          {messages.site.skipLink}
        </a>
        {children}
        <SiteFooter locale={lang} messages={messages} />
        <KeepHashScript />
        <SearchScript locale={lang} />
      </body>
    </html>
  );
}
