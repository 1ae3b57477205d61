import type { ArticleMetadata } from '@/lib/articles';
import { formatValue } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { keyFacts } from '@/lib/key-facts';
import { getLimit, isMarkedFigure, presentCell } from '@/lib/limits';
import { paths } from '@/lib/paths';
import { accounts, topics, type Topic } from '@/lib/vocabulary';

import { AccountMark } from './account-mark';

type ArticleCardsProps = {
  articles: Record<Topic, ArticleMetadata>;
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
      {topics.map((topic, index) => {
        const fact = getLimit(keyFacts[topic][0]!);
        return (
          <li key={topic} className="difference-card">
            <p className="text-sm quiz-muted">{index + 1}</p>
            <h3 className="font-semibold">
              <a href={paths.page(locale, topic)}>{articles[topic].title}</a>
            </h3>
            <p className="mt-1 text-sm">{articles[topic].description}</p>
            <dl className="mt-2 text-sm">
              <dt className="quiz-muted">{messages.facts[fact.id]}</dt>
              {accounts.map((account) => {
                const cell = presentCell(fact[account]);
                const absence = 'absent' in fact[account] ? fact[account].absent : 'not-found';
                return (
                  <dd key={account}>
                    <AccountMark account={account} />{' '}
                    <span>
                      {messages.accounts[account]}
                      {messages.punctuation.colon}
                    </span>
                    <span className="font-semibold">
                      {cell
                        ? formatValue(locale, messages, cell.value, cell.unit)
                        : messages.absent[absence]}
                      {cell && isMarkedFigure(cell) && <sup aria-hidden="true">*</sup>}
                    </span>
                  </dd>
                );
              })}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
