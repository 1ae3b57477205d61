import { publishedChangelog } from '../data/changes';
import { changesFeed } from './feed';
import { isLocale } from '../i18n/locales';
import { getMessages } from './messages';
import { sharePages } from './share-pages';

/** The feed of `/<lang>/feed.xml`; 404 for a segment that is not a language. */
export async function feedResponse(lang: string): Promise<Response> {
  if (!isLocale(lang)) return new Response('Not found', { status: 404 });
  const xml = changesFeed({
    locale: lang,
    messages: getMessages(lang),
    pages: await sharePages(lang),
    changes: publishedChangelog(),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
