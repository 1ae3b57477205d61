import { formatValue, interpolate } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { getLimit, limitId, getSource, presentCell, seedSources } from '@/lib/limits';
import { sourceTitle } from '@/lib/source-title';

export type SeedNoteProps = { id: string };

/**
 * A boxed "before / now" note on a figure that common articles still copy: a correction, a
 * claim nobody confirms, or a dispute between official pages. When the seed described a real,
 * older rule, the box links to the sources that document it (in the page's source list).
 */
export function SeedNote({
  id,
  locale,
  messages,
}: SeedNoteProps & { locale: Locale; messages: Messages }) {
  const fact = getLimit(limitId(id));
  const note = messages.seed.notes[fact.id];
  if (!fact.seed || !note) throw new Error(`<SeedNote id="${id}">: no seed note for this fact`);
  const cell = presentCell(fact.wecom) ?? presentCell(fact.wechat);
  const format = (value: Parameters<typeof formatValue>[2]) =>
    formatValue(locale, messages, value, cell?.unit);
  const values: Record<string, string> = Object.fromEntries(
    fact.seed.values.map((value, index) => [
      `seed${index}`,
      formatValue(locale, messages, value, undefined),
    ]),
  );
  if (cell) values.now = format(cell.value);
  const alt = cell?.alternatives?.[0];
  if (alt) values.alt = format(alt.value);
  return (
    <aside
      aria-label={`${messages.seed.statusTitle[fact.seed.status]}: ${messages.facts[fact.id]}`}
      className="seed-note not-prose my-6 rounded-lg border-s-4 border-amber-600 bg-amber-50 p-4 dark:bg-amber-950/40"
    >
      <p className="font-semibold">{messages.seed.statusTitle[fact.seed.status]}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">
          {messages.seed.before}
          {messages.punctuation.colon.trim()}
        </dt>
        <dd>{interpolate(note.before, values)}</dd>
        <dt className="font-medium">
          {messages.seed.now}
          {messages.punctuation.colon.trim()}
        </dt>
        <dd>{interpolate(note.now, values)}</dd>
      </dl>
      {seedSources(fact).length > 0 && (
        <p className="mt-2 text-sm">
          {messages.seed.history}{' '}
          {seedSources(fact).map((sourceId, index) => {
            const title = sourceTitle(getSource(sourceId), locale, messages);
            return (
              <span key={sourceId}>
                {index > 0 && messages.punctuation.separator}
                <a href={getSource(sourceId).url} lang={title.lang ?? undefined}>
                  {title.title}
                </a>
              </span>
            );
          })}
        </p>
      )}
    </aside>
  );
}
