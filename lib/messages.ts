import { messages as es } from '@/content/es/messages';

import type { Locale, Messages } from './i18n';

const catalogs: Record<Locale, Messages> = { es };

/** The UI strings of a locale. */
export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}
