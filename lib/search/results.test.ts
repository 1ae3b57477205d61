import { describe, expect, it } from 'vitest';

import { messages } from '@/content/en/messages';

import { countText, exactFirst, excerptParts, resultView, wrappedFocus } from './results';

describe('excerptParts', () => {
  it('splits the marked words from the rest and unescapes the text', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <mark>48 horas</mark> &quot;x&#39;')).toEqual([
      { text: 'a <b> & ', marked: false, chinese: false },
      { text: '48 horas', marked: true, chinese: false },
      { text: ' "x\'', marked: false, chinese: false },
    ]);
  });

  it('cuts Chinese runs apart, marked or not', () => {
    expect(excerptParts('el <mark>群活码</mark>（「加入群聊」） de WeCom')).toEqual([
      { text: 'el ', marked: false, chinese: false },
      { text: '群活码', marked: true, chinese: true },
      { text: '（「加入群聊」）', marked: false, chinese: true },
      { text: ' de WeCom', marked: false, chinese: false },
    ]);
  });

  it('keeps any other markup as text, never as tags', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false, chinese: false },
    ]);
  });
});

const plain = (text: string) => [{ text, chinese: false }];

describe('resultView', () => {
  const page = {
    url: '/es/contacts/',
    content: '',
    excerpt: 'el <mark>límite</mark>',
    meta: { title: 'Contactos' },
    sub_results: [
      { url: '/es/contacts/', title: 'Contactos', excerpt: '' },
      { url: '/es/contacts/#a', title: 'A', excerpt: '' },
      { url: '/es/contacts/#b', title: 'B', excerpt: '' },
      { url: '/es/contacts/#c', title: 'C', excerpt: '' },
      { url: '/es/contacts/#d', title: 'D', excerpt: '' },
    ],
  };

  it('lists up to three sections of a page, not its own top', () => {
    const view = resultView(page);
    expect(view).toMatchObject({ href: '/es/contacts/', title: plain('Contactos'), figure: false });
    expect(view.context).toBeNull();
    expect(view.sections).toEqual([
      { href: '/es/contacts/#a', title: plain('A') },
      { href: '/es/contacts/#b', title: plain('B') },
      { href: '/es/contacts/#c', title: plain('C') },
    ]);
    expect(view.excerpt).toEqual([
      { text: 'el ', marked: false, chinese: false },
      { text: 'límite', marked: true, chinese: false },
    ]);
  });

  it('shows a row as a figure with the page it is on, without sections', () => {
    const view = resultView({
      ...page,
      url: '/es/contacts/#contacts.per-account-max',
      meta: { title: 'Grupos por 群活码', page: 'Grupos' },
    });
    expect(view).toMatchObject({ figure: true, context: plain('Grupos') });
    expect(view.title).toEqual([
      { text: 'Grupos por ', chinese: false },
      { text: '群活码', chinese: true },
    ]);
    expect(view.sections).toEqual([]);
  });

  it('lists no sections when Pagefind found none', () => {
    const { sub_results: _, ...bare } = page;
    expect(resultView(bare).sections).toEqual([]);
  });

  it('falls back to the address when a record has no title', () => {
    expect(resultView({ ...page, meta: {} }).title).toEqual(plain('/es/contacts/'));
    expect(resultView({ ...page, url: '/es/x/#y', meta: {} }).context).toBeNull();
  });
});

describe('exactFirst', () => {
  const results = [
    { id: 1, content: 'Solo los de WeCom… chat' },
    { id: 2, content: 'quedan en «Solo  Chat» desde 2020' },
    { id: 3, content: 'nada' },
    { id: 4, content: 'solo chat' },
  ];

  it('brings results with the words together forward, each group in its order', () => {
    expect(exactFirst(results, ' Solo chat ').map((result) => result.id)).toEqual([2, 4, 1, 3]);
  });

  it('counts only whole words: a longer word does not hold the phrase', () => {
    const pages = [
      { id: 1, content: 'ediciones: solo chats internos' },
      { id: 2, content: 'quedan en «Solo chat».' },
      { id: 3, content: 'Solo chat2' },
    ];
    expect(exactFirst(pages, 'Solo chat').map((result) => result.id)).toEqual([2, 1, 3]);
    expect(exactFirst([{ id: 1, content: 'a (x.y) b' }], 'x.y) b')).toHaveLength(1);
  });

  it('leaves a one-word query in Pagefind’s order', () => {
    expect(exactFirst(results, 'chat').map((result) => result.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('countText', () => {
  it('picks the plural form of the page’s language', () => {
    expect(countText(messages.search, 'en', 1, 'x')).toBe('1 result for “x”');
    expect(countText(messages.search, 'en', 3, 'x')).toBe('3 results for “x”');
    expect(countText(messages.search, 'en', 0, 'x')).toBe('0 results for “x”');
  });

  it('shows the query as typed, even with $ in it', () => {
    expect(countText(messages.search, 'en', 2, '$& $1')).toBe('2 results for “$& $1”');
  });
});

describe('wrappedFocus', () => {
  const controls = ['input', 'close', 'first result', 'last result'];

  it('goes from the last control to the first, and back with Shift', () => {
    expect(wrappedFocus(controls, 'last result', false)).toBe('input');
    expect(wrappedFocus(controls, 'input', true)).toBe('last result');
  });

  it('leaves Tab alone between controls', () => {
    expect(wrappedFocus(controls, 'close', false)).toBeNull();
    expect(wrappedFocus(controls, 'close', true)).toBeNull();
    expect(wrappedFocus(controls, 'last result', true)).toBeNull();
  });

  it('brings focus that got outside back in', () => {
    expect(wrappedFocus(controls, null, false)).toBe('input');
    expect(wrappedFocus(controls, 'page', true)).toBe('last result');
    expect(wrappedFocus([], 'input', false)).toBeNull();
  });
});
