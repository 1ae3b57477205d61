import type { Locale } from '../i18n/locales';
import type { Source } from '../data/facts';
import type { Messages } from '../i18n/messages';

/** A source's title for a reader: in their language when we have it, with the original. */
export type SourceTitle = {
  title: string;
  /** The language of `title` when it is not the page's (for a `lang` attribute), else null. */
  lang: string | null;
  /** The title as published, with its language, when `title` is a translation. */
  original: { text: string; lang: string } | null;
};

/** The title a reader of `locale` sees for a source, and the original when it is translated. */
export function sourceTitle(
  source: Source,
  locale: Locale,
  messages: Pick<Messages, 'sourceTitles'>,
): SourceTitle {
  const translated = messages.sourceTitles[source.id as keyof Messages['sourceTitles']];
  if (source.lang === locale) return { title: source.title, lang: null, original: null };
  if (translated === undefined) return { title: source.title, lang: source.lang, original: null };
  return { title: translated, lang: null, original: { text: source.title, lang: source.lang } };
}

/** A source's publisher as the reader's language writes it, else as recorded. */
export function sourcePublisher(
  source: Source,
  messages: Pick<Messages, 'sourcePublishers'>,
): string {
  return messages.sourcePublishers[source.publisher] ?? source.publisher;
}
