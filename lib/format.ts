import { htmlLang, type Locale, type Messages } from './i18n';
import type { EnumValue, Unit } from './vocabulary';

type Value = number | boolean | EnumValue;

/** The strings `formatValue` needs; a slice, so client components need not ship every message. */
export type ValueMessages = Pick<Messages, 'units' | 'enums' | 'booleans'>;

// Building an Intl formatter loads locale data; on a phone each costs milliseconds, and the
// quiz formats every figure it shows.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function cached<T>(cache: Map<Locale, T>, locale: Locale, create: (tag: string) => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = create(htmlLang(locale));
    cache.set(locale, value);
  }
  return value;
}

/**
 * A number with thousands separators. `useGrouping: 'always'` because Spanish CLDR data
 * leaves four-digit numbers ungrouped ("2000"), which reads inconsistently next to "20.000".
 */
export function formatNumber(locale: Locale, value: number): string {
  return cached(
    numberFormats,
    locale,
    (tag) => new Intl.NumberFormat(tag, { useGrouping: 'always' }),
  ).format(value);
}

/** A full (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) date in the locale's words. */
export function formatDate(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`Not a date: "${date}"`);
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'medium', timeZone: 'UTC' }
      : month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(htmlLang(locale), options).format(when);
}

/** The unit's label in the plural form that fits `count`. */
export function formatUnit(
  locale: Locale,
  messages: Pick<Messages, 'units'>,
  unit: Unit,
  count: number,
): string {
  return messages.units[unit][pluralForm(locale, count)];
}

/** The plural form of `count` that our catalogs distinguish. */
export function pluralForm(locale: Locale, count: number): 'one' | 'other' {
  const rules = cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * A fact value split into its headline and its unit: { main: '20.000', unit: 'clientes por
 * empleado' }, or { main: 'sí' } for yes/no and enumerated values.
 */
export function formatValueParts(
  locale: Locale,
  messages: ValueMessages,
  value: Value,
  unit: Unit | undefined,
): { main: string; unit?: string } {
  if (typeof value === 'boolean')
    return { main: value ? messages.booleans.yes : messages.booleans.no };
  if (typeof value === 'string') return { main: messages.enums[value] };
  const main = formatNumber(locale, value);
  return unit === undefined ? { main } : { main, unit: formatUnit(locale, messages, unit, value) };
}

/**
 * A fact value as a reader sees it: "20.000 clientes por empleado", "sí", or an enumerated
 * label. With `bare`, a number comes without its unit.
 */
export function formatValue(
  locale: Locale,
  messages: ValueMessages,
  value: Value,
  unit: Unit | undefined,
  { bare = false }: { bare?: boolean } = {},
): string {
  const parts = formatValueParts(locale, messages, value, unit);
  return bare || parts.unit === undefined ? parts.main : `${parts.main} ${parts.unit}`;
}

/** Replaces `{name}` placeholders; an unknown placeholder is an error, not a silent blank. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
    return value;
  });
}
