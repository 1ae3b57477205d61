import { changeAnchor, changeText, latestChange } from '@/lib/data/changes';
import { interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { type Fact } from '@/lib/data/facts';
import { paths } from '@/lib/site/paths';
import type { Account } from '@/lib/schema/vocabulary';

import { CaveatMark } from './caveat-mark';
import { SourceRefs } from './source-refs';
import type { Messages } from '@/lib/i18n/messages';
import { factCellView } from '@/lib/view/prose-figure';

type FactCellProps = {
  fact: Fact;
  account: Account;
  locale: Locale;
  messages: Messages;
  footnotes: ReadonlyMap<string, number>;
};

/** One account's value in a comparison row, with its condition, caveat and sources. */
export function FactCell({ fact, account, locale, messages, footnotes }: FactCellProps) {
  const cell = factCellView(fact, account, locale, messages);
  if (!cell.present) {
    return (
      <td data-label={messages.accounts[account]} className="text-stone-600 dark:text-stone-400">
        <span aria-hidden="true">— </span>
        {cell.text}
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
        data-value={cell.raw}
        data-caveat={cell.caveat}
      >
        {cell.text}
      </span>
      <SourceRefs ids={cell.sources} footnotes={footnotes} messages={messages} />
      {cell.condition && <span className="block text-sm">{cell.condition}</span>}
      {cell.alternatives.map((alt, index) => (
        <span key={index} className="block text-sm">
          <span
            data-fact={fact.id}
            data-account={account}
            data-alternative={index}
            data-value={alt.raw}
            data-caveat={alt.caveat}
          >
            {alt.label}
          </span>
          <SourceRefs ids={alt.sources} footnotes={footnotes} messages={messages} />
          {/* The main value's mark follows; an alternative repeats it only when it differs. */}
          {alt.caveat !== cell.caveat && <CaveatMark caveat={alt.caveat} messages={messages} />}
        </span>
      ))}
      {change && (
        <span className="block text-sm">
          <a href={paths.change(locale, changeAnchor(change))}>
            {interpolate(messages.table.changed[change.change], {
              value: changeText(change, locale, messages).from,
            })}
          </a>
        </span>
      )}
      <CaveatMark caveat={cell.caveat} messages={messages} />
    </td>
  );
}
