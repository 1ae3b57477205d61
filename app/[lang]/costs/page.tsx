import type { Metadata } from 'next';

import { loadArticle } from '@/lib/articles';
import { costMarks, costsPageFacts, getCostsText } from '@/lib/costs/page';
import { costPrices } from '@/lib/costs/prices';
import { footnoteNumbers } from '@/lib/footnotes';
import { sourcesOf, verificationRange } from '@/lib/limits';
import { sharePageMetadata } from '@/lib/metadata';
import { getMessages } from '@/lib/messages';
import { paths } from '@/lib/paths';
import { localeParam } from '@/lib/route-params';
import { getSharePage } from '@/lib/share-pages';
import { articleData, breadcrumbList } from '@/lib/structured-data';
import { CaveatLegend } from '@/components/caveat-legend';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import { articleComponents } from '@/components/mdx/article-components';
import { PosterLink } from '@/components/poster-link';
import { Prose } from '@/components/prose';
import { SourceList } from '@/components/source-list';

type PageProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return sharePageMetadata(await localeParam(params), 'costs');
}

export default async function CostsPage({ params }: PageProps) {
  const locale = await localeParam(params);
  const messages = getMessages(locale);
  const facts = costsPageFacts();
  const prices = costPrices();
  const sources = sourcesOf(facts);
  const { Content, metadata } = await loadArticle(locale, 'costs');
  const page = await getSharePage(locale, 'costs');
  return (
    <PageFrame locale={locale} path={page.path}>
      <article>
        <JsonLd data={articleData(page, locale, messages, verificationRange(facts).newest)} />
        <JsonLd data={breadcrumbList(page, locale, messages)} />
        <h1 className="page-title">{metadata.title}</h1>
        <Prose className="mt-6 [&>p:first-child]:text-lg">
          <Content
            components={articleComponents({
              locale,
              messages,
              footnotes: footnoteNumbers(sources),
              table: { topic: 'costs', title: metadata.title, facts },
              costs: {
                prices,
                marks: costMarks(prices, messages),
                text: getCostsText(locale),
              },
            })}
          />
        </Prose>
        <CaveatLegend facts={facts} messages={messages} />
        <PosterLink href={paths.poster(locale, 'costs')} messages={messages} />
        <SourceList
          title={messages.article.sourcesTitle}
          sources={sources}
          locale={locale}
          messages={messages}
        />
        <Freshness facts={facts} locale={locale} messages={messages} />
      </article>
    </PageFrame>
  );
}
