import type { Metadata } from 'next';
import { PageFrame } from '@/components/layout/page-frame';
import { notFound } from 'next/navigation';

import { loadArticle, loadTopicMetadata } from '@/lib/articles';
import { questionsFor } from '@/lib/faq/content';
import { getFaq } from '@/lib/faq/page';
import { footnoteNumbers } from '@/lib/footnotes';
import { isLocale } from '@/lib/i18n';
import { limitsByTopic, sourcesOf, verificationRange } from '@/lib/limits';
import { sharePageMetadata } from '@/lib/metadata';
import { getMessages } from '@/lib/messages';
import { paths } from '@/lib/paths';
import { getSharePage } from '@/lib/share-pages';
import { articleData, breadcrumbList } from '@/lib/structured-data';
import { isTopic, topics } from '@/lib/vocabulary';
import { QuestionLinks } from '@/components/faq/question-links';
import { ArticleNav } from '@/components/article-nav';
import { CaveatLegend } from '@/components/caveat-legend';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import { articleComponents } from '@/components/mdx/article-components';
import { PosterLink } from '@/components/poster-link';
import { Prose } from '@/components/prose';
import { SourceList } from '@/components/source-list';

export const dynamicParams = false;

export function generateStaticParams() {
  return topics.map((slug) => ({ slug }));
}

type PageProps = { params: Promise<{ lang: string; slug: string }> };

async function resolve(params: PageProps['params']) {
  const { lang, slug } = await params;
  if (!isLocale(lang) || !isTopic(slug)) notFound();
  return { locale: lang, topic: slug, article: await loadArticle(lang, slug) };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, topic } = await resolve(params);
  return sharePageMetadata(locale, topic);
}

export default async function ArticlePage({ params }: PageProps) {
  const { locale, topic, article } = await resolve(params);
  const messages = getMessages(locale);
  const facts = limitsByTopic(topic);
  const sources = sourcesOf(facts);
  const { Content, metadata } = article;
  const page = await getSharePage(locale, topic);
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
              table: { topic, title: metadata.title, facts },
            })}
          />
        </Prose>
        <CaveatLegend facts={facts} messages={messages} />
        <PosterLink href={paths.poster(locale, topic)} messages={messages} />
        <SourceList
          title={messages.article.sourcesTitle}
          sources={sources}
          locale={locale}
          messages={messages}
        />
        <Freshness facts={facts} locale={locale} messages={messages} />
        <QuestionLinks
          title={getFaq(locale).labels.articleTitle}
          questions={questionsFor(topic)}
          locale={locale}
        />
        <ArticleNav
          topic={topic}
          titles={await loadTopicMetadata(locale)}
          locale={locale}
          messages={messages}
        />
      </article>
    </PageFrame>
  );
}
