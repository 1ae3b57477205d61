// After `next build`, shapes the export for speed (see "Performance" in the README):
// - Reading pages have no client components, yet Next.js ships its hydration runtime and the
//   page's RSC payload with every page (~140 KB gzipped of JavaScript). This removes them from
//   every page that does not opt in with a `data-hydrate` attribute (the quiz does). Links are
//   plain <a>, so nothing there depends on the runtime; e2e proves it (pages work with
//   JavaScript disabled, and have no framework script). Kept: JSON-LD and our own small inline
//   scripts marked `data-keep`.
// - Interactive pages load the framework after their first paint, compiled eagerly.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
 * An interactive page starts loading the framework only after its first paint. The page is
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
  const load = `addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(function(){${JSON.stringify(sources)}.forEach(function(s){var e=document.createElement('script');e.src=s;document.body.appendChild(e)})})})})`;
  return lean.replace('</body>', `<script data-keep>${load}</script></body>`);
}

let stripped = 0;
let kept = 0;
let saved = 0;
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
  stripped += 1;
}
console.log(
  `strip-runtime: ${stripped} pages without the hydration runtime (${Math.round(saved / 1024)} KB of HTML removed), ${kept} interactive pages kept, ${hinted.size} of their scripts compiled eagerly`,
);
