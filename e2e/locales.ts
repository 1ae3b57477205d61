import { messages as en } from '../content/en/messages';
import { messages as es } from '../content/es/messages';
import { messages as zh } from '../content/zh/messages';
import { isLocale, type Locale, type Messages } from '../lib/i18n';

export const catalogs: Record<Locale, Messages> = { es, en, zh };

/** The locale a route belongs to ("/en/groups/" → "en"), or null for the root. */
export function routeLocale(route: string): Locale | null {
  const segment = route.split('/')[1] ?? '';
  return isLocale(segment) ? segment : null;
}
