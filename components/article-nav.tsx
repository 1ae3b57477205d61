import type { ArticleMetadata } from '@/lib/site/articles';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/site/paths';
import { differences, type Difference } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';

type ArticleNavProps = {
  topic: Difference;
  titles: Record<Difference, ArticleMetadata>;
  locale: Locale;
  messages: Messages;
};

/** Previous / next article and the way back to the overview. */
export function ArticleNav({ topic, titles, locale, messages }: ArticleNavProps) {
  const index = differences.indexOf(topic);
  const previous = differences[index - 1];
  const next = differences[index + 1];
  return (
    <nav
      aria-label={messages.article.articleNav}
      className="article-nav mt-12 border-t border-stone-200 pt-6 dark:border-stone-800"
    >
      <ul className="grid gap-3 sm:grid-cols-2">
        {previous && (
          <li>
            <a href={paths.page(locale, previous)} rel="prev">
              <span className="block note">← {messages.article.previous}</span>
              {titles[previous].title}
            </a>
          </li>
        )}
        {next && (
          <li className="sm:col-start-2 sm:text-right">
            <a href={paths.page(locale, next)} rel="next">
              <span className="block note">{messages.article.next} →</span>
              {titles[next].title}
            </a>
          </li>
        )}
      </ul>
      <p className="mt-6">
        <a href={paths.home(locale)}>{messages.article.backToOverview}</a>
      </p>
    </nav>
  );
}
