import { notFound } from 'next/navigation';

import { isLocale, locales, type Locale } from '../i18n/locales';

/** A page's locale from its route params; any other segment is a 404. */
export async function localeParam(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}

/** One `{ lang }` per language: the static params of every route under `[lang]`. */
export function localeStaticParams(): { lang: Locale }[] {
  return locales.map((lang) => ({ lang }));
}
