import type { Locale } from '@/lib/i18n/locales';
import { keyFacts } from '@/lib/data/key-facts';
import { getFact } from '@/lib/data/facts';
import type { Difference } from '@/lib/schema/vocabulary';

import { KeyFigure } from '../facts/key-figure';
import type { Messages } from '@/lib/i18n/messages';

type KeyFiguresProps = {
  topic: Difference;
  locale: Locale;
  messages: Messages;
  footnotes: ReadonlyMap<string, number>;
};

/** The article's key figures, both accounts side by side, right after its short answer. */
export function KeyFigures({ topic, locale, messages, footnotes }: KeyFiguresProps) {
  return (
    <div className="not-prose my-6 grid gap-3 sm:grid-cols-3">
      {keyFacts[topic].map((id) => (
        <div key={id} className="difference-card">
          <KeyFigure fact={getFact(id)} locale={locale} messages={messages} footnotes={footnotes} />
        </div>
      ))}
    </div>
  );
}
