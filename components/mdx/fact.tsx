import { disputedValues } from '@/lib/view/cell-view';
import type { Locale } from '@/lib/i18n/locales';
import { getFact, asFactId } from '@/lib/data/facts';
import type { Account } from '@/lib/schema/vocabulary';

import { CaveatStar } from '../facts/caveat-star';
import { ValueSources } from '../facts/disputed-values';
import type { Messages } from '@/lib/i18n/messages';
import { factCellView, proseFigure } from '@/lib/view/prose-figure';

export type FactProps = {
  id: string;
  account: Account;
  /** Only the number, without its unit. */
  bare?: boolean;
  /**
   * The number with the unit the sentence needs in place of the data's ("元", "位客户"), kept
   * with it and before the mark: "700 元*", never "700* 元".
   */
  unit?: string;
  /** Show the n-th alternative value instead of the main one. */
  alternative?: number;
};

type FactContext = {
  locale: Locale;
  messages: Messages;
  rowHref: (id: string) => string;
  /** The page's source list, when it has one. */
  footnotes?: ReadonlyMap<string, number>;
};

/**
 * A figure inside prose, read from the data module and linked to its table row (where its
 * sources and caveat are in full). A figure with a caveat carries the mark, and the caveat in
 * words for screen readers (`trustClaim`). A value of a dispute names its own sources beside it:
 * the page cites the other values too (lib/site/content.test.ts checks it), each with its sources. An
 * unknown id or a missing value throws, failing the build.
 */
export function Fact({
  id,
  account,
  bare,
  unit,
  alternative,
  locale,
  messages,
  rowHref,
  footnotes,
}: FactProps & FactContext) {
  const shown = proseFigure(asFactId(id), account, alternative, locale, messages);
  const cell = factCellView(getFact(asFactId(id)), account, locale, messages);
  const inDispute =
    disputedValues(cell) !== null &&
    (alternative === undefined || (cell.present && cell.alternatives[alternative]?.disputes));
  const link = (
    <a
      href={rowHref(id)}
      className="fact-ref"
      data-fact={id}
      data-account={account}
      data-value={shown.raw}
      data-caveat={shown.caveat}
      {...(alternative !== undefined && { 'data-alternative': alternative })}
    >
      {unit ? `${shown.main}\u00a0${unit}` : bare ? shown.main : shown.text}
      {shown.marked && (
        <CaveatStar caveat={messages.caveats[shown.caveat]} brackets={messages.punctuation} />
      )}
    </a>
  );
  if (!inDispute) return link;
  return (
    <>
      {link}
      <ValueSources ids={shown.sources} footnotes={footnotes} messages={messages} />
    </>
  );
}
