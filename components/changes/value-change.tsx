import { changeAnchor, changeText, type PublishedValueChange } from '@/lib/data/changes';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getFact, asFactId, getSource } from '@/lib/data/facts';
import { paths } from '@/lib/site/paths';
import { sourceTitle } from '@/lib/view/source-title';
import { SeedNote } from '@/components/mdx/seed-note';
import { SourceTitleText } from '@/components/source-title-text';
import type { Messages } from '@/lib/i18n/messages';
import { ZhRuns } from '../zh-runs';

type ValueChangeProps = { change: PublishedValueChange; locale: Locale; messages: Messages };

/** One change of a figure on the changes page: the fact, when, what it was and is, why. */
export function ValueChange({ change, locale, messages }: ValueChangeProps) {
  const fact = getFact(asFactId(change.fact));
  const text = changeText(change, locale, messages);
  return (
    <li id={changeAnchor(change)}>
      <h3 className="subsection-title">
        <a href={paths.row(locale, fact.topic, fact.id)}>
          <ZhRuns>{messages.facts[fact.id]}</ZhRuns>
        </a>
      </h3>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        <time dateTime={change.date}>{formatDate(locale, change.date)}</time> ·{' '}
        {messages.changes.kinds[change.change]} · {messages.accounts[change.account]}
      </p>
      {change.change === 'seed-correction' ? (
        <SeedNote id={change.fact} locale={locale} messages={messages} />
      ) : (
        <p className="mt-3">
          {text.from} → {text.to}
        </p>
      )}
      <p className="mt-2 text-sm">
        {messages.changes.sources}
        {messages.punctuation.colon}
        {change.sources.map((id, index) => (
          <span key={id}>
            {index > 0 && ' · '}
            <SourceTitleText
              title={sourceTitle(getSource(id), locale, messages)}
              href={getSource(id).url}
            />
          </span>
        ))}
      </p>
    </li>
  );
}
