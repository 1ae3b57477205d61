import type { ArticleMetadata } from '@/lib/articles';
import type { Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { topics, type Topic } from '@/lib/vocabulary';

type ArticleCardsProps = { articles: Record<Topic, ArticleMetadata>; locale: Locale };

/** The eight articles as cards; the whole card is the link's text, so it reads well aloud. */
export function ArticleCards({ articles, locale }: ArticleCardsProps) {
  return (
    <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {topics.map((topic, index) => (
        <li key={topic}>
          <a
            href={paths.page(locale, topic)}
            className="block h-full rounded-lg border border-stone-300 p-4 text-inherit no-underline hover:border-blue-700 hover:bg-stone-50 dark:border-stone-700 dark:hover:border-sky-300 dark:hover:bg-stone-900"
          >
            <span className="block text-sm text-stone-600 dark:text-stone-400">{index + 1}</span>
            <span className="block font-semibold text-blue-800 underline dark:text-sky-300">
              {articles[topic].title}
            </span>
            <span className="mt-1 block text-sm">{articles[topic].description}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
