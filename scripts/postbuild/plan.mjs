// The whole post-build, computed in memory before anything is written: a page the steps do not
// recognise stops it while out/ is still exactly as `next build` left it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

import { completeMarker } from './commit.mjs';
import { withCompileHint } from './compile-hint.mjs';
import { deferRuntime } from './defer-runtime.mjs';
import { netlifyHeaders, serveConfig } from './headers.mjs';
import { payloadFiles } from './payload-files.mjs';
import { contentSecurityPolicy, inlineScriptHashes, withPolicyMeta } from './security.mjs';
import { stripRuntime } from './strip-runtime.mjs';

/** A page keeps the runtime by rendering an element with `data-hydrate` (the quiz does). */
const hydrates = (/** @type {string} */ html) => /<[a-z][^>]*\sdata-hydrate[=\s>]/.test(html);

/** @param {string} dir */
const fileNames = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

/**
 * Every page of the export; `_next/` holds the framework's files, not pages.
 * @param {string} dir
 * @returns {string[]}
 */
function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const kb = (/** @type {number} */ bytes) => `${Math.round(bytes / 1024)} KB`;

/**
 * What the post-build changes in an export, read from it but not written: pages without
 * `data-hydrate` lose the runtime and their payload files;
 * pages with it load the framework after the first paint, its chunks compiled eagerly.
 * @param {string} outDir
 * @param {import('../../shared/site-config.mjs').SiteConfig} site where the export will be served
 * @returns {{ writes: Map<string, string>, removals: string[], address: string, summary: string }}
 *   new content by path, paths to delete, the site's address and one line for the build log
 * @throws when out/ was post-processed already, or a page holds a script the steps do not
 *   recognise (the message names the page and the script)
 */
export function planPostbuild(outDir, site) {
  if (existsSync(join(outDir, completeMarker))) {
    throw new Error(
      `${join(outDir, completeMarker)} exists: the export was post-processed already (npm run build starts afresh)`,
    );
  }
  /** @type {Map<string, string>} */
  const writes = new Map();
  /** @type {string[]} */
  const removals = [];
  /** @type {Set<string>} */
  const chunks = new Set();
  let leanPages = 0;
  let htmlBytes = 0;
  let payloadBytes = 0;
  let interactivePages = 0;

  /** @type {import('./headers.mjs').PagePolicy[]} */
  const policies = [];
  /**
   * The page as it ships: with the policy of exactly the scripts it carries now.
   * @param {string} page
   * @param {string} html
   */
  const secured = (page, html) => {
    const hashes = inlineScriptHashes(html, page);
    const file = relative(outDir, page).split(sep).join('/');
    policies.push({
      path: `${site.basePath}/${file === '404.html' ? file : file.replace(/index\.html$/, '')}`,
      file,
      policy: contentSecurityPolicy(hashes, { header: true }),
    });
    return withPolicyMeta(html, contentSecurityPolicy(hashes), page);
  };

  for (const page of pages(outDir)) {
    const html = readFileSync(page, 'utf8');
    if (hydrates(html)) {
      const deferred = deferRuntime(html, page);
      writes.set(page, secured(page, deferred.html));
      for (const chunk of deferred.chunks) chunks.add(chunk);
      interactivePages += 1;
      continue;
    }
    const stripped = stripRuntime(html, page);
    writes.set(page, secured(page, stripped));
    htmlBytes += html.length - stripped.length;
    for (const payload of payloadFiles(page, fileNames(dirname(page)))) {
      payloadBytes += statSync(payload).size;
      removals.push(payload);
    }
    leanPages += 1;
  }
  writes.set(join(outDir, '_headers'), netlifyHeaders(policies, site.basePath));
  writes.set(join(outDir, 'serve.json'), `${JSON.stringify(serveConfig(policies), null, 2)}\n`);

  for (const chunk of chunks) {
    const file = join(outDir, chunk.slice(site.basePath.length));
    const code = readFileSync(file, 'utf8');
    const hinted = withCompileHint(code);
    if (hinted !== code) writes.set(file, hinted);
  }

  const summary =
    `postbuild: ${leanPages} pages without the runtime (${kb(htmlBytes)} of HTML and ` +
    `${kb(payloadBytes)} of payload files removed), ` +
    `${interactivePages} interactive pages load it after the first paint (${chunks.size} scripts compiled eagerly); ` +
    `a script policy for each of the ${policies.length} pages, also in _headers and serve.json`;
  return { writes, removals, address: `${site.origin}${site.basePath}`, summary };
}
