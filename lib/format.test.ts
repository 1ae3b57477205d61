import { describe, expect, it } from 'vitest';

import { messages } from '@/content/es/messages';

import { formatDate, formatNumber, formatValue, interpolate } from './format';

describe('formatNumber', () => {
  it('groups thousands the Spanish way, four-digit numbers included', () => {
    expect(formatNumber('es', 2000)).toBe('2.000');
    expect(formatNumber('es', 20000)).toBe('20.000');
    expect(formatNumber('es', 500)).toBe('500');
  });
});

describe('formatDate', () => {
  it('formats full, month and year dates', () => {
    expect(formatDate('es', '2026-11-24')).toBe('24 nov 2026');
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
      '20.000 clientes por empleado',
    );
    expect(formatValue('es', messages, 1, 'years')).toBe('1 año');
  });

  it('leaves the unit out when bare', () => {
    expect(formatValue('es', messages, 2000, 'members-per-group', { bare: true })).toBe('2.000');
  });

  it('words booleans and enumerated values', () => {
    expect(formatValue('es', messages, true, undefined)).toBe('sí');
    expect(formatValue('es', messages, 'paid-add-on', undefined)).toBe('complemento de pago');
  });
});

describe('interpolate', () => {
  it('fills placeholders and refuses missing ones', () => {
    expect(interpolate('{a} y {b}', { a: '1', b: '2' })).toBe('1 y 2');
    expect(() => interpolate('{a}', {})).toThrow(/Missing value for \{a\}/);
  });
});
