import { describe, expect, it } from 'vitest';

import {
  chooseLanguage,
  forwardToQuiz,
  keepHashOnLanguageLinks,
  runInlineScript,
  searchOnDemand,
} from './inline-scripts';
import { messages } from '@/content/es/messages';

import { encodeAnswers, isQuizFragment } from '../quiz/link';

/** A page's `location`, recording where a script sends the reader. */
function fakeLocation(hash = '') {
  const location = {
    hash,
    target: null as string | null,
    replace(url: string) {
      location.target = url;
    },
  };
  return location;
}

/** The page as a script sees it: `window` stands for whatever the test gives. */
const asWindow = (fake: object) => fake as unknown as Window;

describe('runInlineScript', () => {
  const page = (args: string | null) =>
    asWindow({
      document: {
        currentScript: { getAttribute: (name: string) => (name === 'data-args' ? args : null) },
      },
    });

  it('runs the script with the window and the JSON arguments of its element', () => {
    const browser = page('["es",{"a":[1,null]}]');
    const calls: unknown[][] = [];
    runInlineScript(browser, (...args: unknown[]) => calls.push(args));
    expect(calls).toEqual([[browser, 'es', { a: [1, null] }]]);
  });

  it('runs it with the window alone when the element has no arguments', () => {
    const browser = page(null);
    const calls: unknown[][] = [];
    runInlineScript(browser, (...args: unknown[]) => calls.push(args));
    expect(calls).toEqual([[browser]]);
  });
});

describe('forwardToQuiz', () => {
  const quizLinks = [
    `#${encodeAnswers({ purpose: 'me' })}`,
    '#V1.ZZ',
    '#v0.zz',
    '#a=',
    '#%00',
    '#%',
    '#!!',
  ];
  const plain = ['', '#', '#main', '#reasons', '#wechat_redirect', '#%20'];

  it('forwards exactly the fragments the quiz reads, with the fragment and without the query', () => {
    for (const hash of [...quizLinks, ...plain]) {
      const location = fakeLocation(hash);
      forwardToQuiz({ location }, '/es/quiz/');
      expect(location.target, hash).toBe(isQuizFragment(hash) ? `/es/quiz/${hash}` : null);
    }
    expect(quizLinks.every(isQuizFragment)).toBe(true);
    expect(plain.some(isQuizFragment)).toBe(false);
  });
});

describe('chooseLanguage', () => {
  const locales = ['es', 'en', 'zh'];
  const chosen = (languages: string[], language = languages[0] ?? '', hash = '', base = '') => {
    const location = fakeLocation(hash);
    chooseLanguage({ navigator: { languages, language }, location }, locales, base);
    return location.target;
  };

  it('goes to the first preferred language the site has, by tag or primary subtag', () => {
    expect(chosen(['fr-FR', 'zh-TW', 'en'])).toBe('/zh/');
    expect(chosen(['EN-gb'])).toBe('/en/');
    expect(chosen(['es'])).toBe('/es/');
  });

  it('keeps the fragment', () => {
    expect(chosen(['en-US'], 'en-US', '#v1.x')).toBe('/en/#v1.x');
  });

  it('stays under the base path', () => {
    expect(chosen(['zh-CN'], 'zh-CN', '', '/wecom')).toBe('/wecom/zh/');
  });

  it('reads navigator.language when the list is missing or empty', () => {
    expect(chosen([], 'zh-CN')).toBe('/zh/');
  });

  it('stays on the page when nothing matches, or a tag only starts with a code', () => {
    expect(chosen(['fr', 'de-DE'])).toBeNull();
    expect(chosen(['eno'])).toBeNull();
    expect(chosen(['x-en-gb'])).toBeNull();
  });
});

describe('keepHashOnLanguageLinks', () => {
  function clickOn(link: { hash: string } | null, hash: string) {
    let listener: ((event: Event) => void) | undefined;
    const document = {
      addEventListener: (_: string, handler: typeof listener) => (listener = handler),
    };
    keepHashOnLanguageLinks({ document, location: { hash } });
    listener?.({ target: { closest: () => link } } as unknown as Event);
  }

  it('gives a language link the current fragment', () => {
    const link = { hash: '' };
    clickOn(link, '#v1.abc');
    expect(link.hash).toBe('#v1.abc');
  });

  it('leaves links alone without a fragment', () => {
    const link = { hash: '#old' };
    clickOn(link, '');
    expect(link.hash).toBe('#old');
  });

  it('ignores clicks outside language links', () => {
    expect(() => clickOn(null, '#v1.abc')).not.toThrow();
  });
});

