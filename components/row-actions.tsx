import { dataVersion } from '@/lib/changes';
import { correctionHref } from '@/lib/corrections';
import { interpolate } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { factCellView, type Limit } from '@/lib/limits';
import { accounts } from '@/lib/vocabulary';

type RowActionsProps = { fact: Limit; pagePath: string; locale: Locale; messages: Messages };

/** A row's own link (to share or bookmark it) and a prefilled correction report. */
export function RowActions({ fact, pagePath, locale, messages }: RowActionsProps) {
  const label = messages.facts[fact.id];
  const shown = accounts
    .map(
      (account) =>
        `${messages.accounts[account]}: ${factCellView(fact, account, locale, messages).text}`,
    )
    .join('; ');
  const report = correctionHref({
    factId: fact.id,
    pagePath,
    locale,
    shown,
    version: dataVersion(),
    messages,
  });
  return (
    <span className="row-actions mt-1 flex flex-wrap gap-x-3 text-sm print:hidden">
      <a
        href={`${pagePath}#${fact.id}`}
        aria-label={interpolate(messages.table.rowLink, { label })}
      >
        #
      </a>
      <a href={report} aria-label={interpolate(messages.table.reportCorrection, { label })}>
        {messages.table.reportShort}
      </a>
    </span>
  );
}
