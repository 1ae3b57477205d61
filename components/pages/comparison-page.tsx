import { footnoteNumbers } from '@/lib/view/footnotes';
import { loadTopicMetadata } from '@/lib/site/articles';
import { differenceFacts, factsAbout, mainCaveats, sourcesOf } from '@/lib/data/facts';
import { getMessages } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import { getSharePage } from '@/lib/site/share-pages';
import { breadcrumbList } from '@/lib/site/structured-data';
import { differences } from '@/lib/schema/vocabulary';
import { CaveatLegend } from '@/components/facts/caveat-legend';
import { FactTable } from '@/components/facts/fact-table';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import { SourceList } from '@/components/source-list';
import type { Locale } from '@/lib/i18n/locales';
import { ZhRuns } from '../zh-runs';

export async function ComparisonPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const articles = await loadTopicMetadata(locale);
  const page = await getSharePage(locale, 'comparison');
  const facts = differenceFacts();
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
        groups={differences.map((topic) => ({
          id: topic,
          title: articles[topic].title,
          href: paths.page(locale, topic),
          facts: factsAbout(topic),
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
