/**
 * The site search: a modal dialog over Pagefind's index of the export. Pages do not carry this
 * code: their small loader (`searchOnDemand` in lib/inline-scripts.ts) adds it, and Pagefind's
 * script and index, the first time a reader opens search. `npm run build` writes this file,
 * transpiled as it is, to `search/dialog.js` (scripts/postbuild/search.mjs), so it imports
 * nothing but types: every helper it needs lives here, and the pure ones are unit-tested.
 */

/** What the search dialog says, in one language (`search` in the messages). */
export type SearchMessages = {
  /** The header control that opens search. */
  open: string;
  /** The dialog's name. */
  title: string;
  /** The label of the search field. */
  input: string;
  placeholder: string;
  close: string;
  loading: string;
  /** `{count}` results for `{query}`. */
  results: { one: string; other: string };
  /** Nothing found for `{query}`. */
  none: string;
  /** The index could not be loaded. */
  unavailable: string;
  /** Marks a result that is one row of a table of figures. */
  figure: string;
  /** Introduces the pages to browse instead: the overview and the glossary. */
  browse: string;
  /**
   * On the overview, where the search link leads without JavaScript: where the terms are
   * (a question, then the glossary link's text).
   */
  termsHint: string;
  termsLink: string;
};

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

/** One line of the result list. */
export type ResultView = {
  href: string;
  title: string;
  /** A table row's page title, shown with the row. */
  context: string | null;
  excerpt: readonly ExcerptPart[];
  /** A figure row (its address points at the row's anchor). */
  figure: boolean;
  sections: readonly { href: string; title: string }[];
};

/** Excerpt text, with the words that matched marked. */
export type ExcerptPart = { text: string; marked: boolean };

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
    if (text !== '') parts.push({ text, marked });
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
        .filter((section) => section.url !== data.url && section.url.includes('#'))
        .slice(0, maxSections)
        .map((section) => ({ href: section.url, title: section.title }));
  return {
    href: data.url,
    title: data.meta.title ?? data.url,
    context: figure ? (data.meta.page ?? null) : null,
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
  const exact = results.filter((result) => folded(result.content).includes(phrase));
  return [...exact, ...results.filter((result) => !exact.includes(result))];
}

/** "3 results for “x”", in the page's language. */
export function countText(text: SearchMessages, lang: string, count: number, query: string) {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return text.results[form].replace('{count}', String(count)).replace('{query}', query);
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
      status.textContent =
        results.length === 0
          ? text.none.replace('{query}', query)
          : countText(text, setup.lang, search.results.length, query);
      list.replaceChildren(...results.map((data) => resultItem(resultView(data), text)));
    } catch {
      if (query !== latest) return;
      status.textContent = text.unavailable;
      list.replaceChildren();
    }
  });

  return { element: root, input };
}

function resultItem(view: ResultView, text: SearchMessages): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link');
  link.href = view.href;
  const heading = element('span', 'search-result-title', view.title);
  link.append(heading);
  if (view.figure) {
    const context = element('span', 'search-result-context');
    context.append(element('span', 'search-result-kind', text.figure));
    if (view.context) context.append(` · ${view.context}`);
    link.append(context);
  }
  const excerpt = element('span', 'search-result-excerpt');
  excerpt.append(
    ...view.excerpt.map((part) => (part.marked ? element('mark', '', part.text) : part.text)),
  );
  link.append(excerpt);
  item.append(link);
  if (view.sections.length > 0) {
    const sections = element('ul', 'search-result-sections');
    for (const section of view.sections) {
      const entry = element('li', '');
      const anchor = element('a', '', section.title);
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
