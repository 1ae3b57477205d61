import { formatDate, interpolate } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import type { LimitSource } from '@/lib/limits';

type SourceListProps = {
  title: string;
  sources: readonly LimitSource[];
  locale: Locale;
  messages: Messages;
};

/** The numbered sources of a page; table footnotes link to `#fuente-<id>`. */
export function SourceList({ title, sources, locale, messages }: SourceListProps) {
  return (
    <section aria-labelledby="fuentes" className="mt-12">
      <h2 id="fuentes" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {messages.article.sourcesIntro}
      </p>
      <ol className="source-list mt-4 list-decimal space-y-2 ps-6 text-sm">
        {sources.map((source) => (
          <li key={source.id} id={`fuente-${source.id}`}>
            <a href={source.url} className="break-words">
              {source.title}
            </a>{' '}
            <span className="text-stone-700 dark:text-stone-300">
              — {source.publisher}, {messages.article.tiers[source.tier]} (
              {source.date
                ? interpolate(messages.article.sourceDate, {
                    date: formatDate(locale, source.date),
                  })
                : messages.article.undated}
              )
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
