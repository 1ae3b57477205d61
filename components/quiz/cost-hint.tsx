import type { CostsText } from '@/lib/schema/costs-words';
import type { CostHint as Hint } from '@/lib/quiz/cost-hint';
import type { CostMarks } from '@/lib/costs/text';
import { formatNumber, interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/site/paths';
import type { Messages } from '@/lib/i18n/messages';

type CostHintProps = {
  hint: Hint;
  text: CostsText['quizHint'];
  money: CostsText['result']['money'];
  /** What each line's price rests on, as the estimator shows it. */
  marks: CostMarks;
  punctuation: Messages['punctuation'];
  locale: Locale;
};

/**
 * The quiz result's note on what WeCom would cost, with the way to the estimator and the FAQ.
 * The floor adds up second-hand prices, so it carries their caveats in words, as the
 * estimator's lines do.
 */
export function CostHint({ hint, text, money, marks, punctuation, locale }: CostHintProps) {
  const caveats = [
    ...new Set(hint.items.flatMap((item) => (marks[item] ? [marks[item].words] : []))),
  ];
  return (
    <section className="quiz-card mt-8" aria-labelledby="cost-hint">
      <h3 id="cost-hint" className="subsection-title">
        {text.title}
      </h3>
      <p className="mt-1">
        {interpolate(hint.open ? text.moreThan : text.upTo, {
          contacts: formatNumber(locale, hint.bound),
          members: formatNumber(locale, hint.members),
          low: interpolate(money, { amount: formatNumber(locale, hint.low) }),
        })}
      </p>
      {caveats.length > 0 && (
        <p className="note mt-1" data-caveat="">
          <span aria-hidden="true">⚠ </span>
          {interpolate(text.caveat, { caveats: caveats.join(punctuation.separator) })}
        </p>
      )}
      <p className="link-list mt-2">
        <a href={`${paths.costs(locale)}#estimator`}>{text.estimatorLink}</a>
        <a href={paths.faq(locale)}>{text.faqLink}</a>
      </p>
    </section>
  );
}
