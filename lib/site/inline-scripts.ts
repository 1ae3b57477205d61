/**
 * The scripts pages carry inline: they run where the framework does not (the root page, the
 * outcome pages) or before it loads. Each is a typed function that uses only its parameters,
 * because it is sent as its own source text: `inlineScript` writes a call of it with the
 * browser's `window` and the given arguments. Its arguments may be JSON values, regular
 * expressions, or other functions of this module (sent the same way).
 *
 * Keep these functions free of imports and outer variables; the unit tests run both the
 * functions and their serialised calls. Mutation testing leaves this module out: instrumented
 * source is no longer self-contained.
 */

import type { SearchSetup } from '../search/results';

type ScriptArgument =
  | string
  | number
  | boolean
  | null
  | RegExp
  | readonly ScriptArgument[]
  | { readonly [key: string]: ScriptArgument }
  | ((...args: never[]) => unknown);

/** The call of `script` with `window` and `args`, as the text of an inline `<script>`. */
export function inlineScript<A extends ScriptArgument[]>(
  script: (browser: Window, ...args: A) => void,
  ...args: A
): string {
  const values = args.map((arg) =>
    typeof arg === 'function' || arg instanceof RegExp ? String(arg) : JSON.stringify(arg),
  );
  return `(${String(script)})(window${values.map((value) => `,${value}`).join('')})`;
}

type Navigation = { hash: string; replace(url: string): void };

/**
 * The text the quiz must read in a fragment (raw, with or without `#`; returned without `#`,
 * percent-decoded where possible, trimmed), or null when there is nothing to read: empty, or
 * plain (`plain`: an in-page anchor or an app's marker) and not a link's answers (`answer`).
 * Unreadable text is returned too: the quiz reports it.
 */
export function quizFragmentText(fragment: string, answer: RegExp, plain: RegExp): string | null {
  let text = fragment;
  try {
    text = decodeURIComponent(text);
  } catch {
    // Keep the raw text: a stray "%" should not hide the answers around it.
  }
  text = text.trim().replace(/^#/, '').trim();
  return text !== '' && (answer.test(text) || !plain.test(text)) ? text : null;
}

/**
 * An outcome page's script. A shared result link is that page's address with the answers in
 * the fragment: the link previews the outcome, and the quiz page, which has the decoder and
 * the scoring code, shows the visitor's own result (or reports a damaged link). It forwards
 * exactly the fragments the quiz reads, and drops any query string an app added.
 */
export function forwardToQuiz(
  browser: { location: Navigation },
  quizPath: string,
  fragmentText: typeof quizFragmentText,
  answer: RegExp,
  plain: RegExp,
): void {
  const hash = browser.location.hash;
  if (fragmentText(hash, answer, plain) !== null) browser.location.replace(quizPath + hash);
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
