import { correctionsHome } from '@/lib/site/corrections';
import type { Locale } from '@/lib/i18n/locales';
import { getFacts } from '@/lib/data/facts';
import { getFaq } from '@/lib/faq/page';
import { paths } from '@/lib/site/paths';
import { verificationText } from '@/lib/view/verification-text';
import type { Messages } from '@/lib/i18n/messages';

/** The layout holds the first paint until this element is parsed. */
export const footerId = 'site-footer';

type SiteFooterProps = { locale: Locale; messages: Messages };

export function SiteFooter({ locale, messages }: SiteFooterProps) {
  const faq = getFaq(locale);
  return (
    <footer
      id={footerId}
      className="mt-16 border-t border-stone-200 text-sm text-stone-700 dark:border-stone-800 dark:text-stone-300"
    >
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6">
        <nav aria-label={messages.site.footerNavLabel}>
          <ul className="link-list">
            <li>
              <a href={paths.costs(locale)}>{faq.labels.costsPage}</a>
            </li>
            <li>
              <a href={paths.faq(locale)}>{faq.labels.footerLink}</a>
            </li>
            <li>
              <a href={paths.page(locale, 'sources')}>{messages.site.nav.sources}</a>
            </li>
            <li>
              <a href={paths.page(locale, 'glossary')}>{messages.glossary.footerLink}</a>
            </li>
            <li>
              <a href={paths.page(locale, 'open-data')}>{messages.openData.footerLink}</a>
            </li>
            <li>
              <a href={paths.page(locale, 'changes')}>{messages.changes.footerLink}</a>
            </li>
            <li>
              <a href={correctionsHome(locale)}>{messages.site.reportError}</a>
            </li>
          </ul>
        </nav>
        <p>{messages.site.footer}</p>
        <p>{verificationText(locale, getFacts(), messages.site.dataNote)}</p>
      </div>
    </footer>
  );
}
