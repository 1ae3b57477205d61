import localeSettings from './locales.json' with { type: 'json' };

/**
 * The languages the site is generated in, in menu order; the first is the default. This JSON
 * file is the one list: the app, the catalogs (`lib/i18n/catalogs.ts`), the unit tests, e2e and
 * the bench (plain Node, which reads JSON but not TypeScript) all read it. Per language:
 * `htmlLang`, the BCP 47 tag for `<html lang>` and `Intl`; `name`, its name in itself, for
 * the language switcher; `shortName`, the switcher's label on a phone (the full name stays the
 * accessible name).
 */
export type Locale = keyof typeof localeSettings;
export const locales = Object.keys(localeSettings) as Locale[];
export const defaultLocale = locales[0] as Locale;

/** BCP 47 tag for `<html lang>` and `Intl`. */
export function htmlLang(locale: Locale): string {
  return localeSettings[locale].htmlLang;
}

/** A language's name in itself, and its short label on a phone. */
export function localeName(locale: Locale, length: 'full' | 'short' = 'full'): string {
  const setting = localeSettings[locale];
  return length === 'full' ? setting.name : setting.shortName;
}

/** True when `value` is a generated locale. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
