import type { Estimate } from '@/lib/costs/estimate';
import { estimateHtml, type EstimateWords } from '@/lib/costs/estimate-html';

/**
 * An estimate as the reader sees it: the yearly total as a range, then each line with its
 * amount (or "price not published") and a link to the row its price comes from. The markup is
 * `estimateHtml`'s, which the estimator's script also renders as the reader types.
 */
export function EstimateView({
  estimate,
  words,
  caption,
}: {
  estimate: Estimate;
  words: EstimateWords;
  caption: string;
}) {
  return (
    <div
      className="estimate"
      dangerouslySetInnerHTML={{ __html: estimateHtml(estimate, words, caption) }}
    />
  );
}
