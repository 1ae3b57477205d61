import type { SearchMessages } from '../schema/words';
import { splitChineseRuns } from '../../shared/chinese-runs.mjs';

/**
 * What the search dialog (browser/search-dialog.ts) shows, worked out without the page: the
 * words it says, and each Pagefind result as a line of the list. Pure, so it is unit- and
 * mutation-tested; it reaches the browser bundled into the dialog (scripts/build-browser.mjs).
 */

/** Everything the dialog needs from the page, in its language and under its base path. */
export type SearchSetup = {
  text: SearchMessages;
  /** The pages that hold every figure and every term: where to look without a result. */
  browse: readonly { href: string; label: string }[];
  /** Pagefind's script, `<base path>/pagefind/pagefind.js`. */
  pagefind: string;
  /** Prefix of result addresses: the base path with a trailing slash. */
  baseUrl: string;
  /** The language of the page, for Intl.PluralRules. */
  lang: string;
};

/** What Pagefind returns for one result (`await result.data()`), in the parts we show. */
export type PagefindData = {
  url: string;
  /** The indexed text, whole. */
  content: string;
  excerpt: string;
  meta: { title?: string; page?: string };
  sub_results?: readonly { title: string; url: string; excerpt: string }[];
};

/**
 * Text as runs, each Chinese or not: a Chinese run is shown with `lang="zh-CN"` (terms such as
 * 群活码 turn up in Spanish and English results), as the pages mark theirs.
 */
export type TextRun = { text: string; chinese: boolean };

/** One line of the result list. */
export type ResultView = {
  href: string;
  title: readonly TextRun[];
  /** A table row's page title, shown with the row. */
  context: readonly TextRun[] | null;
  excerpt: readonly ExcerptPart[];
  /** A figure row (its address points at the row's anchor). */
  figure: boolean;
  sections: readonly { href: string; title: readonly TextRun[] }[];
};

/** Excerpt text, with the words that matched marked. */
export type ExcerptPart = TextRun & { marked: boolean };

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/**
 * Pagefind's excerpt as text parts: it is escaped text with `<mark>` around the matches. It is
 * rendered as text nodes, never as HTML, so nothing in the index can become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]!);
    for (const run of splitChineseRuns(text)) parts.push({ ...run, marked });
  }
  return parts;
}

/** How many sections of a page a result lists under the page: enough to land, not a wall. */
const maxSections = 3;

/**
 * A result as the list shows it. A figure row (indexed on its own, its address ends in the
 * row's anchor) names the page it is on; a page lists the sections where the words occur,
 * except its own top, which the page link already is.
 */
export function resultView(data: PagefindData): ResultView {
  const figure = data.url.includes('#');
  const sections = figure
    ? []
    : (data.sub_results ?? [])
        // The page's own top is a section without an anchor: the page link already goes there.
        .filter((section) => section.url.includes('#'))
        .slice(0, maxSections)
        .map((section) => ({ href: section.url, title: splitChineseRuns(section.title) }));
  const context = figure ? data.meta.page : undefined;
  return {
    href: data.url,
    title: splitChineseRuns(data.meta.title ?? data.url),
    context: context === undefined ? null : splitChineseRuns(context),
    excerpt: excerptParts(data.excerpt),
    figure,
    sections,
  };
}

const folded = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, ' ');

/**
 * Results that hold the query as typed, words together ("Solo chat", a name from the app), before
 * those that only hold its words apart; otherwise Pagefind's order. Readers arrive with exact
 * terms, and Pagefind ranks each word alone (and finds "chat" inside "WeChat").
 */
export function exactFirst<T extends Pick<PagefindData, 'content'>>(
  results: readonly T[],
  query: string,
): T[] {
  const phrase = folded(query.trim());
  if (!phrase.includes(' ')) return [...results];
  // Whole words at the phrase's Latin edges: "solo chats internos" does not hold "Solo chat".
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const latin = '[\\p{Script=Latin}\\p{N}]';
  const whole = new RegExp(`(?<!${latin})${escaped}(?!${latin})`, 'u');
  const exact = results.filter((result) => whole.test(folded(result.content)));
  return [...exact, ...results.filter((result) => !exact.includes(result))];
}

/**
 * A template with `{name}` filled in. The query is the reader's own text: a function replacement
 * keeps "$&" and the like as typed (lib/i18n/format.ts' `interpolate` cannot be imported here).
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** "3 results for “x”", in the page's language. */
export function countText(text: SearchMessages, lang: string, count: number, query: string) {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return fill(text.results[form], { count: String(count), query });
}

/**
 * Where Tab goes inside the open dialog, so focus never leaves it: from the last control to the
 * first, and with Shift from the first to the last. `null`: the browser's own order is right.
 */
export function wrappedFocus<T>(controls: readonly T[], current: T | null, backwards: boolean) {
  if (controls.length === 0) return null;
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  if (backwards && (current === first || !controls.includes(current as T))) return last;
  if (!backwards && (current === last || !controls.includes(current as T))) return first;
  return null;
}
