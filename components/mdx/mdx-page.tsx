import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';

import { loadArticle, type PageSlug } from '@/lib/site/articles';
import { footnoteNumbers } from '@/lib/view/footnotes';
import type { Locale } from '@/lib/i18n/locales';
import { sourcesOf, verificationRange, type Fact } from '@/lib/data/facts';
import { getMessages } from '@/lib/site/messages';
import { pageCaveats } from '@/lib/site/page-caveats';
import { paths } from '@/lib/site/paths';
import { getSharePage } from '@/lib/site/share-pages';
import { articleData, breadcrumbList } from '@/lib/site/structured-data';
import type { Subject } from '@/lib/schema/vocabulary';

import { CaveatLegend } from '../facts/caveat-legend';
import { Freshness } from '../freshness';
import { JsonLd } from '../json-ld';
import { PageFrame } from '../layout/page-frame';
import { PosterLink } from '../poster-link';
import { Prose } from '../prose';
import { SourceList } from '../source-list';
import { articleComponents } from './article-components';

type MdxPageProps = {
  locale: Locale;
  slug: PageSlug;
  /** The facts behind the page: its table's rows, its sources and its freshness. */
  facts: readonly Fact[];
  /**
   * An article: the subject of its table. It opens with a lead paragraph, has article
   * structured data, a caveat legend and a poster. Without it, a reference page (the sources).
   */
  topic?: Subject;
  /** The page's own MDX components, over the base map (`articleComponents`). */
  components?: MDXComponents;
  /** What follows the sources and the freshness note. */
  children?: ReactNode;
};

/** A page written in MDX (`content/<lang>/<slug>.mdx`) with its table, sources and dates. */
export async function MdxPage({ locale, slug, facts, topic, components, children }: MdxPageProps) {
  const messages = getMessages(locale);
  const sources = sourcesOf(facts);
  const { Content, metadata } = await loadArticle(locale, slug);
  const page = await getSharePage(locale, slug);
  return (
    // Articles and the costs page are searched; the sources page lists titles, not answers.
    <PageFrame locale={locale} path={page.path} searchable={Boolean(topic)}>
      <article>
        {topic && (
          <JsonLd data={articleData(page, locale, messages, verificationRange(facts).newest)} />
        )}
        <JsonLd data={breadcrumbList(page, locale, messages)} />
        <h1 className="page-title">{metadata.title}</h1>
        <Prose className={topic ? 'mt-6 [&>p:first-child]:text-lg' : 'mt-6'}>
          <Content
            components={{
              ...articleComponents({
                locale,
                messages,
                footnotes: footnoteNumbers(sources),
                table: topic ? { topic, title: metadata.title, facts } : null,
              }),
              ...components,
            }}
          />
        </Prose>
        {topic && (
          <>
            <CaveatLegend
              caveats={pageCaveats(locale, slug, facts, messages)}
              locale={locale}
              messages={messages}
            />
            <PosterLink href={paths.poster(locale, slug)} messages={messages} />
          </>
        )}
        <SourceList
          title={topic ? messages.article.sourcesTitle : messages.sourcesPage.allSources}
          sources={sources}
          locale={locale}
          messages={messages}
          withQuotes={!topic}
        />
        <Freshness facts={facts} locale={locale} messages={messages} />
        {children}
      </article>
    </PageFrame>
  );
}
