import { defaultLocale, htmlLang, locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';

// A static host serves one 404.html for every language, so it speaks all of them. Unmatched
// URLs have no [lang] layout to render in, hence its own <html>.
export function NotFoundPage() {
  return (
    <html lang={htmlLang(defaultLocale)}>
      <body>
        <main id="main" className="mx-auto max-w-3xl px-4 py-10">
          <p className="text-lg font-bold">{getMessages(defaultLocale).site.name}</p>
          <h1 className="mt-4 page-title">
            {locales.map((locale, index) => (
              <span key={locale} lang={htmlLang(locale)}>
                {index > 0 && ' · '}
                {getMessages(locale).notFound.title}
              </span>
            ))}
          </h1>
          {locales.map((locale) => {
            const { notFound } = getMessages(locale);
            return (
              <section key={locale} lang={htmlLang(locale)} className="mt-6">
                <p>{notFound.text}</p>
                <p className="mt-2">
                  <a href={paths.home(locale)}>{notFound.home}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
