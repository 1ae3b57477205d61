import { describe, expect, it } from 'vitest';

import { messages } from '@/content/es/messages';

import { messages as zhMessages } from '@/content/zh/messages';

import {
  formatDate,
  formatDateRange,
  formatNumber,
  formatValue,
  interpolate,
  joinUnit,
} from './format';

describe('formatNumber', () => {
  it('follows the RAE in Spanish: four digits alone, longer numbers grouped by a space', () => {
    expect(formatNumber('es', 500)).toBe('500');
    expect(formatNumber('es', 2000)).toBe('2000');
    expect(formatNumber('es', 20000)).toBe('20\u00a0000');
    expect(formatNumber('es', 1234567)).toBe('1\u00a0234\u00a0567');
    expect(formatNumber('es', 0.1)).toBe('0,1');
  });

  it('groups every thousand in English', () => {
    expect(formatNumber('en', 2000)).toBe('2,000');
    expect(formatNumber('en', 20000)).toBe('20,000');
  });

  it('writes Chinese as Chinese sources do: 万 and 亿 for round numbers, ungrouped digits otherwise', () => {
    expect(formatNumber('zh', 5000)).toBe('5000');
    expect(formatNumber('zh', 9999)).toBe('9999');
    expect(formatNumber('zh', 10000)).toBe('1万');
    expect(formatNumber('zh', 15000)).toBe('1.5万');
    expect(formatNumber('zh', 500000)).toBe('50万');
    expect(formatNumber('zh', 300000000)).toBe('3亿');
    expect(formatNumber('zh', 150000000)).toBe('1.5亿');
    expect(formatNumber('zh', 120000000)).toBe('1.2亿');
    expect(formatNumber('zh', 123450000)).toBe('12345万');
    expect(formatNumber('zh', 12345)).toBe('12345');
    expect(formatNumber('zh', 47800)).toBe('47800');
    expect(formatNumber('zh', 10500)).toBe('10500');
    expect(formatNumber('zh', 0.1)).toBe('0.1');
  });
});

describe('formatDateRange', () => {
  it('says what both ends share once, where each language says it', () => {
    expect(formatDateRange('zh', '2026-11-24', '2026-11-28')).toEqual({
      from: '2026年11月24日',
      to: '28日',
    });
    expect(formatDateRange('zh', '2026-09-03', '2026-11-28')).toEqual({
      from: '2026年9月3日',
      to: '11月28日',
    });
    expect(formatDateRange('es', '2026-11-24', '2026-11-28')).toEqual({
      from: '24',
      to: '28 de noviembre de 2026',
    });
    expect(formatDateRange('es', '2026-09-03', '2026-11-28')).toEqual({
      from: '3 de septiembre',
      to: '28 de noviembre de 2026',
    });
    expect(formatDateRange('en', '2026-11-24', '2026-11-28')).toEqual({
      from: 'Nov 24',
      to: 'Nov 28, 2026',
    });
  });

  it('gives both ends in full across a year', () => {
    expect(formatDateRange('zh', '2025-12-30', '2026-01-02')).toEqual({
      from: '2025年12月30日',
      to: '2026年1月2日',
    });
    expect(formatDateRange('es', '2025-12-30', '2026-01-02')).toEqual({
      from: '30 de diciembre de 2025',
      to: '2 de enero de 2026',
    });
  });
});

describe('formatDate', () => {
  it('formats full, month and year dates', () => {
    expect(formatDate('es', '2026-11-24')).toBe('24 de noviembre de 2026');
    expect(formatDate('en', '2026-11-24')).toBe('Nov 24, 2026');
    expect(formatDate('zh', '2026-11-24')).toBe('2026年11月24日');
    expect(formatDate('es', '2025-09')).toBe('septiembre de 2025');
    expect(formatDate('es', '2025')).toBe('2025');
  });

  it('rejects a non-date', () => {
    expect(() => formatDate('es', 'soon')).toThrow(/Not a date/);
  });
});

describe('formatValue', () => {
  it('adds the unit in the right plural form', () => {
    expect(formatValue('es', messages, 20000, 'customers-per-member')).toBe(
      '20\u00a0000 clientes por empleado',
    );
    expect(formatValue('es', messages, 1, 'years')).toBe('1 año');
    expect(formatValue('zh', zhMessages, 5000, 'customers-per-member')).toMatch(
      /^5000 \p{Script=Han}/u,
    );
    expect(formatValue('zh', zhMessages, 20000, 'customers-per-member')).toMatch(
      /^2万\p{Script=Han}/u,
    );
  });

  it('leaves the unit out when bare', () => {
    expect(formatValue('es', messages, 2000, 'members-per-group', { bare: true })).toBe('2000');
  });

  it('words booleans and enumerated values', () => {
    expect(formatValue('es', messages, true, undefined)).toBe('sí');
    expect(formatValue('es', messages, 'paid-add-on', undefined)).toBe('complemento de pago');
  });
});

describe('joinUnit', () => {
  it('spaces a number off its unit, but not one Chinese character off another', () => {
    expect(joinUnit('5000', '位客户')).toBe('5000 位客户');
    expect(joinUnit('2万', '位客户')).toBe('2万位客户');
    expect(joinUnit('2000', 'members')).toBe('2000 members');
  });
});

describe('interpolate', () => {
  it('fills placeholders and refuses missing ones', () => {
    expect(interpolate('{a} y {b}', { a: '1', b: '2' })).toBe('1 y 2');
    expect(() => interpolate('{a}', {})).toThrow(/Missing value for \{a\}/);
  });

  it('drops the space a Chinese template puts after a number once the number ends in 万', () => {
    expect(interpolate('{n} 名成员', { n: '2万' })).toBe('2万名成员');
    expect(interpolate('{n} 名成员', { n: '5000' })).toBe('5000 名成员');
    expect(interpolate('{n} members', { n: '2万' })).toBe('2万 members');
  });
});
