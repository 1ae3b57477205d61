import type { Locale, Messages } from '@/lib/i18n';
import { factCellView, type Limit } from '@/lib/limits';
import { accounts } from '@/lib/vocabulary';

import { AccountMark } from './account-mark';
import { CaveatStar } from './caveat-star';

type KeyFigureProps = { fact: Limit; locale: Locale; messages: Messages };

/** One fact for both accounts, each with its sign and name: the figure a reader came for. */
export function KeyFigure({ fact, locale, messages }: KeyFigureProps) {
  return (
    <dl className="text-sm">
      <dt className="quiz-muted">{messages.facts[fact.id]}</dt>
      {accounts.map((account) => {
        const cell = factCellView(fact, account, locale, messages);
        return (
          <dd key={account}>
            <AccountMark account={account} />{' '}
            <span className="whitespace-nowrap">
              {messages.accounts[account]}
              {messages.punctuation.colon}
            </span>
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
              {cell.present && cell.marked && <CaveatStar caveat={messages.caveats[cell.caveat]} />}
            </span>
          </dd>
        );
      })}
    </dl>
  );
}
