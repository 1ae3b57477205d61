import type { MDXComponents } from 'mdx/types';

import type { Locale, Messages } from '@/lib/i18n';
import { getLimit, type Limit } from '@/lib/limits';
import { paths } from '@/lib/paths';
import { interpolate } from '@/lib/format';
import type { CostPrices } from '@/lib/costs/estimate';
import { typicalOrganisations } from '@/lib/costs/examples';
import type { CostsText } from '@/lib/costs/text';
import { isTopic, type Subject } from '@/lib/vocabulary';

import { CostEstimator } from '../costs/cost-estimator';
import { CostExamples } from '../costs/cost-examples';

import { FactTable } from '../fact-table';
import { Fact, type FactProps } from './fact';
import { InShort } from './in-short';
import { KeyFigures } from './key-figures';
import { Seed, type SeedProps } from './seed';
import { SeedNote, type SeedNoteProps } from './seed-note';
import { SourceDate, type SourceDateProps } from './source-date';

type ArticleContext = {
  locale: Locale;
  messages: Messages;
  footnotes: ReadonlyMap<string, number>;
  /**
   * The article's own subject and title, and every row its table shows (on the costs page,
   * the rows borrowed from the differences too); null on pages without a table (sources).
   */
  table: { topic: Subject; title: string; facts: readonly Limit[] } | null;
  /** On the costs page: what the estimator and its worked examples need. */
  costs?: { prices: CostPrices; text: CostsText };
};

/**
 * The components MDX pages may use, bound to the page's locale. Server components cannot
 * read context, so the page passes this map to the MDX content instead.
 */
export function articleComponents({
  locale,
  messages,
  footnotes,
  table,
  costs,
}: ArticleContext): MDXComponents {
  const rowHref = (id: string) =>
    table?.facts.some((fact) => fact.id === id)
      ? `#${id}`
      : paths.row(locale, getLimit(id).topic, id);
  const needCosts = (component: string) => {
    if (!costs) throw new Error(`<${component} /> is only available on the costs page`);
    return costs;
  };
  return {
    Fact: (props: FactProps) => (
      <Fact {...props} locale={locale} messages={messages} rowHref={rowHref} />
    ),
    Seed: (props: SeedProps) => <Seed {...props} locale={locale} messages={messages} />,
    SeedNote: (props: SeedNoteProps) => <SeedNote {...props} locale={locale} messages={messages} />,
    SourceDate: (props: SourceDateProps) => <SourceDate {...props} locale={locale} />,
    InShort: ({ children }: { children: React.ReactNode }) => (
      <InShort title={messages.article.inShort}>{children}</InShort>
    ),
    KeyFigures: () => {
      if (!table || !isTopic(table.topic))
        throw new Error('<KeyFigures /> is only available in the eight articles');
      return <KeyFigures topic={table.topic} locale={locale} messages={messages} />;
    },
    CostEstimator: () => {
      const { prices, text } = needCosts('CostEstimator');
      return (
        <div data-hydrate="" id="estimator" className="not-prose">
          <CostEstimator
            prices={prices}
            text={text}
            locale={locale}
            initial={typicalOrganisations[0].input}
          />
        </div>
      );
    },
    CostExamples: () => {
      const { prices, text } = needCosts('CostExamples');
      return <CostExamples prices={prices} text={text} locale={locale} />;
    },
    FactTable: () => {
      if (!table) throw new Error('<FactTable /> is only available on pages with a table');
      return (
        <FactTable
          caption={interpolate(messages.table.caption, { topic: table.title })}
          groups={[
            {
              id: table.topic,
              title: table.title,
              href: paths.page(locale, table.topic),
              facts: table.facts,
            },
          ]}
          showGroupTitles={false}
          pagePath={paths.page(locale, table.topic)}
          locale={locale}
          messages={messages}
          footnotes={footnotes}
        />
      );
    },
  };
}
