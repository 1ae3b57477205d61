import type { CostsText } from '@/lib/schema/costs-words';
import { estimate, type CostPrices } from '@/lib/costs/estimate';
import type { EstimateWords } from '@/lib/costs/estimate-html';
import { typicalOrganisations } from '@/lib/costs/examples';
import { formatNumber, interpolate } from '@/lib/i18n/format';

import { EstimateView } from './estimate-view';

type CostExamplesProps = {
  prices: CostPrices;
  /** What an estimate needs to be said in the page's language. */
  words: EstimateWords;
  text: CostsText;
};

/** Three typical organisations worked through at build time by the estimator's own function. */
export function CostExamples({ prices, words: estimateWords, text }: CostExamplesProps) {
  const { locale } = estimateWords;
  return (
    <section className="not-prose mt-8" aria-labelledby="cost-examples">
      <h2 id="cost-examples" className="section-title">
        {text.examples.title}
      </h2>
      <p className="mt-2 max-w-3xl">{text.examples.intro}</p>
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        {typicalOrganisations.map(({ id, input }) => {
          const words = text.examples.organisations[id];
          return (
            <article key={id} id={`example-${id}`} className="difference-card min-w-0">
              <h3 className="subsection-title">{words}</h3>
              <p className="note mt-1">
                {interpolate(text.examples.description, {
                  members: formatNumber(locale, input.members),
                  contacts: formatNumber(locale, input.contacts),
                  archived: formatNumber(locale, input.archivedMembers),
                  provider: formatNumber(locale, input.providerAppMembers),
                  where: input.mainland ? text.examples.mainland : text.examples.abroad,
                })}
              </p>
              <EstimateView
                estimate={estimate(input, prices)}
                words={estimateWords}
                caption={words}
              />
            </article>
          );
        })}
      </div>
    </section>
  );
}
