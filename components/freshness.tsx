import { formatDate, interpolate } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { verificationRange, type Limit } from '@/lib/limits';

type FreshnessProps = { facts: readonly Limit[]; locale: Locale; messages: Messages };

/** When the figures on this page were checked, oldest and newest. */
export function Freshness({ facts, locale, messages }: FreshnessProps) {
  const { oldest, newest } = verificationRange(facts);
  return (
    <p className="mt-6 text-sm text-stone-700 dark:text-stone-300">
      {interpolate(messages.article.freshness, {
        oldest: formatDate(locale, oldest),
        newest: formatDate(locale, newest),
      })}
    </p>
  );
}
