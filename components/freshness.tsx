import type { Locale } from '@/lib/i18n/locales';
import type { Fact } from '@/lib/data/facts';
import { verificationText } from '@/lib/view/verification-text';
import type { Messages } from '@/lib/i18n/messages';

type FreshnessProps = { facts: readonly Fact[]; locale: Locale; messages: Messages };

/** When the figures on this page were checked. */
export function Freshness({ facts, locale, messages }: FreshnessProps) {
  return (
    <p className="mt-6 text-sm text-stone-700 dark:text-stone-300">
      {verificationText(locale, facts, messages.article.freshness)}
    </p>
  );
}
