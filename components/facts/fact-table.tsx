import { formatDate, interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { mainCaveats, verificationRange, type Fact } from '@/lib/data/facts';
import { legendKinds } from '@/lib/view/trust';
import { accounts } from '@/lib/schema/vocabulary';

import { AccountMark } from './account-mark';

import { FactCell } from './fact-cell';
import { RowActions } from './row-actions';
import type { Messages } from '@/lib/i18n/messages';
import { ZhRuns } from '../zh-runs';

export type FactGroup = { id: string; title: string; href: string; facts: readonly Fact[] };

type FactTableProps = {
  caption: string;
  groups: readonly FactGroup[];
  /** Show a heading row per group (the overview); an article's single group needs none. */
  showGroupTitles: boolean;
  /** The page the table is on, for row links and correction reports. */
  pagePath: string;
  locale: Locale;
  messages: Messages;
  footnotes: ReadonlyMap<string, number>;
};

/**
 * The side-by-side table. Scrolls inside its own focusable region with a sticky first
 * column, so a phone never scrolls the whole page sideways.
 */
export function FactTable({
  caption,
  groups,
  showGroupTitles,
  pagePath,
  locale,
  messages,
  footnotes,
}: FactTableProps) {
  const facts = groups.flatMap((group) => group.facts);
  // The page states when its figures were checked; a row repeats it only when it differs.
  const pageDate = verificationRange(facts).newest;
  return (
    <>
      {legendKinds(mainCaveats(facts)).length > 0 && (
        <p className="not-prose mt-4 text-sm quiz-muted">{messages.table.caveatLegend}</p>
      )}
      <div
        className="fact-table not-prose my-6 overflow-x-auto rounded-lg border border-stone-300 focus-visible:outline-2 dark:border-stone-700"
        role="region"
        aria-label={caption}
        tabIndex={0}
      >
        <table className="w-full sm:min-w-[36rem] border-collapse text-left align-top text-[0.95rem]">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-stone-100 max-sm:sr-only dark:bg-stone-800">
            <tr>
              <th scope="col" className="sticky left-0 w-[38%] bg-stone-100 p-3 dark:bg-stone-800">
                {messages.table.fact}
              </th>
              {accounts.map((account) => (
                <th key={account} scope="col" className="p-3">
                  <AccountMark account={account} /> {messages.accounts[account]}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.id} className="divide-y divide-stone-200 dark:divide-stone-700">
              {showGroupTitles && (
                <tr className="bg-stone-50 dark:bg-stone-900">
                  <th
                    scope="rowgroup"
                    colSpan={3}
                    className="p-3 text-base"
                    id={`grupo-${group.id}`}
                  >
                    <a href={group.href}>{group.title}</a>
                  </th>
                </tr>
              )}
              {group.facts.map((fact) => (
                <tr key={fact.id} id={fact.id} className="fact-row [&>*]:p-3 [&>*]:align-top">
                  <th scope="row" className="sticky left-0 bg-white font-normal dark:bg-stone-950">
                    <span className="fact-label block font-medium">
                      <ZhRuns>{messages.facts[fact.id]}</ZhRuns>
                    </span>
                    {fact.verifiedAt !== pageDate && (
                      <span className="block note">
                        {interpolate(messages.table.verifiedOn, {
                          date: formatDate(locale, fact.verifiedAt),
                        })}
                      </span>
                    )}
                    <RowActions
                      fact={fact}
                      pagePath={pagePath}
                      locale={locale}
                      messages={messages}
                    />
                  </th>
                  {accounts.map((account) => (
                    <FactCell
                      key={account}
                      fact={fact}
                      account={account}
                      locale={locale}
                      messages={messages}
                      footnotes={footnotes}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
