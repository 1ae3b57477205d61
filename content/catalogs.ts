import type { Catalog } from '@/lib/catalog';
import type { Locale } from '@/lib/i18n';

import { catalog as en } from './en';
import { catalog as es } from './es';
import { catalog as zh } from './zh';

/**
 * Each language's catalog. A language added to `lib/locales.json` without its line here is a
 * type error, and `getCatalog` names it at run time.
 */
export const catalogs: Record<Locale, Catalog> = { es, en, zh };
