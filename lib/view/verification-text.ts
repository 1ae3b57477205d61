import type { VerificationTemplates } from '../schema/words';
import { formatDate, formatDateRange, interpolate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { verificationRange, type Fact } from '../data/facts';

/**
 * When these facts were checked, in words: one date when they share it ("checked on 24 Nov
 * 2026"), else the range, what both ends share said once ("between 24 and 28 Nov 2026").
 * Never "between 24 Nov 2026 and 24 Nov 2026".
 */
export function verificationText(
  locale: Locale,
  facts: readonly Fact[],
  templates: VerificationTemplates,
): string {
  const { oldest, newest } = verificationRange(facts);
  if (oldest === newest) return interpolate(templates.one, { date: formatDate(locale, newest) });
  const range = formatDateRange(locale, oldest, newest);
  return interpolate(templates.range, { oldest: range.from, newest: range.to });
}
