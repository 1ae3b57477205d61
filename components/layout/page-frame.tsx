import type { ReactNode } from 'react';

import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/site/messages';

import { SiteHeader } from './site-header';

type PageFrameProps = {
  locale: Locale;
  path: string;
  /** In the site search: the build indexes this page's main content (and its table rows). */
  searchable?: boolean;
  children: ReactNode;
};

/**
 * Header and main landmark of a page. Pages render it (not the layout) because the
 * language switcher needs the page's own path, which a layout never receives.
 */
export function PageFrame({ locale, path, searchable = false, children }: PageFrameProps) {
  return (
    <>
      <SiteHeader locale={locale} messages={getMessages(locale)} path={path} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8"
        data-pagefind-body={searchable ? '' : undefined}
      >
        {children}
      </main>
    </>
  );
}
