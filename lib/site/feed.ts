import { Feed, type Item } from 'feed';

import {
  changeAnchor,
  changeText,
  type PublishedChange,
  type PublishedValueChange,
} from '../data/changes';
import { htmlLang, type Locale } from '../i18n/locales';
import { getFact, asFactId, getSource } from '../data/facts';
import { paths } from './paths';
import { seedNoteText } from '../view/seed-note';
import type { SharePage } from './share-pages';
import { absoluteUrl } from './site';
import { sourceTitle } from '../view/source-title';
import type { Messages } from '../i18n/messages';

/** What the feed says of a new page. */
export type FeedPage = Pick<SharePage, 'key' | 'path' | 'title' | 'description'>;

export type ChangesFeedInput = {
  locale: Locale;
  messages: Messages;
  /** The language's pages, to name and link the new ones. */
  pages: readonly FeedPage[];
  /** The changelog, oldest first. */
  changes: readonly PublishedChange[];
};

/** The feed's title, also the title of the `<link rel="alternate">` every page carries. */
export function feedTitle(messages: Messages): string {
  return `${messages.changes.title} · ${messages.site.name}`;
}

/**
 * The Atom feed (RFC 4287) of a language's changes page: one entry per changelog entry, newest
 * first, in the reader's language. Every id and link is absolute. An entry's id is its anchor
 * on the changes page, made of what identifies the change (never its wording), and every date
 * comes from the changelog, so a rebuild writes the same file until the changelog changes.
 */
export function changesFeed({ locale, messages, pages, changes }: ChangesFeedInput): string {
  const newest = changes
    .map((change) => change.date)
    .sort()
    .at(-1);
  if (!newest) throw new Error('The changes feed needs at least one changelog entry');
  const self = absoluteUrl(paths.feed(locale));
  const feed = new Feed({
    id: self,
    title: feedTitle(messages),
    description: messages.changes.description,
    link: absoluteUrl(paths.page(locale, 'changes')),
    feedLinks: { atom: self },
    updated: startOfDay(newest),
    author: { name: messages.site.name, link: absoluteUrl(paths.home(locale)) },
    favicon: absoluteUrl(paths.file('icon-192.png')),
  });
  const pageByKey = new Map(pages.map((page) => [page.key, page]));
  for (const change of [...changes].reverse()) {
    const common = {
      id: absoluteUrl(paths.change(locale, changeAnchor(change))),
      date: startOfDay(change.date),
      published: startOfDay(change.date),
    };
    if (change.change === 'new-page') {
      const page = pageByKey.get(change.page);
      if (!page) throw new Error(`The changes feed has no page "${change.page}" in ${locale}`);
      feed.addItem({
        ...common,
        title: escapeHtml(label(messages, messages.changes.kinds[change.change], page.title)),
        link: absoluteUrl(page.path),
        description: paragraphs([page.description]),
      });
    } else {
      feed.addItem({ ...common, ...valueEntry(change, locale, messages), link: common.id });
    }
  }
  return withLanguage(feed.atom1(), htmlLang(locale));
}

/** A change of a figure: which side of which fact, and before / now as the changes page says. */
function valueEntry(
  change: PublishedValueChange,
  locale: Locale,
  messages: Messages,
): Pick<Item, 'title' | 'description'> {
  const { punctuation } = messages;
  const fact = getFact(asFactId(change.fact));
  const side = `${messages.facts[fact.id]}${punctuation.open}${messages.accounts[change.account]}${punctuation.close}`;
  const text =
    change.change === 'seed-correction'
      ? seedNoteText(fact.id, locale, messages)
      : {
          before: changeText(change, locale, messages).from,
          now: changeText(change, locale, messages).to,
        };
  const sources = change.sources
    .map((id) => sourceTitle(getSource(id), locale, messages).title)
    .join(' · ');
  return {
    title: escapeHtml(label(messages, side, messages.changes.kinds[change.change])),
    description: paragraphs([
      label(messages, messages.seed.before, text.before),
      label(messages, messages.seed.now, text.now),
      ...(sources ? [label(messages, messages.changes.sources, sources)] : []),
    ]),
  };
}

/** "Label: text", with the language's colon ("：" in Chinese). */
function label(messages: Messages, name: string, text: string): string {
  return `${name}${messages.punctuation.colon}${text}`;
}

/** Plain text as the HTML the feed's summaries are: each line a paragraph. */
function paragraphs(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

/** Feed readers read titles and summaries as HTML (`type="html"`): text must not be markup. */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A changelog day as an RFC 3339 timestamp: its start, in UTC. */
function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const feedStart = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * The feed's language on its root (`xml:lang`), so readers pick the right fonts and voice:
 * Chinese text read as Japanese gets the wrong glyphs. The `feed` package writes a language
 * only into RSS, so it is added to the one root element it writes.
 */
function withLanguage(xml: string, lang: string): string {
  if (xml.split(feedStart).length !== 2)
    throw new Error('Unexpected Atom root from the feed package');
  return xml.replace(feedStart, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
}
