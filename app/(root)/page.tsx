import type { Metadata } from 'next';

import { defaultLocale } from '@/lib/i18n';
import { getMessages } from '@/lib/messages';
import { paths } from '@/lib/paths';

const target = paths.home(defaultLocale);
const messages = getMessages(defaultLocale);

export const metadata: Metadata = {
  title: messages.home.title,
  robots: { index: false },
  icons: { icon: '/favicon.svg' },
};

export default function RootPage() {
  return (
    <>
      {/* redirect() needs JavaScript in a static export; a meta refresh works everywhere. */}
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <h1>{messages.site.name}</h1>
      <p>
        <a href={target}>{messages.home.title}</a>
      </p>
    </>
  );
}
