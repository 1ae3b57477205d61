import { glossary } from '@/content/glossary';
import { htmlLang, localeName, locales, type Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import { ZhRuns } from './zh-runs';

type GlossaryTableProps = { locale: Locale; messages: Messages };

/** Every term in the three languages, the reader's own language first. */
export function GlossaryTable({ locale, messages }: GlossaryTableProps) {
  const columns = [locale, ...locales.filter((other) => other !== locale)];
  return (
    <div
      className="fact-table my-6 overflow-x-auto rounded-lg border border-stone-300 dark:border-stone-700"
      role="region"
      aria-label={messages.glossary.caption}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{messages.glossary.caption}</caption>
        <thead className="bg-stone-100 dark:bg-stone-800">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" lang={htmlLang(column)} className="p-3">
                {localeName(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-700">
          {glossary.map((entry) => (
            <tr key={entry.id} id={`term-${entry.id}`}>
              {columns.map((column, index) => {
                const Cell = index === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={column}
                    scope={index === 0 ? 'row' : undefined}
                    lang={htmlLang(column)}
                    className="p-3 align-top font-normal"
                  >
                    {entry[column]}
                    {column === 'en' && entry.unofficialEn && (
                      <>
                        {' '}
                        <abbr title={messages.glossary.unofficial} className="no-underline">
                          †
                        </abbr>
                        <span className="sr-only">
                          {' '}
                          (<ZhRuns>{messages.glossary.unofficial}</ZhRuns>)
                        </span>
                      </>
                    )}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