describe('searchOnDemand', () => {
  const setup = {
    text: messages.search,
    browse: [{ href: '/es/comparison/', label: 'Comparativa' }],
    pagefind: '/pagefind/pagefind.js',
    baseUrl: '/',
    lang: 'es',
  };

  type FakeScript = {
    type?: string;
    src?: string;
    onload?: () => void;
    onerror?: () => void;
    removed?: boolean;
    remove(): void;
  };

  /** A page with the loader running: its listeners, the scripts it adds, where it navigates. */
  function page() {
    const listeners: Record<string, (event: object) => void> = {};
    const scripts: FakeScript[] = [];
    const opened: unknown[] = [];
    const browser = {
      openSiteSearch: undefined as ((value: unknown) => void) | undefined,
      location: { assigned: null as string | null, assign: (_url: string) => {} },
      document: {
        addEventListener: (type: string, listener: (event: object) => void) =>
          (listeners[type] = listener),
        createElement: () => {
          const script: FakeScript = { remove: () => (script.removed = true) };
          return script;
        },
        head: { append: (script: FakeScript) => scripts.push(script) },
      },
    };
    browser.location.assign = (url: string) => {
      browser.location.assigned = url;
    };
    searchOnDemand(asWindow(browser), '/search/dialog.js', setup);
    const event = (fields: object) => {
      const state = { prevented: false };
      return {
        state,
        button: 0,
        defaultPrevented: false,
        preventDefault: () => (state.prevented = true),
        ...fields,
      };
    };
    const link = { href: 'https://example.org/es/comparison/' };
    const click = (fields: object = {}) => {
      const e = event({ target: { closest: () => link }, ...fields });
      listeners.click!(e);
      return e.state.prevented;
    };
    const key = (fields: object) => {
      const e = event({ target: { closest: () => null }, ...fields });
      listeners.keydown!(e);
      return e.state.prevented;
    };
    const loaded = () => {
      browser.openSiteSearch = (value) => opened.push(value);
      scripts.at(-1)!.onload!();
    };
    return { browser, scripts, opened, click, key, loaded };
  }

  it('loads the dialog once, on the first plain click, and opens it with the page’s words', () => {
    const { scripts, opened, click, loaded } = page();
    expect(scripts).toEqual([]);
    expect(click()).toBe(true);
    expect(click()).toBe(true);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ type: 'module', src: '/search/dialog.js' });
    loaded();
    expect(opened).toEqual([setup]);
    click();
    expect(opened).toHaveLength(2);
    expect(scripts).toHaveLength(1);
  });

  it('lets a modified click or another link follow the link', () => {
    const { scripts, click } = page();
    for (const fields of [
      { ctrlKey: true },
      { metaKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
      { defaultPrevented: true },
      { target: { closest: () => null } },
      { target: null },
    ]) {
      expect(click(fields), JSON.stringify(fields)).toBe(false);
    }
    expect(scripts).toEqual([]);
  });

  it('opens on "/" except in a field or with a modifier', () => {
    const { scripts, key } = page();
    expect(key({ key: 'a' })).toBe(false);
    expect(key({ key: '/', ctrlKey: true })).toBe(false);
    expect(key({ key: '/', metaKey: true })).toBe(false);
    expect(key({ key: '/', altKey: true })).toBe(false);
    expect(key({ key: '/', target: { closest: () => ({}) } })).toBe(false);
    expect(scripts).toEqual([]);
    expect(key({ key: '/' })).toBe(true);
    expect(scripts).toHaveLength(1);
  });

  it('follows the link when the dialog cannot load, and tries again next time', () => {
    const { browser, scripts, click, key } = page();
    key({ key: '/' });
    scripts[0]!.onerror!();
    expect(scripts[0]!.removed).toBe(true);
    expect(browser.location.assigned).toBeNull();
    click();
    scripts[1]!.onerror!();
    expect(browser.location.assigned).toBe('https://example.org/es/comparison/');
    expect(scripts).toHaveLength(2);
  });
});
