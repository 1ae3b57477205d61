import type { Locale, Messages } from '@/lib/i18n';
import { limitId, proseFigure } from '@/lib/limits';
import type { Account } from '@/lib/vocabulary';

import { CaveatStar } from '../caveat-star';

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
 * sources and caveat are in full). A figure with a caveat carries the mark, and the caveat in
 * words for screen readers (`trustClaim`). An unknown id or a missing value throws, failing the build.
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
  const shown = proseFigure(limitId(id), account, alternative, locale, messages);
  return (
    <a
      href={rowHref(id)}
      className="fact-ref"
      data-fact={id}
      data-account={account}
      data-value={shown.raw}
      data-caveat={shown.caveat}
      {...(alternative !== undefined && { 'data-alternative': alternative })}
    >
      {bare ? shown.main : shown.text}
      {shown.marked && <CaveatStar caveat={messages.caveats[shown.caveat]} />}
    </a>
  );
}
