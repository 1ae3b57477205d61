import type { Locale } from '@/lib/i18n/locales';
import { getFact, asFactId, getSource, seedSources } from '@/lib/data/facts';
import { seedNoteText } from '@/lib/view/seed-note';
import { sourceTitle } from '@/lib/view/source-title';
import type { Messages } from '@/lib/i18n/messages';

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
  const fact = getFact(asFactId(id));
  const text = seedNoteText(id, locale, messages);
  return (
    <aside
      aria-label={`${text.title}: ${messages.facts[fact.id]}`}
      className="seed-note not-prose my-6 rounded-lg border-s-4 border-amber-600 bg-amber-50 p-4 dark:bg-amber-950/40"
    >
      <p className="font-semibold">{text.title}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">
          {messages.seed.before}
          {messages.punctuation.colon.trim()}
        </dt>
        <dd>{text.before}</dd>
        <dt className="font-medium">
          {messages.seed.now}
          {messages.punctuation.colon.trim()}
        </dt>
        <dd>{text.now}</dd>
      </dl>
      {seedSources(fact).length > 0 && (
        <p className="mt-2 text-sm">
          {messages.seed.history}
          {messages.punctuation.colon}
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
