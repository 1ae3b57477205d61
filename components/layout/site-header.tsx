import type { Locale, Messages } from '@/lib/i18n';
import { paths } from '@/lib/paths';

import { LocaleSwitcher } from './locale-switcher';

type SiteHeaderProps = { locale: Locale; messages: Messages; path: string };

export function SiteHeader({ locale, messages, path }: SiteHeaderProps) {
  const links = [
    { href: paths.home(locale), label: messages.site.nav.overview },
    { href: paths.page(locale, 'quiz'), label: messages.site.nav.quiz },
    { href: paths.page(locale, 'sources'), label: messages.site.nav.sources },
  ];
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={paths.home(locale)} className="text-lg font-bold text-inherit no-underline">
          {messages.site.name}
        </a>
        <nav aria-label={messages.site.navLabel}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={link.href === path ? 'page' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LocaleSwitcher locale={locale} path={path} label={messages.site.languageLabel} />
      </div>
    </header>
  );
}
