import type { ArticleMetadata } from '@/lib/site/articles';
import type { Locale } from '@/lib/i18n/locales';
import { keyFacts } from '@/lib/data/key-facts';
import { getFact } from '@/lib/data/facts';
import { paths } from '@/lib/site/paths';
import { differences, type Difference } from '@/lib/schema/vocabulary';

import { KeyFigure } from './facts/key-figure';
import type { Messages } from '@/lib/i18n/messages';

type ArticleCardsProps = {
  articles: Record<Difference, ArticleMetadata>;
  locale: Locale;
  messages: Messages;
};

/**
 * The eight differences as cards: the difference in a line and its key figure for each
 * account, so the home page answers at a glance; the title links to the article.
 */
export function ArticleCards({ articles, locale, messages }: ArticleCardsProps) {
  return (
    <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {differences.map((topic, index) => (
        <li key={topic} className="difference-card">
          <p className="text-sm quiz-muted">{index + 1}</p>
          <h3 className="font-semibold">
            <a href={paths.page(locale, topic)}>{articles[topic].title}</a>
          </h3>
          <p className="mt-1 mb-2 text-sm">{articles[topic].description}</p>
          <KeyFigure fact={getFact(keyFacts[topic][0]!)} locale={locale} messages={messages} />
        </li>
      ))}
    </ol>
  );
}
