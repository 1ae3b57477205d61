// Only Next's client router reads a page's RSC payload files (`*.txt`), and pages without the
// runtime have no router: deleting theirs takes about 10 MB off the export.
import { basename, dirname, join } from 'node:path';

/**
 * The payload files of a page: for `<dir>/index.html`, `index.txt` and the `__next.*.txt`
 * segments beside it; for another page such as `404.html`, its `404.txt` if there is one.
 * @param {string} page the page's path
 * @param {string[]} siblings the names of the files in the page's folder
 * @returns {string[]} their paths
 */
export function payloadFiles(page, siblings) {
  const name = basename(page);
  const own =
    name === 'index.html'
      ? (/** @type {string} */ sibling) =>
          sibling === 'index.txt' || (sibling.startsWith('__next.') && sibling.endsWith('.txt'))
      : (/** @type {string} */ sibling) => sibling === name.replace(/\.html$/, '.txt');
  return siblings.filter(own).map((sibling) => join(dirname(page), sibling));
}
