import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { loadTopicMetadata } from '@/lib/site/articles';
import { faqTopicsFor } from '@/lib/faq/content';
import { getFaq } from '@/lib/faq/page';
import { isLocale } from '@/lib/i18n/locales';
import { factsAbout } from '@/lib/data/facts';
import { sharePageMetadata } from '@/lib/site/metadata';
import { getMessages } from '@/lib/site/messages';
import { differences, isDifference } from '@/lib/schema/vocabulary';
import { ArticleNav } from '@/components/article-nav';
import { TopicLinks } from '@/components/faq/topic-links';
import { MdxPage } from '@/components/mdx/mdx-page';

export const dynamicParams = false;

export function generateStaticParams() {
  return differences.map((slug) => ({ slug }));
}

type PageProps = { params: Promise<{ lang: string; slug: string }> };

async function resolve(params: PageProps['params']) {
  const { lang, slug } = await params;
  if (!isLocale(lang) || !isDifference(slug)) notFound();
  return { locale: lang, topic: slug };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, topic } = await resolve(params);
  return sharePageMetadata(locale, topic);
}

export default async function ArticlePage({ params }: PageProps) {
  const { locale, topic } = await resolve(params);
  return (
    <MdxPage locale={locale} slug={topic} topic={topic} facts={factsAbout(topic)}>
      <TopicLinks
        title={getFaq(locale).labels.articleTitle}
        topics={faqTopicsFor(topic)}
        locale={locale}
      />
      <ArticleNav
        topic={topic}
        titles={await loadTopicMetadata(locale)}
        locale={locale}
        messages={getMessages(locale)}
      />
    </MdxPage>
  );
}
