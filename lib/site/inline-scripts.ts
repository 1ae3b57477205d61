/**
 * The scripts pages carry inline: they run where the framework does not (the root page, the
 * outcome pages) or before it loads. Each is a typed function of the browser's `window` and the
 * page's arguments. A file of `browser/inline/` runs one of them with `runInlineScript`, and
 * scripts/build-browser.mjs bundles that file into the script's text (self-contained, minified),
 * which the pages carry with their arguments as JSON in the element's `data-args`
 * (components/kept-scripts.tsx); the post-build hashes the text for each page's script policy.
 */

import { isQuizFragment } from '../quiz/fragment';
import type { SearchSetup } from '../search/results';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** What a page passes an inline script: its parameters after the browser's `window`. */
export type PageArguments<F> = F extends (browser: never, ...args: infer A extends Json[]) => void
  ? A
  : never;

/** Each inline script by the name of its file in `browser/inline/`. */
export type InlineScripts = {
  'choose-language': typeof chooseLanguage;
  'forward-to-quiz': typeof forwardToQuiz;
  'keep-hash': typeof keepHashOnLanguageLinks;
  'search-on-demand': typeof searchOnDemand;
};

export type InlineScriptName = keyof InlineScripts;

/**
 * Runs `script` as the element that carries it asks: with the browser's `window` and the JSON
 * arguments of its `data-args` (none without it).
 */
export function runInlineScript<A extends Json[]>(
  browser: Window,
  script: (browser: Window, ...args: A) => void,
): void {
  const args = browser.document.currentScript?.getAttribute('data-args');
  script(browser, ...((args ? JSON.parse(args) : []) as A));
}

type Navigation = { hash: string; replace(url: string): void };

/**
 * An outcome page's script. A shared result link is that page's address with the answers in
 * the fragment: the link previews the outcome, and the quiz page, which has the decoder and
 * the scoring code, shows the visitor's own result (or reports a damaged link). It forwards
 * exactly the fragments the quiz reads, and drops any query string an app added.
 */
export function forwardToQuiz(browser: { location: Navigation }, quizPath: string): void {
  const hash = browser.location.hash;
  if (isQuizFragment(hash)) browser.location.replace(quizPath + hash);
}

/**
 * The root page's script: go straight to the first language the browser prefers that the
 * site has (a tag or its primary subtag: "zh-TW" → "zh"), under the site's base path, keeping
 * the fragment. Without
 * JavaScript, or without a match, the page's list of languages stays.
 */
export function chooseLanguage(
  browser: { navigator: { languages?: readonly string[]; language: string }; location: Navigation },
  locales: readonly string[],
  basePath: string,
): void {
  const { navigator, location } = browser;
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of wanted) {
    const lower = String(tag).toLowerCase();
    for (const locale of locales) {
      if (lower === locale || lower.indexOf(`${locale}-`) === 0) {
        location.replace(`${basePath}/${locale}/${location.hash}`);
        return;
      }
    }
  }
}

/**
 * Every page's script: the language switcher's links (`data-keep-hash`) take the current
 * fragment along, so switching language keeps a shared quiz result (its answers live there).
 */
export function keepHashOnLanguageLinks(browser: {
  document: { addEventListener(type: 'click', listener: (event: Event) => void): void };
  location: { hash: string };
}): void {
  browser.document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const link = target?.closest?.('a[data-keep-hash]') as HTMLAnchorElement | null | undefined;
    if (link && browser.location.hash) link.hash = browser.location.hash;
  });
}

/**
 * Every language page's script: the header's search link (`data-search-open`) and the `/` key
 * open the search dialog. Its code (`dialogUrl`, from browser/search-dialog.ts) loads the first
 * time, and it loads Pagefind's index: until a reader asks, a page runs nothing else. Without
 * JavaScript, or when the code cannot load, the link leads to the overview of every figure.
 */
export function searchOnDemand(browser: Window, dialogUrl: string, setup: SearchSetup): void {
  const { document } = browser;
  let loading = false;
  const open = (fallback: string | null) => {
    if (browser.openSiteSearch) return browser.openSiteSearch(setup);
    if (loading) return;
    loading = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = dialogUrl;
    script.onload = () => browser.openSiteSearch?.(setup);
    script.onerror = () => {
      script.remove();
      loading = false;
      if (fallback) browser.location.assign(fallback);
    };
    document.head.append(script);
  };
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const link = target?.closest?.('a[data-search-open]') as HTMLAnchorElement | null | undefined;
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;
    if (!link || !plain || event.altKey || event.defaultPrevented) return;
    event.preventDefault();
    open(link.href);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as Element | null;
    // A slash typed into a field is text.
    if (event.defaultPrevented || target?.closest?.('input, textarea, select, [contenteditable]')) {
      return;
    }
    event.preventDefault();
    open(null);
  });
}
