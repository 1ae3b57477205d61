import { describe, expect, it } from 'vitest';

import { catalogs } from '@/lib/i18n/catalogs';

import type { Locale } from '../i18n/locales';
import { getCatalog, getMessages, getQuizMessages, getQuizText } from './messages';
import { quizData } from '../quiz/data';
import { figureMessages } from '../quiz/text';

describe('messages', () => {
  it('gives each language its own catalog', () => {
    expect(getCatalog('zh')).toBe(catalogs.zh);
    expect(getMessages('en')).toBe(catalogs.en.messages);
    expect(getQuizMessages('es')).toBe(catalogs.es.quiz);
  });

  it('names a language without a catalog and where to add it', () => {
    expect(() => getCatalog('fr' as Locale)).toThrow(
      'No catalog for locale "fr": add content/fr/index.ts and list it in lib/i18n/catalogs.ts',
    );
  });

  it('puts together the quiz texts of a language', () => {
    expect(getQuizText('zh')).toEqual({
      locale: 'zh',
      quiz: catalogs.zh.quiz,
      labels: figureMessages(catalogs.zh.messages),
      data: quizData(),
    });
  });
});
