import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getSource } from '@/lib/data/facts';

export type SourceDateProps = { id: string; precision?: 'year' | 'month' | 'day' };

const lengths = { year: 4, month: 7, day: 10 };

/** The date of a source, for prose like "in 2014 Tencent confirmed…"; years are data too. */
export function SourceDate({
  id,
  precision = 'day',
  locale,
}: SourceDateProps & { locale: Locale }) {
  const { date } = getSource(id);
  if (!date || date.length < lengths[precision]) {
    throw new Error(`<SourceDate id="${id}">: the source has no ${precision} in its date`);
  }
  return (
    <time dateTime={date.slice(0, lengths[precision])}>
      {formatDate(locale, date.slice(0, lengths[precision]))}
    </time>
  );
}
