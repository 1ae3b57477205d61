import type { MDXComponents } from 'mdx/types';
import { Children, createElement, isValidElement, type ReactNode } from 'react';

import type { Locale } from '@/lib/i18n/locales';
import { getFact, asFactId, type Fact as FactRow } from '@/lib/data/facts';
import { paths, sitePath } from '@/lib/site/paths';
import { interpolate } from '@/lib/i18n/format';
import { headingId } from '@/lib/view/heading-id';
import { isDifference, type Subject } from '@/lib/schema/vocabulary';

import { FactTable } from '../facts/fact-table';
import { Fact, type FactProps } from './fact';
import { InShort } from './in-short';
import { KeyFigures } from './key-figures';
import { Seed, type SeedProps } from './seed';
import { SeedNote, type SeedNoteProps } from './seed-note';
import { SourceDate, type SourceDateProps } from './source-date';
import type { Messages } from '@/lib/i18n/messages';

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
  function SectionHeading({ children, ...props }: React.HTMLAttributes<HTMLElement>) {
    return createElement(tag, { id: headingId(textOf(children)), ...props }, children);
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
  table: { topic: Subject; title: string; facts: readonly FactRow[] } | null;
};

/**
 * The components every MDX page may use, bound to the page's locale: the base of the map. A
 * page with components of its own adds them over it (`MdxPage`'s `components`, e.g. the costs
 * page's in components/costs/mdx-components.tsx). Server components cannot read context, so
 * the page passes this map to the MDX content instead.
 */
export function articleComponents({
  locale,
  messages,
  footnotes,
  table,
}: ArticleContext): MDXComponents {
  const rowHref = (id: string) =>
    table?.facts.some((fact) => fact.id === id)
      ? `#${id}`
      : paths.row(locale, getFact(asFactId(id)).topic, id);
  return {
    // Chinese runs in the prose are marked when it compiles (scripts/rehype-chinese-runs.mjs).
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
      if (!table || !isDifference(table.topic))
        throw new Error('<KeyFigures /> is only available in the eight articles');
      return (
        <KeyFigures topic={table.topic} locale={locale} messages={messages} footnotes={footnotes} />
      );
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
