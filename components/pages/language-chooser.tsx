import { defaultLocale, htmlLang, localeName, locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import { ChooseLanguageScript } from '@/components/kept-scripts';

/**
 * The root address: a list of the site's languages, each in its own words; with JavaScript it
 * goes straight to the visitor's language.
 */
export function LanguageChooser() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      {/* With JavaScript, go straight to the visitor's language; without, the links below do it. */}
      <ChooseLanguageScript />
      <h1 className="page-title">{getMessages(defaultLocale).site.name}</h1>
      <ul className="mt-8 space-y-4">
        {locales.map((locale) => {
          const { home } = getMessages(locale);
          return (
            <li key={locale} lang={htmlLang(locale)}>
              <a href={paths.home(locale)} hrefLang={htmlLang(locale)} className="subsection-title">
                {localeName(locale)}
              </a>
              <p className="text-stone-700 dark:text-stone-300">{home.title}</p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
