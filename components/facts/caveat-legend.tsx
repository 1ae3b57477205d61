import type { Locale } from '@/lib/i18n/locales';
import { markLegend } from '@/lib/view/trust';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';

type CaveatLegendProps = {
  /** The caveats of the figures the page shows with the mark. */
  caveats: readonly CaveatKind[];
  locale: Locale;
  messages: Messages;
};

/** What the mark on inline figures means, naming the caveats present; nothing without marks. */
export function CaveatLegend({ caveats, locale, messages }: CaveatLegendProps) {
  const legend = markLegend(caveats, messages.article.caveatMark, messages.caveatShort, locale);
  if (legend === null) return null;
  return (
    <p className="mt-4 text-sm text-stone-700 dark:text-stone-300" data-legend="">
      {legend}
    </p>
  );
}
