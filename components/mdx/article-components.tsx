import type { MDXComponents } from 'mdx/types';

import type { Locale, Messages } from '@/lib/i18n';
import { getLimit, type Limit } from '@/lib/limits';
import { paths } from '@/lib/paths';
import { interpolate } from '@/lib/format';
import type { Topic } from '@/lib/vocabulary';

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
  /** The article's own topic and title; null on pages without a table (sources). */
  table: { topic: Topic; title: string; facts: readonly Limit[] } | null;
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
}: ArticleContext): MDXComponents {
  const rowHref = (id: string) => {
    const topic = getLimit(id).topic;
    return topic === table?.topic ? `#${id}` : paths.row(locale, topic, id);
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
      if (!table) throw new Error('<KeyFigures /> is only available in the eight articles');
      return <KeyFigures topic={table.topic} locale={locale} messages={messages} />;
    },
    FactTable: () => {
      if (!table) throw new Error('<FactTable /> is only available in the eight articles');
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
