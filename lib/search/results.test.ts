import { describe, expect, it } from 'vitest';

import { messages } from '@/content/en/messages';

import { countText, exactFirst, excerptParts, resultView, wrappedFocus } from './results';

describe('excerptParts', () => {
  it('splits the marked words from the rest and unescapes the text', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <mark>48 horas</mark> &quot;x&#39;')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: '48 horas', marked: true },
      { text: ' "x\'', marked: false },
    ]);
  });

  it('keeps any other markup as text, never as tags', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
    ]);
  });
});

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
    expect(view).toMatchObject({ href: '/es/contacts/', title: 'Contactos', figure: false });
    expect(view.context).toBeNull();
    expect(view.sections).toEqual([
      { href: '/es/contacts/#a', title: 'A' },
      { href: '/es/contacts/#b', title: 'B' },
      { href: '/es/contacts/#c', title: 'C' },
    ]);
    expect(view.excerpt).toEqual([
      { text: 'el ', marked: false },
      { text: 'límite', marked: true },
    ]);
  });

  it('shows a row as a figure with the page it is on, without sections', () => {
    const view = resultView({
      ...page,
      url: '/es/contacts/#contacts.per-account-max',
      meta: { title: 'Tope por cuenta', page: 'Contactos' },
    });
    expect(view).toMatchObject({ figure: true, context: 'Contactos', title: 'Tope por cuenta' });
    expect(view.sections).toEqual([]);
  });

  it('lists no sections when Pagefind found none', () => {
    const { sub_results: _, ...bare } = page;
    expect(resultView(bare).sections).toEqual([]);
  });

  it('falls back to the address when a record has no title', () => {
    expect(resultView({ ...page, meta: {} }).title).toBe('/es/contacts/');
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
