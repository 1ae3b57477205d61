import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';

import { isRfc3339, readAtom } from './__fixtures__/atom';
import {
  changeAnchor,
  changeText,
  publishedChangelog,
  type PublishedChange,
  type PublishedValueChange,
} from '../data/changes';
import { changesFeed, feedTitle, type FeedPage } from './feed';
import { htmlLang, locales, type Locale } from '../i18n/locales';
import { getFacts } from '../data/facts';
import { getMessages } from './messages';
import { pageKeys } from '../schema/page-keys';
import { paths } from './paths';
import { seedNoteText } from '../view/seed-note';
import { absoluteUrl, siteUrl } from './site';
import type { Messages } from '../i18n/messages';

// The page list is read from MDX at build time, which unit tests cannot import: a stand-in with
// every key. What an entry says of a page comes from this list, so the test names its own.
function pagesOf(locale: Locale, title = (key: string) => `Page ${key}`): FeedPage[] {
  return pageKeys.map((key) => ({
    key,
    path: key === 'home' ? paths.home(locale) : paths.page(locale, key),
    title: title(key),
    description: `What ${key} says`,
  }));
}

function feedOf(
  locale: Locale,
  options: { messages?: Messages; pages?: FeedPage[]; changes?: PublishedChange[] } = {},
) {
  const xml = changesFeed({
    locale,
    messages: options.messages ?? getMessages(locale),
    pages: options.pages ?? pagesOf(locale),
    changes: options.changes ?? publishedChangelog(),
  });
  return { xml, feed: readAtom(xml) };
}

/** An absolute URL of this site (with its base path), not a path or another host's. */
function expectSiteUrl(url: string) {
  expect(new URL(url).href).toBe(url);
  expect(url.startsWith(`${siteUrl}/`), url).toBe(true);
}

describe.each(locales)('the changes feed in %s', (locale) => {
  const messages = getMessages(locale);
  // Each test makes its feed itself, so a mutant of lib/site/feed.ts is live while it runs.

  it('is an Atom feed in the language, named and linked with absolute addresses', () => {
    const { feed } = feedOf(locale);
    expect(feed.root).toBe('{http://www.w3.org/2005/Atom}feed');
    expect(feed.lang).toBe(htmlLang(locale));
    expect(feed.title).toBe(feedTitle(messages));
    expect(feed.subtitle).toBe(messages.changes.description);
    expect(feed.authors).toEqual([messages.site.name]);
    expect(feed.id).toBe(absoluteUrl(paths.feed(locale)));
    expect(feed.links).toEqual([
      { rel: 'alternate', href: absoluteUrl(paths.page(locale, 'changes')), type: null },
      { rel: 'self', href: absoluteUrl(paths.feed(locale)), type: null },
    ]);
    for (const url of [feed.id, feed.icon!, ...feed.links.map((link) => link.href)])
      expectSiteUrl(url);
  });

  it('has one entry per changelog entry, newest first, each with a unique absolute id', () => {
    const { feed } = feedOf(locale);
    expect(feed.entries).toHaveLength(changelog.length);
    const ids = feed.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      publishedChangelog()
        .reverse()
        .map((change) => absoluteUrl(paths.change(locale, changeAnchor(change)))),
    );
    for (const entry of feed.entries) {
      expectSiteUrl(entry.id);
      expect(entry.links).toHaveLength(1);
      expectSiteUrl(entry.links[0]!.href);
    }
  });

  it('dates every entry by its change, in RFC 3339, and the feed by the newest', () => {
    const { feed } = feedOf(locale);
    const days = publishedChangelog()
      .reverse()
      .map((change) => change.date);
    expect(feed.entries.map((entry) => entry.updated.slice(0, 10))).toEqual(days);
    for (const entry of feed.entries) {
      expect(isRfc3339(entry.updated), entry.updated).toBe(true);
      expect(entry.published).toBe(entry.updated);
    }
    expect(isRfc3339(feed.updated)).toBe(true);
    expect(feed.updated.slice(0, 10)).toBe([...days].sort().at(-1));
  });

  it('links a new page to the page, and says what it is about', () => {
    const { feed } = feedOf(locale);
    const entry = feed.entries.find((candidate) => candidate.id.endsWith('#new-page-faq'))!;
    expect(entry.title).toBe(
      `${messages.changes.kinds['new-page']}${messages.punctuation.colon}Page faq`,
    );
    expect(entry.links[0]!.href).toBe(absoluteUrl(paths.page(locale, 'faq')));
    expect(entry.summary).toBe('<p>What faq says</p>');
  });

  it('links a corrected figure to its entry on the changes page, with the note the page shows', () => {
    const { feed } = feedOf(locale);
    const change = publishedChangelog().find(
      (candidate): candidate is PublishedValueChange => candidate.change === 'seed-correction',
    )!;
    const id = absoluteUrl(paths.change(locale, changeAnchor(change)));
    const entry = feed.entries.find((candidate) => candidate.id === id)!;
    expect(entry.links[0]!.href).toBe(id);
    expect(entry.title).toContain(messages.facts[change.fact as keyof Messages['facts']]);
    expect(entry.title).toContain(messages.accounts[change.account]);
    expect(entry.title).toContain(messages.changes.kinds['seed-correction']);
    // The notes have no & < > to escape; escaping has its own test below.
    const note = seedNoteText(change.fact, locale, messages);
    expect(entry.summary).toContain(
      `${messages.seed.before}${messages.punctuation.colon}${note.before}`,
    );
    expect(entry.summary).toContain(`${messages.seed.now}${messages.punctuation.colon}${note.now}`);
  });
});

