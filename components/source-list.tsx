import { formatDate, interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Source } from '@/lib/data/facts';
import { quotesBySource } from '@/lib/data/quotes';
import { sourcePublisher, sourceTitle } from '@/lib/view/source-title';

import { SourceTitleText } from './source-title-text';
import { ZhRuns } from './zh-runs';
import type { Messages } from '@/lib/i18n/messages';

type SourceListProps = {
  title: string;
  sources: readonly Source[];
  locale: Locale;
  messages: Messages;
  /** Show under each source the sentences quoted from it in support of a figure. */
  withQuotes?: boolean;
};

/** The numbered sources of a page; table footnotes link to `#fuente-<id>`. */
export function SourceList({ title, sources, locale, messages, withQuotes }: SourceListProps) {
  const quotes = withQuotes ? quotesBySource() : null;
  return (
    <section aria-labelledby="sources" className="source-section mt-12">
      <h2 id="sources" className="subsection-title">
        {title}
      </h2>
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {messages.article.sourcesIntro}
      </p>
      <ol className="source-list mt-4 list-decimal space-y-2 ps-6 text-sm">
        {sources.map((source) => (
          <li key={source.id} id={`fuente-${source.id}`}>
            <SourceTitleText title={sourceTitle(source, locale, messages)} href={source.url} />{' '}
            <span className="text-stone-700 dark:text-stone-300">
              — <ZhRuns>{sourcePublisher(source, messages)}</ZhRuns>
              {messages.punctuation.separator}
              {messages.article.tiers[source.tier]}
              {messages.punctuation.open}
              {source.date
                ? interpolate(messages.article.sourceDate, {
                    date: formatDate(locale, source.date),
                  })
                : messages.article.undated}
              {messages.punctuation.close}
            </span>
            {quotes?.get(source.id)?.map(([fact, sentences]) => (
              <figure key={fact.id} className="mt-1 border-s-2 border-stone-300 ps-3">
                <figcaption className="text-stone-700 dark:text-stone-300">
                  {interpolate(messages.sourcesPage.quoteLabel, { fact: messages.facts[fact.id] })}
                </figcaption>
                {sentences.map((sentence) => (
                  <blockquote key={sentence} lang={source.lang} cite={source.url}>
                    {sentence}
                  </blockquote>
                ))}
              </figure>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
