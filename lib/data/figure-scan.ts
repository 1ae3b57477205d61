import { sources } from '@/content/sources';

import { getFacts, presentCell } from './facts';
import { accounts } from '../schema/vocabulary';

/**
 * For tests of copy: the numbers the data module holds, and the numbers a text types, so a
 * test can require that no copy types a figure the data holds (principle 1: copy cites it).
 */

/** Every number the data module holds: values, alternatives, seed-era figures, source years. */
export function dataFigures(): Set<number> {
  const figures = new Set<number>();
  for (const fact of getFacts()) {
    for (const account of accounts) {
      const cell = presentCell(fact[account]);
      for (const value of [cell?.value, ...(cell?.alternatives ?? []).map((alt) => alt.value)]) {
        if (typeof value === 'number') figures.add(value);
      }
    }
    for (const value of fact.seed?.values ?? []) if (typeof value === 'number') figures.add(value);
  }
  // Source years too: prose dates a claim with <SourceDate>, never a typed year.
  for (const source of sources) if (source.date) figures.add(Number(source.date.slice(0, 4)));
  return figures;
}

/** Numbers written in a text, with thousands separators read as such ("2.000", "2,000"). */
export function literalNumbers(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:[.,\s]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g)].map((match) =>
    Number(match[0].replace(/[.,\s](?=\d{3}(?!\d))/g, '').replace(',', '.')),
  );
}
