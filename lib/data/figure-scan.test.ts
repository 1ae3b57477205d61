import { describe, expect, it } from 'vitest';

import { dataFigures, literalNumbers } from './figure-scan';

// dataFigures() runs inside each test: code run while tests are collected escapes mutation testing.
describe('dataFigures', () => {
  it('holds only numbers', () => {
    for (const figure of dataFigures()) expect(Number.isFinite(figure)).toBe(true);
  });

  it('holds both accounts’ values, seed-era figures and source years', () => {
    const figures = dataFigures();
    expect(figures).toContain(20000); // a WeCom value
    expect(figures).toContain(7); // held only by a personal WeChat cell
    expect(figures).toContain(50000); // held only by what the seed said
    expect(figures).toContain(2021); // held only by a source's date
  });
});

describe('literalNumbers', () => {
  it.each([
    ['up to 500 members and 3 admins', [500, 3]],
    ['2.000 (es), 2,000 (en), 2 000 (fr)', [2000, 2000, 2000]],
    ['1.000.000 and 12,345,678', [1000000, 12345678]],
    ['a decimal 1.5 or 1,5', [1.5, 1.5]],
    ['not thousands: 1,2345 and 1.2345', [1.2345, 1.2345]],
    ['plain runs: 20000 and 1234 5678', [20000, 1234, 5678]],
    ['no figure here', []],
  ])('reads %j', (text, numbers) => {
    expect(literalNumbers(text)).toEqual(numbers);
  });
});
