import type { FactId } from '@/content/facts';

import type { Locale } from '../i18n/locales';
import { valueCaveat, getFact, type Fact } from '../data/facts';
import type { Account } from '../schema/vocabulary';
import { cellView, type CellMessages, type CellView, type ValueView } from './cell-view';

/** The display parts of one account's cell of a fact, with caveats from the whole data. */
export function factCellView(
  fact: Fact,
  account: Account,
  locale: Locale,
  messages: CellMessages,
): CellView {
  return cellView(fact[account], { locale, messages, caveatOf: valueCaveat });
}

/**
 * The value a figure in prose shows (MDX, FAQ answers): the cell's main value, or its n-th
 * alternative. A cell without a value, or a missing alternative, throws: the build fails.
 */
export function proseFigure(
  id: FactId,
  account: Account,
  alternative: number | undefined,
  locale: Locale,
  messages: CellMessages,
): ValueView {
  const cell = factCellView(getFact(id), account, locale, messages);
  if (!cell.present) throw new Error(`"${id}" (${account}) has no value to show`);
  const shown = alternative === undefined ? cell : cell.alternatives[alternative];
  if (!shown) throw new Error(`"${id}" (${account}) has no alternative ${alternative}`);
  return shown;
}
