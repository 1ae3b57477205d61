// After `next build`, shapes the export for speed (see "Performance" in the README):
// - Reading pages have no client components, yet Next.js ships its hydration runtime and the
//   page's RSC payload with every page (~140 KB gzipped of JavaScript). This removes them from
//   every page that does not opt in with a `data-hydrate` attribute (the quiz does). Links are
//   plain <a>, so nothing there depends on the runtime; e2e proves it (pages work with
//   JavaScript disabled, and have no framework script). Kept: JSON-LD and our own small inline
//   scripts marked `data-keep`.
// - Interactive pages load the framework after their first paint, compiled eagerly.
// - The RSC payload files (`*.txt`) of pages without the runtime are deleted: only the router
//   reads them, and these pages have none (about 13 MB of the export).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const outDir = 'out';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Next.js's hints to fetch scripts early. */
const scriptPreloads = /<link rel="(?:preload" as="script"|modulepreload")[^>]*\/?>/g;

/**
 * The RSC payload files that belong to a page exported as `<dir>/index.html` (`index.txt` and
 * the `__next.*.txt` segments next to it); pages like `404.html` have their `404.txt`.
 */
function payloadFiles(htmlFile) {
  const dir = dirname(htmlFile);
  if (basename(htmlFile) !== 'index.html') {
    const own = htmlFile.replace(/\.html$/, '.txt');
    return statSync(own, { throwIfNoEntry: false }) ? [own] : [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && (name === 'index.txt' || name.startsWith('__next.')))
    .map((name) => join(dir, name));
}

/** The page without framework scripts and script preloads. */
function stripRuntime(html) {
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes) =>
      /type="application\/ld\+json"|data-keep/.test(attributes) ? tag : '',
    )
    .replace(scriptPreloads, '');
}

// V8 compiles a function lazily, on the main thread, the first time it runs; the framework
// runs nearly all of its code at load, so that compiling showed up as one long task (about
// 30 ms of a 50 ms task on our bench machine). This magic comment asks Chrome to compile the
// whole file eagerly while it streams in, off the main thread; other browsers ignore it.
// https://v8.dev/blog/explicit-compile-hints
const compileHint = '//# allFunctionsCalledOnLoad\n';

/** Marks every script an interactive page loads at startup for eager compilation. */
function hintEagerCompile(html, hinted) {
  for (const [, src] of html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)) {
    if (hinted.has(src)) continue;
    const file = join(outDir, src);
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith(compileHint)) writeFileSync(file, compileHint + code);
    hinted.add(src);
  }
}

/**
 * An interactive page starts loading the framework only after its first paint. The scripts are
 * inserted as `async`, as Next's own tags were: React then recognises them as the page's and
 * does not fetch them a second time. The page is
 * complete, readable HTML without it; fetching ~140 KB of script alongside the HTML and CSS
 * delayed that first paint on a slow connection (largest paint 2.3 s, 0.9 s without).
 */
function deferRuntime(html) {
  const sources = [];
  const lean = html
    .replace(scriptPreloads, '')
    .replace(/<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g, (_, src) => {
      sources.push(src);
      return '';
    });
  if (sources.length === 0) throw new Error('an interactive page without framework scripts');
  const load = `addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(function(){${JSON.stringify(sources)}.forEach(function(s){var e=document.createElement('script');e.src=s;e.async=true;document.body.appendChild(e)})})})})`;
  return lean.replace('</body>', `<script data-keep>${load}</script></body>`);
}

let stripped = 0;
let kept = 0;
let saved = 0;
let payloadBytes = 0;
const hinted = new Set();
for (const file of htmlFiles(outDir)) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('data-hydrate')) {
    hintEagerCompile(html, hinted);
    writeFileSync(file, deferRuntime(html));
    kept += 1;
    continue;
  }
  const lean = stripRuntime(html);
  if (/\/_next\/static\/[^"]+\.js/.test(lean))
    throw new Error(`${file}: a framework script survived`);
  saved += html.length - lean.length;
  writeFileSync(file, lean);
  for (const payload of payloadFiles(file)) {
    payloadBytes += statSync(payload).size;
    rmSync(payload);
  }
  stripped += 1;
}
console.log(
  `strip-runtime: ${stripped} pages without the hydration runtime (${Math.round(saved / 1024)} KB of HTML and ${Math.round(payloadBytes / 1024)} KB of payload files removed), ${kept} interactive pages kept, ${hinted.size} of their scripts compiled eagerly`,
);
