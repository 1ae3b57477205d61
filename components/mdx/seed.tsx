import { formatValue } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getFact, asFactId } from '@/lib/data/facts';
import type { Messages } from '@/lib/i18n/messages';

export type SeedProps = { id: string; index?: number };

/** A figure the commonly copied seed article gave, formatted like today's figures. */
export function Seed({
  id,
  index = 0,
  locale,
  messages,
}: SeedProps & { locale: Locale; messages: Messages }) {
  const value = getFact(asFactId(id)).seed?.values[index];
  if (value === undefined)
    throw new Error(`<Seed id="${id}" index={${index}}>: no such seed value`);
  return (
    <span data-seed={id} data-value={String(value)}>
      {formatValue(locale, messages, value, undefined)}
    </span>
  );
}
