import type { EstimatorData } from '@/lib/costs/estimate-html';
import { typicalOrganisations } from '@/lib/costs/examples';
import type { costsPageContext } from '@/lib/costs/page';
import type { Locale } from '@/lib/i18n';

import { CostEstimator } from './cost-estimator';
import { CostExamples } from './cost-examples';

/**
 * The components the costs page's MDX adds to every page's (`<CostEstimator />`,
 * `<CostExamples />`), bound to its language and to what they need from the data.
 */
export function costsMdxComponents(
  locale: Locale,
  { prices, marks, legendWords, text }: ReturnType<typeof costsPageContext>,
) {
  const data: EstimatorData = {
    locale,
    prices,
    marks,
    legendWords,
    text: { result: text.result, items: text.items },
    estimator: {
      errors: text.estimator.errors,
      stale: text.estimator.stale,
      problems: text.estimator.problems,
    },
  };
  return {
    CostEstimator: () => (
      <CostEstimator data={data} text={text} initial={typicalOrganisations[0].input} />
    ),
    CostExamples: () => <CostExamples prices={prices} words={data} text={text} />,
  };
}
