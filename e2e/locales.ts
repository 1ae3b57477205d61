import { isLocale, type Locale } from '../lib/i18n/locales';

/** The locale a route belongs to ("/en/groups/" → "en"), or null for the root. */
export function routeLocale(route: string): Locale | null {
  const segment = route.split('/')[1] ?? '';
  return isLocale(segment) ? segment : null;
}
