import { changeAnchor, changeText, type PublishedFigureChange } from '@/lib/changes';
import { formatDate } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { getLimit, limitId, getSource } from '@/lib/limits';
import { paths } from '@/lib/paths';
import { sourceTitle } from '@/lib/source-title';
import { SeedNote } from '@/components/mdx/seed-note';
import { SourceTitleText } from '@/components/source-title-text';
import { ZhRuns } from '../zh-runs';

type FigureChangeProps = { change: PublishedFigureChange; locale: Locale; messages: Messages };

/** One change of a figure on the changes page: the fact, when, what it was and is, why. */
export function FigureChange({ change, locale, messages }: FigureChangeProps) {
  const fact = getLimit(limitId(change.fact));
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
