// Every script of an exported page, and every hint to fetch one, sorted by what it is. The
// steps remove or move them by kind, so this recognises exactly the tags Next.js 16.4.6 writes
// (see samples/) and throws on any other: a tag of a new shape (say, the same chunk script with
// `crossorigin`) left in place would load the framework before the first paint, silently.

/**
 * - `chunk`: a framework file, `<script src="/_next/static/chunks/….js" async="">`.
 * - `polyfills`: the `noModule` script, which only browsers without modules fetch.
 * - `bootstrap`: the inline script that lists the chunks for Turbopack's runtime.
 * - `flight`: an inline push of the page's RSC payload.
 * - `preload`: `<link rel="preload" as="script">` for a chunk.
 * - `structured-data`: JSON-LD, read by search engines, not run.
 * - `own`: the site's small inline scripts, marked `data-keep` to survive the post-build, with
 *   their arguments as JSON in `data-args` (lib/site/inline-script-code.ts).
 * - `own-module`: a module of the site's own browser code, `<script type="module" src="/browser/….js">`
 *   (scripts/build-browser.mjs).
 * - `data`: a JSON block such a module reads, `<script type="application/json" id="…">`, not run.
 * @typedef {'chunk' | 'polyfills' | 'bootstrap' | 'flight' | 'preload' | 'structured-data' | 'own' | 'own-module' | 'data'} ScriptKind
 */

/**
 * @typedef {object} PageScript
 * @property {ScriptKind} kind
 * @property {string} tag the whole element, as written in the page
 * @property {number} start offset of the tag in the page
 * @property {string} [src] the file's URL, for `chunk`, `polyfills`, `preload` and `own-module`
 */

// Under a base path ("/wecom", see shared/site-config.mjs) Next writes it before `/_next/`.
const chunk = String.raw`((?:/[\w.~-]+)*/_next/static/chunks/[\w-]+\.js)`;
const ownModule = String.raw`((?:/[\w.~-]+)*/browser/[\w-]+\.js)`;

/** @type {[ScriptKind, RegExp][]} each shape matches a whole element */
const shapes = [
  ['chunk', new RegExp(String.raw`^<script src="${chunk}" async=""></script>$`)],
  ['polyfills', new RegExp(String.raw`^<script src="${chunk}" noModule=""></script>$`)],
  [
    'bootstrap',
    /^<script id="_R_">\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[[^\]<]*\],"runtimeModuleIds":\[[\d,]*\]\}\);<\/script>$/,
  ],
  ['flight', /^<script>\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)<\/script>$/],
  ['flight', /^<script>self\.__next_f\.push\(\[1,"[^<]*"\]\)<\/script>$/],
  [
    'preload',
    new RegExp(String.raw`^<link rel="preload" as="script" fetchPriority="low" href="${chunk}"/>$`),
  ],
  ['structured-data', /^<script type="application\/ld\+json">[\s\S]*<\/script>$/],
  ['own', /^<script data-keep(?:="true")?(?: data-args="[^"]*")?>[\s\S]*<\/script>$/],
  ['own-module', new RegExp(String.raw`^<script type="module" src="${ownModule}"></script>$`)],
  ['data', /^<script type="application\/json" id="[\w-]+">[^<]*<\/script>$/],
];

/**
 * A script element runs to the first `</script>` (the HTML parser's rule: the payload and
 * JSON-LD escape `<` inside). A link is any <link> that could fetch a script; stylesheets and
 * icons are not.
 */
const candidates = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<script\b[^>]*>?|<link\b[^>]*>/gi;
const fetchesScript = /\bas=["']?script|modulepreload|\.m?js\b/i;

/**
 * The page's scripts and script hints in document order.
 * @param {string} html
 * @param {string} file the page's path, named in errors
 * @returns {PageScript[]}
 * @throws when a script or script hint has a shape Next.js 16.4.6 does not write
 */
export function pageScripts(html, file) {
  /** @type {PageScript[]} */
  const scripts = [];
  for (const match of html.matchAll(candidates)) {
    const tag = match[0];
    if (tag.toLowerCase().startsWith('<link') && !fetchesScript.test(tag)) continue;
    const shape = shapes.find(([, pattern]) => pattern.test(tag));
    if (!shape) {
      throw new Error(
        `${file}: unrecognised script ${tag.slice(0, 160)}${tag.length > 160 ? '…' : ''} ` +
          '(not a tag Next.js 16.4.6 writes; teach scripts/postbuild/page-scripts.mjs its shape ' +
          'and what the post-build must do with it)',
      );
    }
    const src = shape[1].exec(tag)?.[1];
    scripts.push({ kind: shape[0], tag, start: match.index, ...(src ? { src } : {}) });
  }
  return scripts;
}

/**
 * The page without the given scripts.
 * @param {string} html
 * @param {PageScript[]} scripts found in this page by `pageScripts`
 */
export function withoutScripts(html, scripts) {
  let result = '';
  let last = 0;
  for (const { tag, start } of scripts) {
    result += html.slice(last, start);
    last = start + tag.length;
  }
  return result + html.slice(last);
}
