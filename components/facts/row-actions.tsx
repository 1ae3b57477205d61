import { correctionHref, correctionReport } from '@/lib/site/corrections';
import { interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Fact } from '@/lib/data/facts';
import { paths } from '@/lib/site/paths';
import type { Messages } from '@/lib/i18n/messages';

type RowActionsProps = { fact: Fact; pagePath: string; locale: Locale; messages: Messages };

/**
 * A row's own link (to bookmark it), its card to share or embed (on the share page, so reading
 * pages stay plain HTML), and a prefilled correction report.
 */
export function RowActions({ fact, pagePath, locale, messages }: RowActionsProps) {
  const label = messages.facts[fact.id];
  const report = correctionHref(correctionReport(fact, locale, messages));
  return (
    <span className="row-actions mt-1 flex flex-wrap gap-x-3 text-sm print:hidden">
      <a
        href={`${pagePath}#${fact.id}`}
        aria-label={interpolate(messages.table.rowLink, { label })}
      >
        #
      </a>
      <a
        href={paths.share(locale, fact.id)}
        aria-label={interpolate(messages.factShare.rowActionLabel, { label })}
      >
        {messages.factShare.rowAction}
      </a>
      <a href={report} aria-label={interpolate(messages.table.reportCorrection, { label })}>
        {messages.table.reportShort}
      </a>
    </span>
  );
}
