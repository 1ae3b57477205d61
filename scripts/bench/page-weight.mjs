// What a page of the export weighs, gzipped, split into what reading it needs (its HTML without
// scripts, and its stylesheets) and the scripts it carries (inline, loaded from the site, and the
// JSON they read), for the budget that holds a page's scripts to a multiple of its HTML and CSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * @param {string} outDir the export
 * @param {string} path the page's address from the site's root, without the base path ("/es/costs/")
 * @param {string} [basePath] what the export's own addresses start with ("/wecom")
 * @returns {{ htmlCss: number, scripts: number, files: string[] }} gzipped bytes, and the script
 *   files counted
 */
export function pageWeight(outDir, path, basePath = '') {
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const file = (/** @type {string} */ src) =>
    readFileSync(join(outDir, src.slice(basePath.length)));
  const gz = (/** @type {string | Buffer} */ content) => gzipSync(content).length;

  const reading = html.replace(scriptElement, '').replace(/<link[^>]+as="script"[^>]*>/g, '');
  const stylesheets = [...reading.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    ([, href]) => href,
  );
  const htmlCss = gz(reading) + stylesheets.reduce((sum, href) => sum + gz(file(href)), 0);

  /** @type {string[]} */
  const files = [];
  let scripts = 0;
  for (const [, attributes, body] of html.matchAll(scriptElement)) {
    // JSON-LD is for search engines, not run; it is part of what the page says.
    if (attributes.includes('application/ld+json')) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    // `nomodule` polyfills are never loaded by the browsers the site is for.
    if (src && /\snoModule/i.test(attributes)) continue;
    if (src) files.push(src);
    else if (body) scripts += gz(body);
  }
  // The framework's files an interactive page's loader fetches after the first paint.
  for (const [, src] of html.matchAll(/"((?:\/[\w.~-]+)*\/_next\/static\/[^"]+\.js)"/g)) {
    if (!files.includes(src) && !new RegExp(`src="${src}" noModule`).test(html)) files.push(src);
  }
  scripts += files.reduce((sum, src) => sum + gz(file(src)), 0);
  return { htmlCss, scripts, files };
}
