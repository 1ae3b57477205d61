import type { MDXComponents } from 'mdx/types';

import type { EstimatorData } from '@/lib/costs/estimate-html';
import { typicalOrganisations } from '@/lib/costs/examples';
import { costsPageContext } from '@/lib/costs/page';
import type { Locale } from '@/lib/i18n/locales';

import { CostEstimator } from './cost-estimator';
import { CostExamples } from './cost-examples';

/**
 * The costs page's own MDX components, over the base map every page has
 * (components/mdx/article-components.tsx): the estimator and its worked examples, bound to the
 * page's language and to what they need from the data.
 */
export function costsComponents(locale: Locale): MDXComponents {
  const { prices, marks, legendWords, text } = costsPageContext(locale);
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
