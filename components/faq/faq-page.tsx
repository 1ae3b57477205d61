import { faqCaveats, faqEntries, faqPageFacts, getFaq } from '@/lib/faq/page';
import { footnoteNumbers } from '@/lib/view/footnotes';
import { loadTopicMetadata } from '@/lib/site/articles';
import { mainCaveats, sourcesOf } from '@/lib/data/facts';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/site/messages';
import { getSharePage } from '@/lib/site/share-pages';
import { breadcrumbList, faqData } from '@/lib/site/structured-data';
import { faqTopics } from '@/lib/schema/vocabulary';
import { CaveatLegend } from '@/components/facts/caveat-legend';
import { TopicSection } from './topic-section';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import { PosterLink } from '@/components/poster-link';
import { SourceList } from '@/components/source-list';
import { paths } from '@/lib/site/paths';

/** The FAQ: every topic's question, answered from the data, with its table and sources. */
export async function FaqPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const faq = getFaq(locale);
  const facts = faqPageFacts();
  const sources = sourcesOf(facts);
  const page = await getSharePage(locale, 'faq');
  const articles = await loadTopicMetadata(locale);
  return (
    <PageFrame locale={locale} path={page.path} searchable>
      <JsonLd data={faqData(faqEntries(locale, messages), locale)} />
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <h1 className="page-title">{faq.title}</h1>
      <p className="mt-4 max-w-3xl text-lg">{faq.intro}</p>
      <nav aria-labelledby="faq-contents" className="mt-6">
        <h2 id="faq-contents" className="subsection-title">
          {faq.labels.contents}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 ps-6">
          {faqTopics.map((topic) => (
            <li key={topic}>
              <a href={`#${topic}`}>{faq.topics[topic].question}</a>
            </li>
          ))}
        </ol>
      </nav>
      <CaveatLegend
        caveats={[...mainCaveats(facts), ...faqCaveats(locale, messages)]}
        locale={locale}
        messages={messages}
      />
      {faqTopics.map((topic) => (
        <TopicSection
          key={topic}
          topic={topic}
          faq={faq}
          articles={articles}
          locale={locale}
          messages={messages}
          footnotes={footnoteNumbers(sources)}
        />
      ))}
      <PosterLink href={paths.poster(locale, 'faq')} messages={messages} />
      <SourceList
        title={messages.article.sourcesTitle}
        sources={sources}
        locale={locale}
        messages={messages}
      />
      <Freshness facts={facts} locale={locale} messages={messages} />
    </PageFrame>
  );
}
