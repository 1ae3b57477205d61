/**
 * The site search: a modal dialog over Pagefind's index of the export. Pages do not carry this
 * code: their small loader (`searchOnDemand` in lib/site/inline-scripts.ts) adds it, and Pagefind's
 * script and index, the first time a reader opens search. Built, with its pure half
 * (lib/search/results.ts), to `browser/search-dialog.js` (scripts/build-browser.mjs).
 */

import {
  countText,
  exactFirst,
  fill,
  resultView,
  wrappedFocus,
  type PagefindData,
  type ResultView,
  type SearchSetup,
  type TextRun,
} from '../lib/search/results';
import { splitChineseRuns } from '../shared/chinese-runs.mjs';
import type { SearchMessages } from '../lib/schema/words';

/** How many results are shown; the count says how many there are. */
const shownResults = 10;
/** How many of Pagefind's best are read to bring exact matches forward. */
const rankedResults = 20;

type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: Record<string, unknown>,
    delay?: number,
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
};

type Dialog = { element: HTMLDialogElement; input: HTMLInputElement };

let dialog: Dialog | null = null;
let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(setup: SearchSetup): Promise<Pagefind> {
  pagefind ??= (async () => {
    const loaded = (await import(setup.pagefind)) as Pagefind;
    await loaded.options({ baseUrl: setup.baseUrl, excerptLength: 24 });
    await loaded.init();
    return loaded;
  })();
  // A failed load (offline, a missing index) is tried again the next time.
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

/** Opens the search dialog (built the first time), its field focused. */
export function openSearch(setup: SearchSetup): void {
  dialog ??= buildDialog(setup);
  if (!dialog.element.open) dialog.element.showModal();
  dialog.input.focus();
  dialog.input.select();
  void loadPagefind(setup).catch(() => undefined);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function buildDialog(setup: SearchSetup): Dialog {
  const { text } = setup;
  const root = element('dialog', 'search-dialog');
  root.setAttribute('aria-labelledby', 'search-title');

  const title = element('h2', 'sr-only', text.title);
  title.id = 'search-title';

  const form = element('form', 'search-form');
  form.setAttribute('role', 'search');
  const label = element('label', 'search-label', text.input);
  label.htmlFor = 'search-input';
  const input = element('input', 'search-input');
  input.id = 'search-input';
  input.type = 'search';
  input.placeholder = text.placeholder;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.enterKeyHint = 'search';
  const close = element('button', 'search-close', text.close);
  close.type = 'button';
  form.append(label, input, close);

  const status = element('p', 'search-status');
  status.setAttribute('role', 'status');
  const list = element('ol', 'search-results');

  const browse = element('p', 'search-browse', `${text.browse} `);
  setup.browse.forEach((link, index) => {
    const anchor = element('a', '', link.label);
    anchor.href = link.href;
    browse.append(...(index > 0 ? [' · '] : []), anchor);
  });

  root.append(title, form, status, list, browse);
  document.body.append(root);

  form.addEventListener('submit', (event) => event.preventDefault());
  close.addEventListener('click', () => root.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  root.addEventListener('click', (event) => {
    if (event.target === root) root.close();
  });
  // Following a result closes the dialog, also when it is a row of the page already open.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) root.close();
  });
  root.addEventListener('keydown', (event) => {
    // In a search field Chromium's Esc would only empty it; here it closes, keeping the query.
    if (event.key === 'Escape') {
      event.preventDefault();
      root.close();
      return;
    }
    // A modal dialog keeps focus in the page, but Chromium may hand it to the page's end (or its
    // own controls) between the last control and the first; readers expect it to wrap.
    if (event.key !== 'Tab') return;
    const controls = [...root.querySelectorAll<HTMLElement>('input, button, a[href]')];
    const next = wrappedFocus(controls, document.activeElement as HTMLElement, event.shiftKey);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  let latest = '';
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    latest = query;
    if (query === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = text.loading;
    try {
      const search = await (await loadPagefind(setup)).debouncedSearch(query, {}, 200);
      // null: a newer query replaced this one while it waited.
      if (search === null || query !== latest) return;
      const read = await Promise.all(
        search.results.slice(0, rankedResults).map((result) => result.data()),
      );
      const results = exactFirst(read, query).slice(0, shownResults);
      if (query !== latest) return;
      // The query is echoed: Chinese in it is marked as in the results.
      status.replaceChildren(
        ...runs(
          splitChineseRuns(
            results.length === 0
              ? fill(text.none, { query })
              : countText(text, setup.lang, search.results.length, query),
          ),
        ),
      );
      list.replaceChildren(...results.map((data) => resultItem(resultView(data), text)));
    } catch {
      if (query !== latest) return;
      status.textContent = text.unavailable;
      list.replaceChildren();
    }
  });

  return { element: root, input };
}

/** Text, its Chinese runs in spans that say so. */
function runs(parts: readonly TextRun[]): (Node | string)[] {
  return parts.map((part) => {
    if (!part.chinese) return part.text;
    const span = element('span', '', part.text);
    span.lang = 'zh-CN';
    return span;
  });
}

function resultItem(view: ResultView, text: SearchMessages): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link');
  link.href = view.href;
  const heading = element('span', 'search-result-title');
  heading.append(...runs(view.title));
  link.append(heading);
  if (view.figure) {
    const context = element('span', 'search-result-context');
    context.append(element('span', 'search-result-kind', text.figure));
    if (view.context) context.append(' · ', ...runs(view.context));
    link.append(context);
  }
  const excerpt = element('span', 'search-result-excerpt');
  excerpt.append(
    ...view.excerpt.map((part) => {
      if (!part.marked) return runs([part])[0]!;
      const mark = element('mark', '');
      mark.append(...runs([part]));
      return mark;
    }),
  );
  link.append(excerpt);
  item.append(link);
  if (view.sections.length > 0) {
    const sections = element('ul', 'search-result-sections');
    for (const section of view.sections) {
      const entry = element('li', '');
      const anchor = element('a', '');
      anchor.append(...runs(section.title));
      anchor.href = section.href;
      entry.append(anchor);
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

declare global {
  interface Window {
    /** Set when this file has loaded; the page's loader calls it. */
    openSiteSearch?: typeof openSearch;
  }
}

// The page's loader added this file as a module script and calls this once it has loaded.
if (typeof window !== 'undefined') window.openSiteSearch = openSearch;
