import { getSource } from '@/lib/data/facts';
import { interpolate } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';

type SourceRefsProps = {
  ids: readonly string[];
  footnotes: ReadonlyMap<string, number>;
  messages: Messages;
};

/** Footnote links from a figure to the page's source list. */
export function SourceRefs({ ids, footnotes, messages }: SourceRefsProps) {
  if (ids.length === 0) return null;
  return (
    <sup className="source-refs ms-0.5 whitespace-nowrap">
      [
      {ids.map((id, index) => {
        const n = footnotes.get(id);
        if (n === undefined) throw new Error(`Source "${id}" is cited but not listed on this page`);
        const label = interpolate(messages.table.sourceRef, {
          n: String(n),
          title: getSource(id).title,
        });
        return (
          <span key={id}>
            {index > 0 && ', '}
            <a href={`#fuente-${id}`} aria-label={label} title={label}>
              {n}
            </a>
          </span>
        );
      })}
      ]
    </sup>
  );
}
