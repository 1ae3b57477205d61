import type { Catalog } from './catalog';
import type { Locale } from './locales';

import { catalog as en } from '../../content/en';
import { catalog as es } from '../../content/es';
import { catalog as zh } from '../../content/zh';

/**
 * Each language's catalog. A language added to `lib/i18n/locales.json` without its line here is a
 * type error, and `getCatalog` names it at run time.
 */
export const catalogs: Record<Locale, Catalog> = { es, en, zh };
