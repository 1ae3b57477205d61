import { disputedValues } from '@/lib/view/cell-view';
import type { Locale } from '@/lib/i18n/locales';
import { type Fact } from '@/lib/data/facts';
import { accounts } from '@/lib/schema/vocabulary';

import { AccountMark } from './account-mark';
import { CaveatStar } from './caveat-star';
import { DisputedValues } from './disputed-values';
import type { Messages } from '@/lib/i18n/messages';
import { factCellView } from '@/lib/view/prose-figure';
import { ZhRuns } from '../zh-runs';

type KeyFigureProps = {
  fact: Fact;
  locale: Locale;
  messages: Messages;
  /** The page's source list, when it has one (a disputed figure links its values to it). */
  footnotes?: ReadonlyMap<string, number>;
};

/** One fact for both accounts, each with its sign and name: the figure a reader came for. */
export function KeyFigure({ fact, locale, messages, footnotes }: KeyFigureProps) {
  return (
    <dl className="text-sm">
      <dt className="quiz-muted">
        <ZhRuns>{messages.facts[fact.id]}</ZhRuns>
      </dt>
      {accounts.map((account) => {
        const cell = factCellView(fact, account, locale, messages);
        const disputed = disputedValues(cell);
        return (
          <dd key={account}>
            <AccountMark account={account} />{' '}
            <span className="whitespace-nowrap">
              {messages.accounts[account]}
              {messages.punctuation.colon}
            </span>
            {disputed ? (
              <DisputedValues values={disputed} footnotes={footnotes} messages={messages} />
            ) : (
              <span
                className="font-semibold"
                {...(cell.present && {
                  'data-fact': fact.id,
                  'data-account': account,
                  'data-value': cell.raw,
                  'data-caveat': cell.caveat,
                })}
              >
                {cell.text}
                {cell.present && cell.marked && (
                  <CaveatStar
                    caveat={messages.caveats[cell.caveat]}
                    brackets={messages.punctuation}
                  />
                )}
              </span>
            )}
          </dd>
        );
      })}
    </dl>
  );
}
