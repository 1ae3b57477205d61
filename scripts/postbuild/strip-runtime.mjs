// Reading pages have no client components, yet Next.js ships its hydration runtime and the
// page's RSC payload with every page (~140 KB gzipped of JavaScript). Their links are plain
// <a>, so nothing there depends on the runtime; e2e proves it (pages work with JavaScript
// disabled, and have no framework script).
import { pageScripts, withoutScripts } from './page-scripts.mjs';

/**
 * What a page without the runtime keeps: JSON-LD, the site's own `data-keep` scripts, and its own
 * browser modules with the JSON they read.
 */
const kept = new Set(['structured-data', 'own', 'own-module', 'data']);

/**
 * The page without the framework's scripts, its RSC payload and the hints to fetch them.
 * Already stripped pages come back unchanged.
 * @param {string} html
 * @param {string} file the page's path, named in errors
 * @throws when the page holds a script of a shape Next.js 16.4.6 does not write
 */
export function stripRuntime(html, file) {
  const framework = pageScripts(html, file).filter((script) => !kept.has(script.kind));
  return withoutScripts(html, framework);
}
