import { htmlLang, localeName, locales, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/site/paths';

type LocaleSwitcherProps = { locale: Locale; path: string; label: string };

/**
 * Links to this same page in every language; plain links, so it works without JavaScript.
 * `data-keep-hash` lets the layout's small script carry a quiz answers fragment across.
 */
export function LocaleSwitcher({ locale, path, label }: LocaleSwitcherProps) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-x-1 text-sm">
        {locales.map((other) => (
          <li key={other}>
            <a
              href={localePath(path, other)}
              lang={htmlLang(other)}
              hrefLang={htmlLang(other)}
              aria-current={other === locale ? 'page' : undefined}
              aria-label={localeName(other)}
              className="inline-block px-1 py-1 whitespace-nowrap aria-[current=page]:font-bold aria-[current=page]:no-underline"
              data-keep-hash=""
            >
              <span className="sm:hidden">{localeName(other, 'short')}</span>
              <span className="max-sm:hidden">{localeName(other)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
