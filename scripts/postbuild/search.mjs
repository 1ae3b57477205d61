// The site search's index, made from the finished pages: Pagefind's (one per `<html lang>`, with
// its word segmentation for Chinese). Pages marked `data-pagefind-body` (articles, costs, FAQ,
// glossary) are indexed whole, and each row of a table of figures is indexed again on its own,
// at its anchor on its article, so a search for a figure ("48 horas") lands on the row itself.
import { join, relative, sep } from 'node:path';

import * as pagefind from 'pagefind';

/** Parts of a page that are not its text: actions, footnote marks, print copies, source lists. */
export const excludeSelectors = [
  '.row-actions',
  '.source-refs',
  '.caveat-print',
  // A caveat's summary is its one-word name; the text under it says the same in full.
  '.caveat-mark > summary',
  '.source-section',
  '.article-nav',
  '.poster-link',
];

const searchable = /<main\b[^>]*\sdata-pagefind-body=""/;

/**
 * The element that starts at `start` (an opening `<tag`), through its matching closing tag.
 * @param {string} html
 * @param {number} start
 * @param {string} tag
 * @param {string} file named in errors
 */
function elementAt(html, start, tag, file) {
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  pattern.lastIndex = start + 1;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  throw new Error(`${file}: a <${tag}> at ${start} is never closed`);
}

/** @param {string} element */
const inner = (element) => element.slice(element.indexOf('>') + 1, element.lastIndexOf('</'));

/** Text of a piece of markup, still escaped, so it can go into an attribute as it is. */
const text = (/** @type {string} */ markup) =>
  markup
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The page with a space between adjacent tags: Pagefind joins the text of inline elements that
 * only CSS sets apart ("5 groups per code" + "Corrected: …" would be one word). The result is
 * only read for its words, never shown.
 * @param {string} html
 */
const spaced = (html) => html.replace(/></g, '> <');

/**
 * @typedef {{ url: string, html: string }} SearchRecord a document for the index and the
 *   address (from the site's root, without the base path) its result leads to
 */

/**
 * What the index holds: each searchable page, and each fact row on its own article (the page
 * named like the first part of its id: `groups.qr-linked-groups` on `/<lang>/groups/`). A row
 * that is also in another page's table (the FAQ's, the costs page's) is indexed there as part
 * of that page only.
 * @param {{ url: string, html: string }[]} pages every page of the export, final HTML
 * @returns {SearchRecord[]}
 * @throws when a searchable page has no `<html lang>`, no title or a row without its label
 */
export function searchRecords(pages) {
  /** @type {SearchRecord[]} */
  const records = [];
  for (const page of pages) {
    if (!searchable.test(page.html)) continue;
    records.push({ url: page.url, html: spaced(page.html) });
    const lang = /<html lang="([^"]+)"/.exec(page.html)?.[1];
    const titleAt = page.html.indexOf('<h1');
    if (!lang || titleAt === -1) throw new Error(`${page.url}: no <html lang> or no <h1>`);
    const pageTitle = text(inner(elementAt(page.html, titleAt, 'h1', page.url)));
    const slug = page.url.split('/').filter(Boolean).at(-1);
    for (const match of page.html.matchAll(/<tr id="([^"]+)" class="fact-row[\s"]/g)) {
      const id = match[1];
      if (id.split('.')[0] !== slug) continue;
      const row = elementAt(page.html, match.index, 'tr', page.url);
      const labelAt = row.indexOf('<span class="fact-label');
      if (labelAt === -1) throw new Error(`${page.url}: the row ${id} has no fact-label`);
      const labelElement = elementAt(row, labelAt, 'span', `${page.url}#${id}`);
      const label = inner(labelElement);
      records.push({
        url: `${page.url}#${id}`,
        html: spaced(
          `<!DOCTYPE html><html lang="${lang}"><head><title>${text(label)}</title></head>` +
            `<body><main data-pagefind-body data-pagefind-meta="page:${pageTitle}">` +
            // The label is the record's title once, not again in its row.
            `<h1>${label}</h1><table>${row.replace(labelElement, '')}</table></main></body></html>`,
        ),
      });
    }
  }
  return records;
}

/** Pagefind's ready-made interfaces and highlighter: the site has its own dialog. */
const unused = /^pagefind-(?:[a-z-]*ui|highlight)\./;

/**
 * Pagefind's files for these records, by path under `bundleDir`.
 * @param {SearchRecord[]} records
 * @param {string} bundleDir
 * @returns {Promise<Map<string, Uint8Array>>}
 */
export async function searchIndex(records, bundleDir) {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: record.html });
      if (added.errors.length > 0) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return new Map(
      written.files
        .filter((file) => !unused.test(file.path))
        .map((file) => [join(bundleDir, file.path), file.content]),
    );
  } finally {
    await pagefind.close();
  }
}

/**
 * The search's index, under `pagefind/`, for an export whose pages are about to be written as
 * `pages` (path → final HTML). The dialog that reads it is built with the site's other browser
 * code (scripts/build-browser.mjs).
 * @param {string} outDir
 * @param {Map<string, string | Uint8Array>} pages
 * @returns {Promise<{ writes: Map<string, string | Uint8Array>, summary: string }>}
 */
export async function planSearch(outDir, pages) {
  const documents = [...pages]
    .filter(([path]) => path.endsWith('.html'))
    .map(([path, html]) => ({
      url: `/${relative(outDir, path).split(sep).join('/')}`.replace(/index\.html$/, ''),
      html: String(html),
    }));
  const records = searchRecords(documents);
  const writes = await searchIndex(records, join(outDir, 'pagefind'));
  const rows = records.filter((record) => record.url.includes('#')).length;
  return {
    writes,
    summary: `search: ${records.length - rows} pages and ${rows} figure rows indexed`,
  };
}
