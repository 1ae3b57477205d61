import type { Metadata } from 'next';
import { PageFrame } from '@/components/layout/page-frame';
import { notFound } from 'next/navigation';

import { loadArticle } from '@/lib/articles';
import { footnoteNumbers } from '@/lib/footnotes';
import { isLocale } from '@/lib/i18n';
import { getLimits, sourcesOf } from '@/lib/limits';
import { getMessages } from '@/lib/messages';
import { sharePageMetadata } from '@/lib/metadata';
import { getSharePage } from '@/lib/share-pages';
import { breadcrumbList } from '@/lib/structured-data';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import { articleComponents } from '@/components/mdx/article-components';
import { Prose } from '@/components/prose';
import { SourceList } from '@/components/source-list';

type PageProps = { params: Promise<{ lang: string }> };

async function resolve(params: PageProps['params']) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return { locale: lang, article: await loadArticle(lang, 'sources') };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await resolve(params);
  return sharePageMetadata(locale, 'sources');
}

export default async function SourcesPage({ params }: PageProps) {
  const { locale, article } = await resolve(params);
  const messages = getMessages(locale);
  const facts = getLimits();
  const sources = sourcesOf(facts);
  const { Content, metadata } = article;
  const page = await getSharePage(locale, 'sources');
  return (
    <PageFrame locale={locale} path={page.path}>
      <article>
        <JsonLd data={breadcrumbList(page, locale, messages)} />
        <h1 className="page-title">{metadata.title}</h1>
        <Prose className="mt-6">
          <Content
            components={articleComponents({
              locale,
              messages,
              footnotes: footnoteNumbers(sources),
              table: null,
            })}
          />
        </Prose>
        <SourceList
          title={messages.sourcesPage.allSources}
          sources={sources}
          locale={locale}
          messages={messages}
          withQuotes
        />
        <Freshness facts={facts} locale={locale} messages={messages} />
      </article>
    </PageFrame>
  );
}
