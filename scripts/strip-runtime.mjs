// Reading pages have no client components, yet Next.js ships its hydration runtime and the
// page's RSC payload with every page (~140 KB gzipped of JavaScript). After `next build`,
// this removes them from every exported page that does not opt in with a `data-hydrate`
// attribute (the quiz does). Links are plain <a>, so nothing on those pages depends on the
// runtime; e2e proves it (pages work with JavaScript disabled, and have no framework script).
// Kept: JSON-LD and our own small inline scripts marked `data-keep`.
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

/** The page without framework scripts and script preloads. */
function stripRuntime(html) {
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes) =>
      /type="application\/ld\+json"|data-keep/.test(attributes) ? tag : '',
    )
    .replace(/<link rel="(?:preload|modulepreload)" as="script"[^>]*\/?>/g, '')
    .replace(/<link rel="modulepreload"[^>]*\/?>/g, '');
}

let stripped = 0;
let kept = 0;
let saved = 0;
for (const file of htmlFiles(outDir)) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('data-hydrate')) {
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
  `strip-runtime: ${stripped} pages without the hydration runtime (${Math.round(saved / 1024)} KB of HTML removed), ${kept} interactive pages kept as built`,
);
