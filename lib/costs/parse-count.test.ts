import { describe, expect, it } from 'vitest';

import { maxCount, parseCount } from './parse-count';

describe('parseCount', () => {
  it.each([
    ['1000', 1000],
    ['1.000', 1000],
    ['1,000', 1000],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['1\u202f000', 1000],
    ["1'000", 1000],
    ['1.234.567', 1_234_567],
    ['  15 000 ', 15000],
    ['１２００', 1200],
    ['３０，０００', 30000],
    ['0', 0],
    ['007', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['1,5', 'not-whole'],
    ['2.75', 'not-whole'],
    ['1.00', 'not-whole'],
    ['abc', 'not-a-number'],
    ['1e9', 'not-a-number'],
    ['1.000,5', 'not-a-number'],
    ['1,000.000,0', 'not-a-number'],
    ['1.000 000', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    [String(maxCount + 1), 'too-large'],
    ['12.345.678', 'too-large'],
    ['99999999999999999999', 'too-large'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseCount(text)).toEqual({ ok: false, error });
  });

  it('accepts the largest count', () => {
    expect(parseCount(String(maxCount))).toEqual({ ok: true, value: maxCount });
  });
});
