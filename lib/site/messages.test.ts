import { describe, expect, it, vi } from 'vitest';

import type { Locale } from '../i18n/locales';
import { getCatalog, getMessages, getQuizMessages, getQuizText } from './messages';
import { quizData } from '../quiz/data';

/**
 * Fixture catalogs: every string a language's messages are asked for reads "<locale>:<key>",
 * so a test sees which language's words it was given. `fr` has none.
 */
vi.mock('@/lib/i18n/catalogs', () => {
  const messages = (locale: string) =>
    new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `${locale}:${key}` : undefined) });
  const catalog = (locale: string) => ({
    messages: messages(locale),
    quiz: { locale: `${locale}:quiz` },
    costs: { locale: `${locale}:costs` },
    faq: { locale: `${locale}:faq` },
  });
  return { catalogs: { es: catalog('es'), en: catalog('en'), zh: catalog('zh') } };
});

describe('messages', () => {
  it('gives each language its own catalog', () => {
    expect(getCatalog('zh').faq).toEqual({ locale: 'zh:faq' });
    expect(getMessages('en').site).toBe('en:site');
    expect(getQuizMessages('es')).toEqual({ locale: 'es:quiz' });
  });

  it('names a language without a catalog and where to add it', () => {
    expect(() => getCatalog('fr' as Locale)).toThrow(
      'No catalog for locale "fr": add content/fr/index.ts and list it in lib/i18n/catalogs.ts',
    );
  });

  it("puts together the quiz's texts of a language from its own words and the quiz's data", () => {
    const text = getQuizText('zh');
    expect(text.locale).toBe('zh');
    expect(text.quiz).toEqual({ locale: 'zh:quiz' });
    // The labels a figure needs (units, accounts…), each from the language's messages.
    const labels = Object.entries(text.labels);
    expect(labels.length).toBeGreaterThan(0);
    for (const [key, words] of labels) expect(words).toBe(`zh:${key}`);
    expect(text.data).toEqual(quizData());
  });
});
