import { changeAnchor, type PublishedPageChange } from '@/lib/data/changes';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { SharePage } from '@/lib/site/share-pages';
import { ZhRuns } from '../zh-runs';

type PageChangeProps = { change: PublishedPageChange; page: SharePage; locale: Locale };

/**
 * A page added to the site, on the changes page: its title, linked, when, and what it says;
 * compact, since new pages are listed after the figures, which are what readers come for.
 */
export function PageChange({ change, page, locale }: PageChangeProps) {
  return (
    <li id={changeAnchor(change)}>
      <a href={page.path} className="font-semibold">
        {page.title}
      </a>{' '}
      <span className="text-sm text-stone-700 dark:text-stone-300">
        · <time dateTime={change.date}>{formatDate(locale, change.date)}</time>
      </span>
      <span className="block text-sm">
        <ZhRuns>{page.description}</ZhRuns>
      </span>
    </li>
  );
}
