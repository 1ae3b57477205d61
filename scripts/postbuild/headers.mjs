// The host files: the same policy and caching for any static host. `_headers` is read by
// Netlify and Cloudflare Pages, `serve.json` by `serve` (what `npm start` and e2e use); both
// are written into out/ by the post-build. README "Deploy" has the nginx equivalent.

/** What the site never uses; a browser refuses these to any script on it. */
const permissionsPolicy = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Sent with every file. */
export const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': permissionsPolicy,
  // For browsers that predate CSP's frame-ancestors, which each page's policy carries too.
  'X-Frame-Options': 'DENY',
};

/** Framework files are named by their content, so a new build never reuses a name. */
export const immutable = 'public, max-age=31536000, immutable';
/** Pages, data, images and feeds keep their names: caches must ask whether they changed. */
export const revalidate = 'public, max-age=0, must-revalidate';

/**
 * The type of each language's changes feed (/<lang>/feed.xml): hosts go by the extension and
 * call it application/xml, which feed readers and validators take for a plain XML file.
 */
export const feedType = 'application/atom+xml; charset=utf-8';

/**
 * @typedef {object} PagePolicy
 * @property {string} path the page's address from the site's root, with the base path
 *   ("/wecom/es/quiz/"), or "/404.html" for the page a host answers unknown paths with
 * @property {string} file its file, relative to out/ ("es/quiz/index.html")
 * @property {string} policy its Content-Security-Policy, header form
 */

/**
 * `_headers` (Netlify, Cloudflare Pages): headers for every file, each page's own policy, and
 * long caching for the framework's files. Neither host combines two values of a header well,
 * so no header is set twice for one path; both already ask caches to revalidate by default.
 * @param {PagePolicy[]} pages
 * @param {string} basePath
 */
export function netlifyHeaders(pages, basePath) {
  const block = (/** @type {string} */ path, /** @type {Record<string, string>} */ headers) =>
    [path, ...Object.entries(headers).map(([key, value]) => `  ${key}: ${value}`)].join('\n');
  return (
    [
      block(`${basePath}/*`, commonHeaders),
      block(`${basePath}/_next/static/*`, { 'Cache-Control': immutable }),
      block(`${basePath}/:lang/feed.xml`, { 'Content-Type': feedType }),
      ...pages.map((page) => block(page.path, { 'Content-Security-Policy': page.policy })),
    ].join('\n\n') + '\n'
  );
}

/**
 * `serve.json` (serve-handler): rules match the served file's path, later rules win (also over
 * the type it guesses from the extension), and
 * unknown paths get 404.html with status 404 by default. It takes at most 50 rules of 100
 * characters, so the policy most pages share is the rule for every page; a folder whose pages
 * mostly share another (a language's pages run its search loader, whose words differ) gets a
 * rule for the folder, and only the pages that differ from their folder get one of their own.
 * @param {PagePolicy[]} pages
 */
export function serveConfig(pages) {
  const rule = (/** @type {string} */ source, /** @type {Record<string, string>} */ headers) => ({
    source,
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  });
  const common = mostShared(pages, undefined);
  /** @type {Map<string, PagePolicy[]>} */
  const folders = new Map();
  for (const page of pages) {
    const folder = page.file.includes('/') ? page.file.slice(0, page.file.indexOf('/')) : '';
    folders.set(folder, [...(folders.get(folder) ?? []), page]);
  }
  const folderRules = [];
  const pageRules = [];
  for (const [folder, members] of folders) {
    const shared = folder === '' ? common : mostShared(members, common);
    if (shared !== common) {
      folderRules.push(rule(`${folder}/**/*.html`, { 'Content-Security-Policy': shared }));
    }
    for (const page of members) {
      if (page.policy !== shared) {
        pageRules.push(rule(page.file, { 'Content-Security-Policy': page.policy }));
      }
    }
  }
  return {
    headers: [
      rule('**', { ...commonHeaders, 'Cache-Control': revalidate }),
      rule('_next/static/**', { 'Cache-Control': immutable }),
      rule('**/feed.xml', { 'Content-Type': feedType }),
      ...(common ? [rule('**/*.html', { 'Content-Security-Policy': common })] : []),
      ...folderRules,
      ...pageRules,
    ],
  };
}

/**
 * The policy most of `pages` have; on a tie, `preferred` if it is among the most shared (so a
 * folder split evenly needs no rule of its own).
 * @param {PagePolicy[]} pages
 * @param {string | undefined} preferred
 */
function mostShared(pages, preferred) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const { policy } of pages) counts.set(policy, (counts.get(policy) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  if (preferred !== undefined && counts.get(preferred) === most) return preferred;
  return [...counts].find(([, count]) => count === most)?.[0];
}
