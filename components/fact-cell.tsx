import { latestChange } from '@/lib/changes';
import { formatValue, interpolate } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { claimCaveat, presentCell, type Limit } from '@/lib/limits';
import { paths } from '@/lib/paths';
import type { Account } from '@/lib/vocabulary';

import { CaveatMark } from './caveat-mark';
import { SourceRefs } from './source-refs';

type FactCellProps = {
  fact: Limit;
  account: Account;
  locale: Locale;
  messages: Messages;
  footnotes: ReadonlyMap<string, number>;
};

/** One account's value in a comparison row, with its condition, caveat and sources. */
export function FactCell({ fact, account, locale, messages, footnotes }: FactCellProps) {
  const cell = presentCell(fact[account]);
  if (!cell) {
    const absence = 'absent' in fact[account] ? fact[account].absent : 'not-found';
    return (
      <td data-label={messages.accounts[account]} className="text-stone-600 dark:text-stone-400">
        <span aria-hidden="true">— </span>
        {messages.absent[absence]}
      </td>
    );
  }
  const change = latestChange(fact.id, account);
  return (
    <td data-label={messages.accounts[account]}>
      <span
        className="font-semibold"
        data-fact={fact.id}
        data-account={account}
        data-value={String(cell.value)}
      >
        {formatValue(locale, messages, cell.value, cell.unit)}
      </span>
      <SourceRefs ids={cell.sources} footnotes={footnotes} messages={messages} />
      {cell.condition && (
        <span className="block text-sm">{messages.conditions[cell.condition]}</span>
      )}
      {cell.alternatives?.map((alt, index) => (
        <span key={index} className="block text-sm">
          <span
            data-fact={fact.id}
            data-account={account}
            data-alternative={index}
            data-value={String(alt.value)}
          >
            {interpolate(messages.alternatives[alt.kind], {
              value: formatValue(locale, messages, alt.value, cell.unit),
            })}
          </span>
          <SourceRefs ids={alt.sources} footnotes={footnotes} messages={messages} />
          {/* The main value's mark follows; an alternative repeats it only when it differs. */}
          {claimCaveat(alt) !== claimCaveat(cell) && (
            <CaveatMark caveat={claimCaveat(alt)} messages={messages} />
          )}
        </span>
      ))}
      {change && (
        <span className="block text-sm">
          <a href={`${paths.page(locale, 'changes')}#change-${fact.id}`}>
            {interpolate(messages.table.changed, {
              value: change.from
                .map((value) => formatValue(locale, messages, value, change.fromUnit ?? undefined))
                .join(' / '),
            })}
          </a>
        </span>
      )}
      <CaveatMark caveat={claimCaveat(cell)} messages={messages} />
    </td>
  );
}
