import { describe, expect, it } from 'vitest';

import {
  chooseLanguage,
  forwardToQuiz,
  inlineScript,
  quizFragmentText,
  keepHashOnLanguageLinks,
} from './inline-scripts';
import { answerFragment, encodeAnswers, isQuizFragment, plainFragment } from './quiz/link';

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

/** Runs an inline script's text as the browser would, with `window` standing for the page. */
function run(script: string, window: object) {
  new Function('window', script)(window);
}

describe('inlineScript', () => {
  it('writes a call with window and the arguments as code', () => {
    const script = inlineScript(
      (_browser: Window, _text: string, _pattern: RegExp, _list: readonly number[]) => {},
      'a"b',
      /^x\d/i,
      [1, 2],
    );
    expect(script).toMatch(/^\(.*\)\(window,"a\\"b",\/\^x\\d\/i,\[1,2\]\)$/s);
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
      run(
        inlineScript(forwardToQuiz, '/es/quiz/', quizFragmentText, answerFragment, plainFragment),
        { location },
      );
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
    run(inlineScript(chooseLanguage, locales, base), {
      navigator: { languages, language },
      location,
    });
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
    run(inlineScript(keepHashOnLanguageLinks), { document, location: { hash } });
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
