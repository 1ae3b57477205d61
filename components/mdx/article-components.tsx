import type { MDXComponents } from 'mdx/types';
import { Children, createElement, isValidElement, type ReactNode } from 'react';

import type { Locale, Messages } from '@/lib/i18n';
import { getLimit, limitId, type Limit } from '@/lib/limits';
import { paths, sitePath } from '@/lib/paths';
import { interpolate } from '@/lib/format';
import { headingId } from '@/lib/heading-id';
import type { CostPrices } from '@/lib/costs/estimate';
import type { CostLegendWords, CostMarks, CostsText } from '@/lib/costs/text';
import { isTopic, type Subject } from '@/lib/vocabulary';

import { costsMdxComponents } from '../costs/mdx-components';
import { ZhRuns } from '../zh-runs';

import { FactTable } from '../fact-table';
import { Fact, type FactProps } from './fact';
import { InShort } from './in-short';
import { KeyFigures } from './key-figures';
import { Seed, type SeedProps } from './seed';
import { SeedNote, type SeedNoteProps } from './seed-note';
import { SourceDate, type SourceDateProps } from './source-date';

/**
 * An element of MDX prose whose Chinese terms (会话内容存档…) carry their language, in Spanish
 * and English. The costs page hydrates, so this cannot be left to the build's pass over the
 * reading pages (scripts/postbuild/mark-languages.mjs).
 */
function marked(tag: 'p' | 'li' | 'strong' | 'em' | 'h2' | 'h3') {
  function Marked({ children, ...props }: React.HTMLAttributes<HTMLElement>) {
    return createElement(tag, props, <ZhRuns>{children}</ZhRuns>);
  }
  return Marked;
}

/** The words of a piece of MDX, for a heading's id. */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) =>
      isValidElement<{ children?: ReactNode }>(child)
        ? textOf(child.props.children)
        : String(child),
    )
    .join('');
}

/** A section heading with an id, so a link or a search result can land on the section. */
function sectionHeading(tag: 'h2' | 'h3') {
  const Marked = marked(tag);
  function SectionHeading({ children, ...props }: React.HTMLAttributes<HTMLElement>) {
    return (
      <Marked id={headingId(textOf(children))} {...props}>
        {children}
      </Marked>
    );
  }
  return SectionHeading;
}

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
  costs?: { prices: CostPrices; marks: CostMarks; legendWords: CostLegendWords; text: CostsText };
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
      : paths.row(locale, getLimit(limitId(id)).topic, id);
  return {
    p: marked('p'),
    li: marked('li'),
    strong: marked('strong'),
    em: marked('em'),
    h2: sectionHeading('h2'),
    h3: sectionHeading('h3'),
    // Prose links to the site's pages by their path from its root ("/es/groups/"); under a
    // base path they need it in front.
    a: ({ href, ...props }: React.AnchorHTMLAttributes<HTMLAnchorElement>) => (
      <a href={href?.startsWith('/') ? sitePath(href) : href} {...props} />
    ),
    Fact: (props: FactProps) => (
      <Fact
        {...props}
        locale={locale}
        messages={messages}
        rowHref={rowHref}
        footnotes={footnotes}
      />
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
      return (
        <KeyFigures topic={table.topic} locale={locale} messages={messages} footnotes={footnotes} />
      );
    },
    // On the costs page only: a costs MDX on another page fails the build on the missing component.
    ...(costs ? costsMdxComponents(locale, costs) : {}),
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
