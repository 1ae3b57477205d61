import { footnoteNumbers } from '@/lib/footnotes';
import { loadTopicMetadata } from '@/lib/articles';
import { differenceLimits, limitsByTopic, mainCaveats, sourcesOf } from '@/lib/limits';
import { getMessages } from '@/lib/messages';
import { paths } from '@/lib/paths';
import { getSharePage } from '@/lib/share-pages';
import { breadcrumbList } from '@/lib/structured-data';
import { topics } from '@/lib/vocabulary';
import { CaveatLegend } from '@/components/caveat-legend';
import { FactTable } from '@/components/fact-table';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import { SourceList } from '@/components/source-list';
import type { Locale } from '@/lib/i18n';
import { ZhRuns } from '../zh-runs';

export async function ComparisonPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const articles = await loadTopicMetadata(locale);
  const page = await getSharePage(locale, 'comparison');
  const facts = differenceLimits();
  const sources = sourcesOf(facts);
  return (
    <PageFrame locale={locale} path={page.path}>
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <h1 className="page-title">{messages.home.tableTitle}</h1>
      <p className="mt-4 max-w-3xl">{messages.home.tableIntro}</p>
      <p className="mt-2 max-w-3xl">
        <ZhRuns>{messages.search.termsHint}</ZhRuns>
        {messages.punctuation.sentenceGap}
        <a href={paths.page(locale, 'glossary')}>{messages.search.termsLink}</a>
      </p>
      <CaveatLegend caveats={mainCaveats(facts)} locale={locale} messages={messages} />
      <FactTable
        caption={messages.table.overviewCaption}
        groups={topics.map((topic) => ({
          id: topic,
          title: articles[topic].title,
          href: paths.page(locale, topic),
          facts: limitsByTopic(topic),
        }))}
        showGroupTitles
        pagePath={page.path}
        locale={locale}
        messages={messages}
        footnotes={footnoteNumbers(sources)}
      />
      <Freshness facts={facts} locale={locale} messages={messages} />
      <SourceList
        title={messages.article.sourcesTitle}
        sources={sources}
        locale={locale}
        messages={messages}
      />
    </PageFrame>
  );
}
