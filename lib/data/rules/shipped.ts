import { catalogs } from '@/lib/i18n/catalogs';
import { changelog } from '@/content/changelog';
import { facts } from '@/content/facts';
import { quotes } from '@/content/quotes';
import { sources } from '@/content/sources';

import { pageKeys } from '../../schema/page-keys';
import type { DataSet } from './data-set';
import { dataErrorReport, findDataErrors } from './index';

/** The data the site is built from. */
export const shippedData: DataSet = {
  facts,
  sources,
  changes: changelog,
  quotes,
  pageKeys,
  sourceTitles: Object.fromEntries(
    Object.entries(catalogs).map(([locale, catalog]) => [locale, catalog.messages.sourceTitles]),
  ),
};

/** Every problem of the shipped data (`scripts/check-data.mjs` runs it before `next build`). */
export function shippedDataErrors(): string[] {
  return findDataErrors(shippedData);
}

/** What stops the build when the shipped data has a problem, or null. */
export function shippedDataReport(): string | null {
  return dataErrorReport(shippedDataErrors());
}
