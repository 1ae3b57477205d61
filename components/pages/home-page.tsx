import { loadTopicMetadata } from '@/lib/site/articles';
import { keyFacts } from '@/lib/data/key-facts';
import { differenceFacts, getFact, mainCaveats } from '@/lib/data/facts';
import { getFaq } from '@/lib/faq/page';
import { getMessages } from '@/lib/site/messages';
import { faqData } from '@/lib/site/structured-data';
import { paths } from '@/lib/site/paths';
import { differences, faqTopics } from '@/lib/schema/vocabulary';
import { TopicLinks } from '@/components/faq/topic-links';
import { PageFrame } from '@/components/layout/page-frame';
import { ArticleCards } from '@/components/article-cards';
import { CaveatLegend } from '@/components/facts/caveat-legend';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import type { Locale } from '@/lib/i18n/locales';

export async function HomePage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const articles = await loadTopicMetadata(locale);
  return (
    <PageFrame locale={locale} path={paths.home(locale)}>
      <JsonLd
        data={faqData(
          Object.values(articles).map((article) => ({
            question: article.question,
            answer: article.description,
          })),
          locale,
        )}
      />
      <h1 className="page-title">{messages.home.title}</h1>
      <p className="mt-4 max-w-3xl text-lg">{messages.home.answer}</p>
      <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">
        {messages.home.answerMore}
      </p>

      <section
        aria-labelledby="test"
        className="mt-8 rounded-lg border border-blue-200 bg-blue-50 p-5 dark:border-sky-900 dark:bg-sky-950/40"
      >
        <h2 id="test" className="subsection-title">
          {messages.home.quizTitle}
        </h2>
        <p className="mt-1">{messages.home.quizText}</p>
        <p className="mt-3">
          <a
            href={paths.page(locale, 'quiz')}
            className="inline-block rounded-md bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-900 dark:bg-sky-300 dark:text-stone-950"
          >
            {messages.home.quizCta} →
          </a>
        </p>
      </section>

      <section aria-labelledby="articles" className="mt-10">
        <h2 id="articles" className="section-title">
          {messages.home.articlesTitle}
        </h2>
        <ArticleCards articles={articles} locale={locale} messages={messages} />
        <p className="mt-6">
          <a href={paths.page(locale, 'comparison')} className="font-semibold">
            {messages.home.tableLink} →
          </a>
        </p>
        <CaveatLegend
          caveats={mainCaveats(differences.map((topic) => getFact(keyFacts[topic][0]!)))}
          locale={locale}
          messages={messages}
        />
        <Freshness facts={differenceFacts()} locale={locale} messages={messages} />
      </section>
      <TopicLinks title={getFaq(locale).labels.homeTitle} topics={faqTopics} locale={locale} />
    </PageFrame>
  );
}
