import { messages as en } from '@/content/en/messages';
import { messages as es } from '@/content/es/messages';
import { messages as zh } from '@/content/zh/messages';

import type { Locale, Messages } from './i18n';

const catalogs: Record<Locale, Messages> = { es, en, zh };

/** The UI strings of a locale. */
export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}
