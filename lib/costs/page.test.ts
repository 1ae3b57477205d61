import { describe, expect, it } from 'vitest';

import { dataFigures, literalNumbers } from '@/lib/figure-scan';
import { locales } from '@/lib/i18n';
import { isLimitId } from '@/lib/limits';
import { getMessages } from '@/lib/messages';

import { costItems, estimate } from './estimate';
import { typicalOrganisations } from './examples';
import { allCostLines, costMarks, costsPageFacts, getCostsText } from './page';
import { costPrices } from './prices';
import { costHints } from './quiz-hint';

const prices = costPrices();

describe('the costs page', () => {
  it('shows every row an estimate line links to', () => {
    const onPage = new Set(costsPageFacts().map((fact) => fact.id));
    for (const line of allCostLines(prices)) {
      for (const id of line.facts) {
        expect(isLimitId(id), id).toBe(true);
        expect(onPage.has(id), `${line.item} links to ${id}, not on the costs page`).toBe(true);
      }
    }
  });

  it('prices every item the estimator knows', () => {
    const items = new Set(allCostLines(prices).map((line) => line.item));
    expect([...items].sort()).toEqual([...costItems].sort());
  });

  it('marks every priced line whose price no official page states', () => {
    const marks = costMarks(prices, getMessages('en'));
    // Every price in the estimator comes from providers today; an official price would lose it.
    for (const line of allCostLines(prices).filter((l) => l.amount !== null))
      expect(marks[line.item], line.item).toBeTruthy();
    expect(marks['acquisition-links']).toBeUndefined();
  });

  it('works the examples out to whole yuan', () => {
    for (const { input } of typicalOrganisations) {
      const { total } = estimate(input, prices);
      expect(Number.isInteger(total.low)).toBe(true);
      expect(total.low).toBeGreaterThan(0);
    }
  });

  it('gives the quiz a floor for every customers answer, growing with the customers', () => {
    const lows = costHints(prices).map((hint) => hint.low);
    expect(lows).toHaveLength(3);
    expect([...lows].sort((a, b) => a - b)).toEqual(lows);
  });
});

describe.each(locales)('the costs text in %s', (locale) => {
  const text = getCostsText(locale);
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

  it('types no figure the data holds (figures are placeholders)', () => {
    const figures = dataFigures();
    for (const string of strings(text)) {
      const words = string.replace(/\{\w+\}/g, ' ');
      expect(
        literalNumbers(words).filter((n) => figures.has(n)),
        string,
      ).toEqual([]);
    }
  });

  it('uses only the placeholders each string is given', () => {
    const allowed = (path: string) =>
      path.startsWith('items')
        ? ['count']
        : path.startsWith('estimator.problems')
          ? ['memberCap', 'customerCap']
          : path.startsWith('result.total') || path.startsWith('result.lineAmount')
            ? ['low', 'high']
            : path === 'result.money'
              ? ['amount']
              : path.startsWith('quizHint')
                ? ['contacts', 'members', 'low']
                : path === 'examples.description'
                  ? ['members', 'contacts', 'archived', 'provider', 'where']
                  : [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        for (const [, name] of value.matchAll(/\{(\w+)\}/g))
          expect(allowed(path), `${path}: {${name}}`).toContain(name);
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value))
          walk(child, path ? `${path}.${key}` : key);
      }
    };
    walk(text, '');
  });
});
