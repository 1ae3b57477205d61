import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/site/paths';

import { LocaleSwitcher } from './locale-switcher';
import type { Messages } from '@/lib/i18n/messages';

type SiteHeaderProps = { locale: Locale; messages: Messages; path: string };

/**
 * One row at every width: the site's name, its sections (in a menu on a phone, which works
 * without JavaScript), search and the languages. Only one of the two section lists is ever
 * displayed. Search opens a dialog where scripts run (SearchScript); without them its link
 * leads to the overview, which holds every figure and links the glossary.
 */
export function SiteHeader({ locale, messages, path }: SiteHeaderProps) {
  const links = (
    <ul className="flex gap-x-4 gap-y-2 text-sm max-sm:flex-col">
      {[
        { href: paths.page(locale, 'comparison'), label: messages.site.nav.overview },
        { href: paths.page(locale, 'quiz'), label: messages.site.nav.quiz },
        { href: paths.page(locale, 'sources'), label: messages.site.nav.sources },
      ].map((link) => (
        <li key={link.href}>
          <a
            href={link.href}
            aria-current={link.href === path ? 'page' : undefined}
            className="inline-block py-1"
          >
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <header className="site-header border-b border-stone-200 dark:border-stone-800">
      <div className="relative mx-auto flex max-w-5xl items-center justify-between gap-x-2 px-3 py-2 sm:gap-x-4 sm:px-4">
        <a href={paths.home(locale)} className="site-name text-inherit no-underline">
          {messages.site.name}
        </a>
        <nav aria-label={messages.site.navLabel} className="max-sm:hidden">
          {links}
        </nav>
        <div className="flex items-center gap-x-1">
          <a
            href={paths.page(locale, 'comparison')}
            className="search-open"
            data-search-open=""
            aria-keyshortcuts="/"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" className="shrink-0">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="max-sm:sr-only">{messages.search.open}</span>
            <kbd aria-hidden="true" className="max-md:hidden">
              /
            </kbd>
          </a>
          {/* The open menu hangs from the header's edge, not the button's: on a 320 px phone
              the button sits too far left for the menu to fit under it. */}
          <details className="site-menu sm:hidden">
            <summary className="cursor-pointer py-1 text-sm font-semibold whitespace-nowrap">
              {messages.site.menu}
            </summary>
            <nav
              aria-label={messages.site.navLabel}
              className="absolute end-3 top-full z-10 w-56 rounded-lg border border-stone-300 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900"
            >
              {links}
            </nav>
          </details>
          <LocaleSwitcher locale={locale} path={path} label={messages.site.languageLabel} />
        </div>
      </div>
    </header>
  );
}
