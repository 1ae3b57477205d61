import type { CostHint as Hint } from '@/lib/costs/quiz-hint';
import type { CostsText } from '@/lib/costs/text';
import { formatNumber, interpolate } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';

type CostHintProps = {
  hint: Hint;
  text: CostsText['quizHint'];
  money: CostsText['result']['money'];
  locale: Locale;
};

/** The quiz result's note on what WeCom would cost, with the way to the estimator and the FAQ. */
export function CostHint({ hint, text, money, locale }: CostHintProps) {
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
      <p className="link-list mt-2">
        <a href={`${paths.costs(locale)}#estimator`}>{text.estimatorLink}</a>
        <a href={paths.faq(locale)}>{text.faqLink}</a>
      </p>
    </section>
  );
}
