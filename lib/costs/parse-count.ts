import type { CountError } from '@/lib/schema/costs-words';

/**
 * A count typed into the estimator, read the way people write it: "1000", "1.000", "1,000",
 * "1 000" (any space, including the narrow no-break space French and Spanish typography use)
 * and full-width digits from a Chinese keyboard. A count is a whole number, so a separator
 * followed by exactly three digits is a thousands separator whatever the locale; anything else
 * ("1,5", "-3", "abc", "1e9") is refused with the reason, never read as NaN or as a guess.
 */

/** Above this, a field is a typo rather than an organisation (WeCom's largest are far smaller). */
export const maxCount = 10_000_000;

export type ParsedCount = { ok: true; value: number } | { ok: false; error: CountError };

const grouped = /^\d{1,3}(?:([.,' \u00a0\u202f])\d{3})?(?:\1\d{3})*$/;

export function parseCount(text: string): ParsedCount {
  const normalised = text
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uff0c]/g, ',')
    .replace(/[\uff0e]/g, '.')
    .trim();
  if (normalised === '') return { ok: false, error: 'empty' };
  if (/^[-\u2212]/.test(normalised) && /\d/.test(normalised))
    return { ok: false, error: 'negative' };
  if (/^\d+$/.test(normalised) || grouped.test(normalised)) {
    const value = Number(normalised.replace(/\D/g, ''));
    return value > maxCount ? { ok: false, error: 'too-large' } : { ok: true, value };
  }
  if (/^\d+(?:[.,]\d+)?$/.test(normalised)) return { ok: false, error: 'not-whole' };
  return { ok: false, error: 'not-a-number' };
}
