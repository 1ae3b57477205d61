// An interactive page starts loading the framework only after its first paint. The page is
// complete, readable HTML without it; fetching ~140 KB of script alongside the HTML and CSS
// delayed that first paint on a slow connection (largest paint 2.3 s, 0.9 s without).
import { pageScripts, withoutScripts } from './page-scripts.mjs';

/**
 * After the load event and the next frame, inserts the scripts as `async`, as Next's own tags
 * were: React then recognises them as the page's and does not fetch them a second time.
 * @param {string[]} sources
 */
const loader = (sources) =>
  `<script data-keep>addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(function(){${JSON.stringify(sources)}.forEach(function(s){var e=document.createElement('script');e.src=s;e.async=true;document.body.appendChild(e)})})})})</script>`;

/**
 * The page with its framework chunks loaded after the first paint, and those chunks' URLs.
 * The RSC payload and Turbopack's bootstrap stay inline: they fetch nothing.
 * @param {string} html
 * @param {string} file the page's path, named in errors
 * @returns {{ html: string, chunks: string[] }}
 * @throws when the page holds a script of a shape Next.js 16.4.6 does not write, has no chunk
 *   to defer (it was deferred already) or not exactly one `</body>` to put the loader before
 */
export function deferRuntime(html, file) {
  const scripts = pageScripts(html, file);
  const chunks = scripts.filter((script) => script.kind === 'chunk');
  if (chunks.length === 0) {
    throw new Error(
      `${file}: no framework script to defer; was out/ post-processed already? (npm run build starts afresh)`,
    );
  }
  const bodyEnds = html.split('</body>').length - 1;
  if (bodyEnds !== 1) throw new Error(`${file}: ${bodyEnds} </body> tags, expected one`);
  const early = scripts.filter((script) => script.kind === 'chunk' || script.kind === 'preload');
  const sources = chunks.map((script) => String(script.src));
  return {
    html: withoutScripts(html, early).replace('</body>', `${loader(sources)}</body>`),
    chunks: sources,
  };
}
