// The bench's measures, read from what the tools give: a Lighthouse report, a page's HTML, the
// build's manifests, the export's files. Pure functions; run.mjs does the reading and running.
import { runInNewContext } from 'node:vm';

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcpMs: number, tbtMs: number, cls: number, totalBytes: number, jsBytes: number,
 *   htmlBytes: number, requests: number }} Sample
 * @typedef {Sample & { tbtRangeMs: [number, number] }} Medians
 * @typedef {{ src: string, role: 'app' | 'framework' | 'nomodule', gzip: number }} Script
 * @typedef {{ locale: string, kind: string, path: string, budget: string,
 *   median: Medians, control: Medians, baseline: { totalBytes: number, requests: number },
 *   ratio: number, scripts: Script[],
 *   weight?: { htmlCss: number, scripts: number, files: string[] } }} PageResult
 */

/**
 * The middle value (the upper one of an even count).
 * @param {readonly number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.floor(sorted.length / 2)]);
}

/**
 * What the bench keeps of one Lighthouse run.
 * @param {any} lhr Lighthouse's result
 * @returns {Sample}
 */
export function sampleOf(lhr) {
  /** @type {{ resourceType?: string, transferSize?: number }[]} */
  const requests = lhr.audits['network-requests'].details?.items ?? [];
  const bytes = (/** @type {string} */ type) =>
    requests
      .filter((r) => r.resourceType === type)
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const score = (/** @type {string} */ name) => Math.round((lhr.categories[name].score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    totalBytes: Math.round(lhr.audits['total-byte-weight'].numericValue),
    jsBytes: bytes('Script'),
    htmlBytes: bytes('Document'),
    requests: requests.length,
  };
}

/**
 * Medians of every measure, and the spread of TBT, the noisiest one.
 * @param {readonly Sample[]} samples at least one
 * @returns {Medians}
 */
export function medianOf(samples) {
  const tbt = samples.map((s) => s.tbtMs);
  const keys = /** @type {(keyof Sample)[]} */ (Object.keys(samples[0] ?? {}));
  return /** @type {Medians} */ ({
    ...Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))])),
    tbtRangeMs: [Math.min(...tbt), Math.max(...tbt)],
  });
}

/**
 * A page reduced to HTML and CSS (what a static page can physically weigh), and the style
 * sheets it links.
 * @param {string} html
 */
export function baselineOf(html) {
  const reduced = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+as="script"[^>]*>/g, '');
  const styleSheets = [...reduced.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    ([, href]) => /** @type {string} */ (href),
  );
  return { html: reduced, styleSheets };
}

/**
 * Every script a page names, in a tag or in the loader that fetches the framework after the
 * first paint, once each, and whether it is a `nomodule` polyfill (never loaded by the browsers
 * Lighthouse stands for).
 * @param {string} html
 * @returns {{ src: string, nomodule: boolean }[]}
 */
export function scriptsNamed(html) {
  const sources = new Set(
    [...html.matchAll(/"(\/_next\/static\/[^"]+\.js)"/g)].map(([, src]) => String(src)),
  );
  return [...sources].map((src) => ({
    src,
    nomodule: html.includes(`src="${src}" noModule`),
  }));
}

/**
 * The chunks the build made for a page's own client code: its entry in the page's client
 * reference manifest (`.next/server/app/<route>/page_client-reference-manifest.js`), as paths
 * under `_next/` ("static/chunks/….js"). The layout's, the router's and React's are not in it.
 * @param {string} manifestSource the manifest file's text (a script that fills a global)
 * @param {string} route the page's route, e.g. "/[lang]/quiz"
 * @returns {string[]}
 */
export function pageChunks(manifestSource, route) {
  /** @type {{ __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> }} */
  const sandbox = {};
  runInNewContext(manifestSource, sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[`${route}/page`];
  if (!manifest) throw new Error(`No client reference manifest for ${route}/page`);
  return manifest.entryJSFiles?.[`[project]/app${route}/page`] ?? [];
}

/**
 * The route a page of the bench comes from: its language's segment is `[lang]`.
 * @param {string} path e.g. "/es/quiz/"
 */
export function routeOf(path) {
  return path.replace(/^\/[^/]+/, '/[lang]').replace(/\/$/, '');
}

/**
 * Whose each script is: the page's own ("app": a chunk of its entry, see `pageChunks`), a
 * `nomodule` polyfill, or the framework's (React, the router, the runtime).
 * @param {{ src: string, nomodule: boolean }[]} scripts
 * @param {readonly string[]} ownChunks paths under `_next/`
 * @param {string} basePath
 * @returns {Omit<Script, 'gzip'>[]}
 */
export function scriptRoles(scripts, ownChunks, basePath = '') {
  const own = new Set(ownChunks.map((file) => `${basePath}/_next/${file}`));
  return scripts.map(({ src, nomodule }) => ({
    src,
    role: nomodule ? 'nomodule' : own.has(src) ? 'app' : 'framework',
  }));
}

/**
 * The share images with the time each took to render, when the build recorded it.
 * @param {{ path: string, bytes: number }[]} files
 * @param {{ path: string, ms: number }[]} timings
 */
export function imagesOf(files, timings) {
  return files.map((file) => ({
    ...file,
    ms: timings.find((timing) => timing.path === file.path)?.ms ?? null,
  }));
}

/**
 * The render timings the build wrote (`OG_TIMINGS`), one JSON object a line.
 * @param {string} text
 * @returns {{ path: string, ms: number }[]}
 */
export function parseTimings(text) {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/**
 * What is deployed: how many files, their total size, and the five largest.
 * @param {{ path: string, bytes: number }[]} files
 */
export function exportSummary(files) {
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}
