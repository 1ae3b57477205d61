import { formatValue } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { getLimit, limitId, presentCell } from '@/lib/limits';
import type { Account } from '@/lib/vocabulary';

import { FigureMark } from '../figure-mark';

export type FactProps = {
  id: string;
  account: Account;
  /** Only the number, without its unit. */
  bare?: boolean;
  /** Show the n-th alternative value instead of the main one. */
  alternative?: number;
};

type FactContext = { locale: Locale; messages: Messages; rowHref: (id: string) => string };

/**
 * A figure inside prose, read from the data module and linked to its table row (where its
 * sources and caveat are in full). A figure no official page states carries a mark, and its
 * caveat in words for screen readers. An unknown id or a missing value throws, failing the build.
 */
export function Fact({
  id,
  account,
  bare,
  alternative,
  locale,
  messages,
  rowHref,
}: FactProps & FactContext) {
  const fact = getLimit(limitId(id));
  const cell = presentCell(fact[account]);
  if (!cell) throw new Error(`<Fact id="${id}" account="${account}">: this cell has no value`);
  const shown = alternative === undefined ? cell : cell.alternatives?.[alternative];
  if (!shown) throw new Error(`<Fact id="${id}">: no alternative ${alternative}`);
  return (
    <a
      href={rowHref(id)}
      className="fact-ref"
      data-fact={id}
      data-account={account}
      data-value={String(shown.value)}
      {...(alternative !== undefined && { 'data-alternative': alternative })}
    >
      {formatValue(locale, messages, shown.value, cell.unit, { bare })}
      <FigureMark claim={shown} messages={messages} />
    </a>
  );
}
