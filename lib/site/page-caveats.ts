import 'server-only';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { PageSlug } from './articles';
import type { Locale } from '../i18n/locales';
import { asFactId, mainCaveats, type Fact } from '../data/facts';
import type { CellMessages } from '../view/cell-view';
import type { Account } from '../schema/vocabulary';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import { proseFigure } from '@/lib/view/prose-figure';

/** A `<Fact … />` in an MDX page: the row, the account and, if any, the alternative shown. */
export type MdxFigureRef = { id: string; account: Account; alternative?: number };

const factTag = /<Fact\s([^>]*?)\/>/g;

/** The figures an MDX page's source shows inline, in order (attributes in any order). */
export function mdxFigureRefs(source: string): MdxFigureRef[] {
  return [...source.matchAll(factTag)].map(([, attributes = '']) => {
    const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
    const account = /\baccount="(wecom|wechat)"/.exec(attributes)?.[1] as Account | undefined;
    if (!id || !account) throw new Error(`A <Fact /> without id or account: ${attributes}`);
    const alternative = /\balternative=\{(\d+)\}/.exec(attributes)?.[1];
    return { id, account, ...(alternative !== undefined && { alternative: Number(alternative) }) };
  });
}

/**
 * The caveats of every figure a page shows with the mark: its table's rows and the figures in
 * its prose (which may come from other rows), so its legend names each caveat a mark stands for.
 */
export function pageCaveats(
  locale: Locale,
  slug: PageSlug,
  facts: readonly Fact[],
  messages: CellMessages,
): CaveatKind[] {
  const source = readFileSync(join(process.cwd(), 'content', locale, `${slug}.mdx`), 'utf8');
  const inline = mdxFigureRefs(source).map(
    (ref) => proseFigure(asFactId(ref.id), ref.account, ref.alternative, locale, messages).caveat,
  );
  return [...mainCaveats(facts), ...inline];
}
