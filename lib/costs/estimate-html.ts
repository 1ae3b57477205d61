import type { CostsText } from '@/lib/schema/costs-words';
import { splitChineseRuns } from '@/shared/chinese-runs.mjs';
import { formatNumber, interpolate, pluralForm } from '@/lib/i18n/format';
import { escapeHtml } from '@/lib/view/html';
import { htmlLang, type Locale } from '@/lib/i18n/locales';
import { markLegend } from '@/lib/view/trust';

import type { Amount, CostLine, CostPrices, Estimate } from './estimate';
import { shownCaveats, type CostLegendWords, type CostMarks } from './text';

/**
 * An estimate as markup, one renderer for the server (the worked examples, the estimator's first
 * estimate) and the browser (the estimator as the reader types, browser/cost-estimator.ts), so
 * both show exactly the same thing. Markup rather than components: the costs page ships no
 * framework, and its script needs this without one.
 */

/** What an estimate needs to be said in one language. */
export type EstimateWords = {
  locale: Locale;
  marks: CostMarks;
  /** What the mark means, under the lines: naming only the caveats of the lines shown. */
  legendWords: CostLegendWords;
  text: Pick<CostsText, 'result' | 'items'>;
};

/**
 * What the estimator's script needs, sent as the page's one JSON block: the prices, and the
 * words of the estimate, the field errors, the stale warning and the problems.
 */
export type EstimatorData = EstimateWords & {
  prices: CostPrices;
  estimator: Pick<CostsText['estimator'], 'errors' | 'stale' | 'problems'>;
};

/**
 * Text as markup, its Chinese runs marked `lang="zh-CN"` on pages of a language that does not
 * write Han itself (what the post-build does to reading pages, scripts/postbuild/mark-languages.mjs).
 */
function textHtml(text: string, locale: Locale): string {
  if (/^(zh|ja)\b/i.test(htmlLang(locale))) return escapeHtml(text);
  return splitChineseRuns(text)
    .map((part) =>
      part.chinese ? `<span lang="zh-CN">${escapeHtml(part.text)}</span>` : escapeHtml(part.text),
    )
    .join('');
}

/**
 * The inside of an estimate's `<div class="estimate">`: the yearly total as a range, then each
 * line with its amount (or "price not published") and a link to the row its price comes from,
 * its caveat mark, and a legend naming only the caveats shown.
 */
export function estimateHtml(estimate: Estimate, words: EstimateWords, caption: string): string {
  const { locale, marks, legendWords } = words;
  const { result, items } = words.text;
  const text = (value: string) => textHtml(value, locale);
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
  const warning = (words: string) =>
    `<span class="note block"><span aria-hidden="true">⚠ </span>${text(words)}</span>`;
  const amountHtml = (line: CostLine) => {
    if (!line.amount) return text(result.notPublished);
    const mark = marks[line.item];
    return [
      text(money(line.amount, result.lineAmount)),
      // The mark for the eye, the caveat in words for screen readers (components/caveat-star.tsx).
      mark?.dispute === false
        ? `<sup aria-hidden="true">*</sup><span class="sr-only">${text(
            mark.brackets.open + mark.words + mark.brackets.close,
          )}</span>`
        : '',
      mark?.also ? warning(mark.also) : '',
      // A disputed price shows every value with its sources, not a mark.
      mark?.dispute ? warning(mark.words) : '',
    ].join('');
  };
  const rows = estimate.lines.map(
    (line) =>
      `<tr><th scope="row"><a href="#${escapeHtml(line.facts[0]!)}">${text(items[line.item].name)}</a>` +
      `<span class="note block">${text(
        interpolate(detailOf(line), { count: formatNumber(locale, line.count ?? 0) }),
      )}</span></th><td>${amountHtml(line)}</td></tr>`,
  );
  const legend = markLegend(
    shownCaveats(estimate, marks),
    legendWords.template,
    legendWords.names,
    locale,
  );
  return [
    `<p class="estimate-total">${text(money(estimate.total, result.total))}</p>`,
    `<table class="estimate-lines"><caption class="sr-only">${text(caption)}</caption>`,
    `<thead><tr><th scope="col">${text(result.item)}</th><th scope="col">${text(result.amount)}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
    legend ? `<p class="note mt-2">${text(legend)}</p>` : '',
    estimate.unknowns.length > 0 ? `<p class="note mt-2">${text(result.unknownsNote)}</p>` : '',
  ].join('');
}

/**
 * The inside of the estimator's live region: its title, the warning that the estimate is the
 * last valid one while a field does not hold a whole number (`stale`), what makes the answers
 * impossible for a real organisation, and the estimate.
 */
export function estimatorResultHtml(estimate: Estimate, stale: boolean, data: EstimatorData) {
  const { locale, prices, estimator } = data;
  const { title } = data.text.result;
  const text = (value: string) => textHtml(value, locale);
  return [
    `<h3 class="subsection-title">${text(title)}</h3>`,
    stale
      ? `<p class="quiz-warning mt-2" data-stale=""><span aria-hidden="true">⚠ </span>${text(estimator.stale)}</p>`
      : '',
    ...estimate.problems.map(
      (problem) =>
        `<p class="quiz-warning mt-2">${text(
          interpolate(estimator.problems[problem], {
            memberCap: formatNumber(locale, prices.unverifiedMemberCap),
            customerCap: formatNumber(locale, prices.unverifiedCustomerCap),
          }),
        )}</p>`,
    ),
    `<div class="estimate">${estimateHtml(estimate, data, title)}</div>`,
  ].join('');
}

/** The estimator's live region's classes: a stale estimate is shown dimmed. */
export const resultClass = (stale: boolean) => (stale ? 'estimate-stale mt-6' : 'mt-6');
