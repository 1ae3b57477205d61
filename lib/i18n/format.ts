import { htmlLang, type Locale } from './locales';
import type { EnumValue, Unit } from '../schema/vocabulary';
import type { Messages } from './messages';

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

const hanAtEnd = /\p{Script=Han}$/u;
const ten = 10_000;
const hundredMillion = 100_000_000;

/**
 * A number as each language's editors write it, the one rule for every surface (tables, prose,
 * images, quiz, estimator):
 * - es: the RAE rule: four-digit numbers stand alone ("2000"), longer ones are grouped in threes
 *   by a non-breaking space ("20 000"), which also reads the same in Mexico (20,000) and Spain
 *   (20.000); decimals keep Intl's comma.
 * - zh: GB/T 15835 for general (not technical) writing: digits ungrouped ("5000", "47800"), a
 *   round large number in 万 or 亿 as Chinese sources write it ("2万", "1.5万", "50万"); any
 *   other keeps every digit, so an exact figure stays exact.
 * - en: thousands always grouped ("2,000").
 */
export function formatNumber(locale: Locale, value: number): string {
  if (locale === 'zh') {
    const magnitude = Math.abs(value);
    if (magnitude >= hundredMillion && magnitude % (hundredMillion / 10) === 0)
      return `${value / hundredMillion}亿`;
    if (magnitude >= ten && magnitude % (ten / 10) === 0) return `${value / ten}万`;
  }
  const formatted = cached(
    numberFormats,
    locale,
    // 'min2' leaves four-digit numbers ungrouped; English groups them anyway, Chinese never.
    (tag) =>
      new Intl.NumberFormat(tag, {
        useGrouping: locale === 'en' ? 'always' : locale === 'zh' ? false : 'min2',
      }),
  ).format(value);
  return locale === 'es' ? formatted.replace(/\./g, '\u00a0') : formatted;
}

/** A full (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) date in the locale's words. */
export function formatDate(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`Not a date: "${date}"`);
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Spanish prose writes a date in full ("24 de noviembre de 2026"); the medium style's
  // "24 nov 2026" reads as a form field there, while en and zh read naturally in it.
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: locale === 'es' ? 'long' : 'medium', timeZone: 'UTC' }
      : month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(htmlLang(locale), options).format(when);
}

/**
 * Two full dates (YYYY-MM-DD, `from` not after `to`) as the two ends of a range, what the two
 * share said once, for a template that joins them ("{from}至{to}", "entre el {from} y el {to}",
 * "between {from} and {to}"): zh "2026年11月24日" … "28日", es "24" … "28 de noviembre de 2026",
 * en "Nov 24" … "Nov 28, 2026". Intl's formatRange would join them itself, but its zh-CN output
 * ("2026/11/24 – 2026/11/28") is not what a Chinese editor writes.
 */
export function formatDateRange(
  locale: Locale,
  from: string,
  to: string,
): { from: string; to: string } {
  const [fromYear, fromMonth] = from.split('-');
  const [toYear, toMonth] = to.split('-');
  const sameYear = fromYear === toYear;
  const sameMonth = sameYear && fromMonth === toMonth;
  const part = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(htmlLang(locale), { ...options, timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  if (!sameYear) return { from: formatDate(locale, from), to: formatDate(locale, to) };
  // Chinese writes the largest unit first, so the end drops what the start already said;
  // Spanish and English write the year last, so the start drops it.
  if (locale === 'zh')
    return {
      from: formatDate(locale, from),
      to: part(to, sameMonth ? { day: 'numeric' } : { month: 'long', day: 'numeric' }),
    };
  if (locale === 'es')
    return {
      from: part(from, sameMonth ? { day: 'numeric' } : { day: 'numeric', month: 'long' }),
      to: formatDate(locale, to),
    };
  return { from: part(from, { month: 'short', day: 'numeric' }), to: formatDate(locale, to) };
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
  return bare || parts.unit === undefined ? parts.main : joinUnit(parts.main, parts.unit);
}

/**
 * A number and its unit. A space sets a number off its unit, but never two Chinese characters
 * apart: "5000 位客户", "2万位客户".
 */
export function joinUnit(main: string, unit: string): string {
  return hanAtEnd.test(main) ? `${main}${unit}` : `${main} ${unit}`;
}

/**
 * Replaces `{name}` placeholders; an unknown placeholder is an error, not a silent blank. A
 * Chinese template spaces a number off the word after it ("{count} 名成员"); when the number
 * ends in 万 or 亿 ("2万") that space would sit between two Chinese characters, so it goes.
 */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(
    /\{(\w+)\}( (?=\p{Script=Han}))?/gu,
    (_, name: string, space: string | undefined) => {
      const value = values[name];
      if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
      return space === undefined || hanAtEnd.test(value) ? value : `${value}${space}`;
    },
  );
}
