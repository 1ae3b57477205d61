import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * Test fixture: an Atom document read with an XML parser (namespace-aware, stopping at the
 * first error), as a feed reader reads it. The unit tests read the generated feed with it, and
 * e2e the exported one.
 */

const atomNs = 'http://www.w3.org/2005/Atom';
const xmlNs = 'http://www.w3.org/XML/1998/namespace';

export type AtomLink = { rel: string; href: string; type: string | null };
export type AtomEntry = {
  id: string;
  title: string;
  updated: string;
  published: string | null;
  links: AtomLink[];
  summary: string | null;
};
export type AtomFeed = {
  /** The root's namespace and name, `{http://www.w3.org/2005/Atom}feed` for Atom. */
  root: string;
  lang: string | null;
  id: string;
  title: string;
  subtitle: string | null;
  updated: string;
  icon: string | null;
  authors: string[];
  links: AtomLink[];
  entries: AtomEntry[];
};

/** The Atom elements called `name` directly inside `parent`. */
function children(parent: Element, name: string): Element[] {
  return [...parent.childNodes].filter(
    (node): node is Element =>
      node.nodeType === node.ELEMENT_NODE &&
      (node as Element).namespaceURI === atomNs &&
      (node as Element).localName === name,
  );
}

function text(parent: Element, name: string): string | null {
  const [element, extra] = children(parent, name);
  if (extra) throw new Error(`More than one <${name}> in <${parent.localName}>`);
  return element?.textContent ?? null;
}

function required(parent: Element, name: string): string {
  const value = text(parent, name);
  if (value === null) throw new Error(`No <${name}> in <${parent.localName}>`);
  return value;
}

function links(parent: Element): AtomLink[] {
  // RFC 4287 §4.2.7.2: a link without rel is an alternate.
  return children(parent, 'link').map((link) => ({
    rel: link.getAttribute('rel') || 'alternate',
    href: link.getAttribute('href') ?? '',
    type: link.getAttribute('type'),
  }));
}

/** Parses an Atom document; throws on anything an XML parser rejects. */
export function readAtom(xml: string): AtomFeed {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const feed = document.documentElement;
  if (!feed) throw new Error('No root element');
  return {
    root: `{${feed.namespaceURI}}${feed.localName}`,
    lang: feed.getAttributeNS(xmlNs, 'lang'),
    id: required(feed, 'id'),
    title: required(feed, 'title'),
    subtitle: text(feed, 'subtitle'),
    updated: required(feed, 'updated'),
    icon: text(feed, 'icon'),
    authors: children(feed, 'author').map((author) => required(author, 'name')),
    links: links(feed),
    entries: children(feed, 'entry').map((entry) => ({
      id: required(entry, 'id'),
      title: required(entry, 'title'),
      updated: required(entry, 'updated'),
      published: text(entry, 'published'),
      links: links(entry),
      summary: text(entry, 'summary'),
    })),
  };
}

/** An RFC 3339 timestamp with its time zone, as Atom dates must be (RFC 4287 §3.3). */
export function isRfc3339(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
