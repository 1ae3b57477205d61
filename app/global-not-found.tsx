import type { Metadata } from 'next';

import { defaultLocale, htmlLang } from '@/lib/i18n';
import { getMessages } from '@/lib/messages';
import { paths } from '@/lib/paths';
import { SiteHeader } from '@/components/layout/site-header';

import './globals.css';

const messages = getMessages(defaultLocale);

export const metadata: Metadata = {
  title: messages.notFound.title,
  icons: { icon: '/favicon.svg' },
};

// Unmatched URLs have no [lang] layout to render in, so this page brings its own <html>.
export default function GlobalNotFound() {
  return (
    <html lang={htmlLang[defaultLocale]}>
      <body>
        <SiteHeader locale={defaultLocale} messages={messages} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <h1 className="text-3xl font-bold">{messages.notFound.title}</h1>
          <p className="mt-4">{messages.notFound.text}</p>
          <p className="mt-4">
            <a href={paths.home(defaultLocale)}>{messages.notFound.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
