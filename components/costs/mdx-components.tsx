import type { MDXComponents } from 'mdx/types';

import { typicalOrganisations } from '@/lib/costs/examples';
import { costsPageContext } from '@/lib/costs/page';
import type { Locale } from '@/lib/i18n/locales';

import { CostEstimator } from './cost-estimator';
import { CostExamples } from './cost-examples';

/**
 * The costs page's own MDX components, over the base map every page has
 * (components/mdx/article-components.tsx): the estimator and its worked examples.
 */
export function costsComponents(locale: Locale): MDXComponents {
  const costs = costsPageContext(locale);
  const needCosts = (component: string) => {
    if (!costs) throw new Error(`<${component} /> is only available on the costs page`);
    return costs;
  };
  return {
    CostEstimator: () => {
      const { prices, marks, legendWords, text } = needCosts('CostEstimator');
      return (
        <div data-hydrate="" id="estimator" className="not-prose">
          <CostEstimator
            prices={prices}
            marks={marks}
            legendWords={legendWords}
            text={text}
            locale={locale}
            initial={typicalOrganisations[0].input}
          />
        </div>
      );
    },
    CostExamples: () => {
      const { prices, marks, legendWords, text } = needCosts('CostExamples');
      return (
        <CostExamples
          prices={prices}
          marks={marks}
          legendWords={legendWords}
          text={text}
          locale={locale}
        />
      );
    },
  };
}
