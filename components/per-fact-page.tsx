import type { ReactNode } from 'react';

import type { Locale } from '@/lib/i18n/locales';
import type { SharePage } from '@/lib/site/share-pages';
import { breadcrumbList } from '@/lib/site/structured-data';

import { pickerId } from './fact-picker';
import { JsonLd } from './json-ld';
import { PageFrame } from './layout/page-frame';
import type { Messages } from '@/lib/i18n/messages';

type PerFactPageProps = {
  locale: Locale;
  messages: Messages;
  page: SharePage;
  text: { title: string; intro: string; pickTitle: string };
  /** A section per fact (shown by `:target`), then the picker and whatever follows it. */
  children: ReactNode;
};

/** A page with a section per fact that a row's action leads to (report an error, share). */
export function PerFactPage({ locale, messages, page, text, children }: PerFactPageProps) {
  return (
    <PageFrame locale={locale} path={page.path}>
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <article className="prose prose-stone max-w-3xl dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300">
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        <p>
          <a href={`#${pickerId}`}>{text.pickTitle}</a>
        </p>
        {children}
      </article>
    </PageFrame>
  );
}
