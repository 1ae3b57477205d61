import { formatNumber, interpolate, pluralForm } from '@/lib/i18n/format';
import type { Amount, CostLine, Estimate } from '@/lib/costs/estimate';
import {
  shownCaveats,
  type CostLegendWords,
  type CostMarks,
  type CostsText,
} from '@/lib/costs/text';
import type { Locale } from '@/lib/i18n/locales';
import { markLegend } from '@/lib/view/trust';

import { CaveatStar } from '../facts/caveat-star';
import { ZhRuns } from '../zh-runs';

type EstimateViewProps = {
  estimate: Estimate;
  marks: CostMarks;
  /** What the mark means, under the lines: naming only the caveats of the lines shown. */
  legendWords: CostLegendWords;
  text: Pick<CostsText, 'result' | 'items'>;
  locale: Locale;
  caption: string;
};

/**
 * An estimate as the reader sees it: the yearly total as a range, then each line with its
 * amount (or "price not published") and a link to the row its price comes from. Renders the
 * same on the server (worked examples) and in the estimator.
 */
export function EstimateView({
  estimate,
  marks,
  legendWords,
  text,
  locale,
  caption,
}: EstimateViewProps) {
  const { result, items } = text;
  const detailOf = (line: CostLine) => {
    const detail = items[line.item].detail;
    return typeof detail === 'string' ? detail : detail[pluralForm(locale, line.count ?? 0)];
  };
  // No break inside an amount ("1.600 yuanes"): a range may wrap between its two ends.
  const yuan = (value: number) =>
    interpolate(result.money, { amount: formatNumber(locale, value) }).replace(/ /g, '\u00a0');
  const money = (amount: Amount, templates: CostsText['result']['total']) =>
    interpolate(
      amount.high === null
        ? templates.from
        : amount.high === amount.low
          ? templates.exact
          : templates.range,
      { low: yuan(amount.low), high: yuan(amount.high ?? 0) },
    );
  const legend = markLegend(
    shownCaveats(estimate, marks),
    legendWords.template,
    legendWords.names,
    locale,
  );
  return (
    <div className="estimate">
      <p className="estimate-total">{money(estimate.total, result.total)}</p>
      <table className="estimate-lines">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{result.item}</th>
            <th scope="col">{result.amount}</th>
          </tr>
        </thead>
        <tbody>
          {estimate.lines.map((line) => (
            <tr key={line.item}>
              <th scope="row">
                <a href={`#${line.facts[0]}`}>
                  <ZhRuns>{items[line.item].name}</ZhRuns>
                </a>
                <span className="note block">
                  <ZhRuns>
                    {interpolate(detailOf(line), { count: formatNumber(locale, line.count ?? 0) })}
                  </ZhRuns>
                </span>
              </th>
              <td>
                {line.amount ? money(line.amount, result.lineAmount) : result.notPublished}
                {line.amount && marks[line.item]?.dispute === false && (
                  <CaveatStar
                    caveat={marks[line.item]!.words}
                    brackets={marks[line.item]!.brackets}
                  />
                )}
                {line.amount && marks[line.item]?.also && (
                  <span className="note block">
                    <span aria-hidden="true">⚠ </span>
                    <ZhRuns>{marks[line.item]!.also}</ZhRuns>
                  </span>
                )}
                {/* A disputed price shows every value with its sources, not a mark. */}
                {line.amount && marks[line.item]?.dispute && (
                  <span className="note block">
                    <span aria-hidden="true">⚠ </span>
                    <ZhRuns>{marks[line.item]!.words}</ZhRuns>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {legend && <p className="note mt-2">{legend}</p>}
      {estimate.unknowns.length > 0 && <p className="note mt-2">{result.unknownsNote}</p>}
    </div>
  );
}
