// The export's security policy: a Content-Security-Policy per page that lets run exactly the
// scripts the page carries (its inline scripts by hash, the framework's files from the site
// itself), written into the page as <meta> (which works on any host) and, with what a <meta>
// cannot say (frame-ancestors), into the host files (headers.mjs). Computed from the final
// HTML, never maintained by hand: a script added anywhere is hashed on the next build.
import { createHash } from 'node:crypto';

import { pageScripts } from './page-scripts.mjs';

/** Scripts that run: everything but JSON-LD and JSON data blocks, which browsers only read. */
const runs = new Set(['chunk', 'polyfills', 'bootstrap', 'flight', 'own', 'own-module']);

/**
 * `'sha256-…'` of each inline script that runs, in document order, each once.
 * @param {string} html
 * @param {string} file the page's path, named in errors
 */
export function inlineScriptHashes(html, file) {
  const hashes = pageScripts(html, file)
    .filter((script) => runs.has(script.kind) && !script.src)
    .map((script) => {
      const body = script.tag.slice(script.tag.indexOf('>') + 1, script.tag.lastIndexOf('</'));
      return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    });
  return [...new Set(hashes)];
}

/**
 * The policy of a page. The site loads nothing from another host and embeds nothing; styles
 * come from its one stylesheet; images from itself. `frame-ancestors` only works as a header.
 * @param {string[]} scriptHashes
 * @param {{ header?: boolean }} [options] `header`: the form for the host files
 */
export function contentSecurityPolicy(scriptHashes, { header = false } = {}) {
  return [
    "default-src 'self'",
    // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

const charset = '<meta charSet="utf-8"/>';

/**
 * The page with its policy as the first thing after its charset, before any script it governs.
 * @param {string} html
 * @param {string} policy
 * @param {string} file the page's path, named in errors
 */
export function withPolicyMeta(html, policy, file) {
  const at = html.indexOf(charset);
  const firstScript = html.indexOf('<script');
  if (at === -1 || (firstScript !== -1 && firstScript < at)) {
    throw new Error(`${file}: no ${charset} before the first script, so no place for the policy`);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}"/>`;
  return html.slice(0, at + charset.length) + meta + html.slice(at + charset.length);
}