describe('changesFeed', () => {
  it('writes the same file twice: nothing in it depends on when it is built', () => {
    expect(feedOf('es').xml).toBe(feedOf('es').xml);
  });

  it('keeps every id when the wording changes', () => {
    const messages = getMessages('en');
    const reword = <T extends object>(labels: T) =>
      Object.fromEntries(
        Object.entries(labels).map(([key, label]) => [key, `${label} (reworded)`]),
      ) as T;
    const reworded: Messages = {
      ...messages,
      facts: reword(messages.facts),
      accounts: reword(messages.accounts),
      changes: {
        ...messages.changes,
        title: 'Another title',
        kinds: reword(messages.changes.kinds),
      },
    };
    const before = feedOf('en').feed;
    const after = feedOf('en', {
      messages: reworded,
      pages: pagesOf('en', (key) => `Renamed ${key}`),
    }).feed;
    expect(after.entries.map((entry) => entry.title)).not.toEqual(
      before.entries.map((entry) => entry.title),
    );
    expect(after.entries.map((entry) => entry.id)).toEqual(before.entries.map((entry) => entry.id));
    expect(after.id).toBe(before.id);
  });

  it('states an update of ours as its values before and now, and its sources', () => {
    const fact = getFacts().find((candidate) => 'value' in candidate.wecom)!;
    const published = publishedChangelog();
    const update: PublishedValueChange = {
      date: '2027-01-15',
      fact: fact.id,
      account: 'wecom',
      change: 'update',
      from: [7],
      fromUnit: null,
      to: 8,
      toUnit: null,
      sources: [...('sources' in fact.wecom ? fact.wecom.sources : [])],
    };
    const messages = getMessages('es');
    const { feed } = feedOf('es', { changes: [...published, update] });
    expect(feed.updated).toBe('2027-01-15T00:00:00.000Z');
    const [entry] = feed.entries;
    expect(entry!.id).toBe(absoluteUrl(paths.change('es', changeAnchor(update))));
    const { from, to } = changeText(update, 'es', messages);
    expect(entry!.summary).toContain(`<p>${messages.seed.before}: ${from}</p>`);
    expect(entry!.summary).toContain(`<p>${messages.seed.now}: ${to}</p>`);
    expect(entry!.summary).toContain(`<p>${messages.changes.sources}: `);
    expect(entry!.title).toContain(messages.changes.kinds.update);
  });

  it('writes markup in titles and summaries as text', () => {
    const { feed } = feedOf('en', { pages: pagesOf('en', (key) => `<b>${key}</b> & more`) });
    const entry = feed.entries.find((candidate) => candidate.id.endsWith('#new-page-faq'))!;
    expect(entry.title).toBe('New page: &lt;b&gt;faq&lt;/b&gt; &amp; more');
  });

  it('refuses a changelog without entries, or a new page it cannot name', () => {
    expect(() => feedOf('es', { changes: [] })).toThrow(/at least one/);
    expect(() => feedOf('es', { pages: [] })).toThrow(/no page "/);
  });
});
