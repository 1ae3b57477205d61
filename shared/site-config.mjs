// @ts-check
// Where the site will live, read once from the environment and checked, for next.config.js
// (the build), lib/site/site.ts (the pages) and the post-build. A wrong setting stops the build
// with one line that names it: a site built for the wrong address is worse than no site.

/** The local preview's address: what `npm start` and `npm test` serve. */
export const previewOrigin = 'http://127.0.0.1:3000';

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);
const basePathShape = /^(\/[A-Za-z0-9._~-]+)+$/;

/**
 * @typedef {object} SiteConfig
 * @property {string} origin scheme, host and port, no trailing slash ("https://example.org")
 * @property {string} basePath "" at a domain's root, else "/wecom" (no trailing slash)
 */

/**
 * The site's address from `SITE_URL` and `BASE_PATH`.
 *
 * - `SITE_URL` is required for a build for a host: any production build (`next build` sets
 *   NODE_ENV=production) or a CI run, unless `SITE_PREVIEW=local` says it is the local
 *   preview (`npm start`, `npm test` and the bench set it). It must be `https:`, or `http:` on
 *   a loopback address.
 * - A path in `SITE_URL` ("https://user.github.io/wecom") is the base path; `BASE_PATH` says
 *   the same on its own, and the two must agree.
 * @param {Record<string, string | undefined>} env
 * @returns {SiteConfig}
 * @throws Error with a one-line message naming the variable
 */
export function siteConfig(env) {
  const basePath = checkedBasePath(env.BASE_PATH);
  if (!env.SITE_URL) {
    const forHost = env.NODE_ENV === 'production' || env.CI === 'true' || env.CI === '1';
    if (forHost && env.SITE_PREVIEW !== 'local') {
      throw new Error(
        'SITE_URL is not set: a build for a host needs its public address, e.g. ' +
          'SITE_URL=https://example.org npm run build (npm start builds a local preview without it)',
      );
    }
    return { origin: previewOrigin, basePath: basePath ?? '' };
  }
  let url;
  try {
    url = new URL(env.SITE_URL);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${env.SITE_URL}" (e.g. https://example.org)`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback.has(url.hostname))) {
    throw new Error(
      `SITE_URL must start with https:// (http:// only for a loopback address): "${env.SITE_URL}"`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL must be an address without query, fragment or credentials: "${env.SITE_URL}"`,
    );
  }
  const urlPath = url.pathname.replace(/\/+$/, '');
  if (urlPath && !basePathShape.test(urlPath)) {
    throw new Error(`SITE_URL has a path that cannot be a base path: "${url.pathname}"`);
  }
  if (basePath !== undefined && urlPath && urlPath !== basePath) {
    throw new Error(`SITE_URL's path "${urlPath}" and BASE_PATH "${basePath}" disagree`);
  }
  return { origin: url.origin, basePath: basePath ?? urlPath };
}

/** @param {string | undefined} value */
function checkedBasePath(value) {
  if (value === undefined || value === '' || value === '/') return value ? '' : undefined;
  const trimmed = value.replace(/\/+$/, '');
  if (!basePathShape.test(trimmed)) {
    throw new Error(`BASE_PATH must look like /wecom (a path from the domain's root): "${value}"`);
  }
  return trimmed;
}
