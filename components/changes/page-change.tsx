import { changeAnchor, type PublishedPageChange } from '@/lib/changes';
import { formatDate } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import type { SharePage } from '@/lib/share-pages';

type PageChangeProps = {
  change: PublishedPageChange;
  page: SharePage;
  locale: Locale;
  messages: Messages;
};

/** A page added to the site, on the changes page: its title, linked, when, and what it says. */
export function PageChange({ change, page, locale, messages }: PageChangeProps) {
  return (
    <li id={changeAnchor(change)}>
      <h2 className="subsection-title">
        <a href={page.path}>{page.title}</a>
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        <time dateTime={change.date}>{formatDate(locale, change.date)}</time> ·{' '}
        {messages.changes.kinds[change.change]}
      </p>
      <p className="mt-3">{page.description}</p>
    </li>
  );
}
