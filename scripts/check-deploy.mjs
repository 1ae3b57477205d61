// `npm run check-deploy -- https://example.org`: checks a deployed copy of the site from the
// outside, as a reader and a crawler meet it: the sitemap, a page, its share image and the open
// data answer, every address they hold is the deployment's own, the security headers are there,
// and an unknown path gets the 404 page. Exits non-zero when a check fails.

/**
 * @typedef {object} Check
 * @property {boolean} ok
 * @property {string} what
 * @property {string} [detail]
 */

/** Headers a host should send (see README "Deploy"); the policy itself is also in each page. */
const expectedHeaders = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'content-security-policy': /frame-ancestors 'none'/,
  'permissions-policy': /camera=\(\)/,
};

/**
 * Runs every check against the site at `address` (its SITE_URL, base path included).
 * @param {string} address
 * @param {{ fetch?: typeof fetch, headers?: boolean }} [options] `fetch` to reach the site
 *   another way (tests); `headers: false` for hosts that cannot send headers (GitHub Pages)
 * @returns {Promise<Check[]>}
 */
export async function checkDeployment(address, { fetch: fetchUrl = fetch, headers = true } = {}) {
  const site = address.replace(/\/+$/, '');
  // A host that does not answer is a failed check, not a crash: its status reads 0.
  const get = (/** @type {string} */ url) =>
    fetchUrl(url).catch((error) => new Response(String(error.cause ?? error), { status: 599 }));
  /** @type {Check[]} */
  const checks = [];
  const check = (/** @type {boolean} */ ok, /** @type {string} */ what, detail = '') =>
    checks.push({ ok, what, ...(detail && { detail }) });
  const ownAddress = (/** @type {string} */ url) => url.startsWith(`${site}/`);

  const sitemap = await get(`${site}/sitemap.xml`);
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  check(
    sitemap.ok && locs.length > 0,
    'sitemap.xml lists the pages',
    `${sitemap.status}, ${locs.length} pages`,
  );
  const foreign = locs.filter((loc) => !ownAddress(loc));
  check(
    foreign.length === 0,
    `every sitemap address is under ${site}/`,
    foreign.slice(0, 3).join(' '),
  );

  const pageUrl = locs[0] ?? `${site}/`;
  const page = await get(pageUrl);
  const html = await page.text();
  check(page.ok && /<html/i.test(html), `a page answers (${pageUrl})`, String(page.status));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
  check(canonical === pageUrl, 'its canonical address is itself', canonical);
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
  check(ownAddress(image), 'its share image is on this site', image);
  check(
    /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/.test(html),
    'it carries its script policy',
  );
  if (headers) {
    for (const [name, expected] of Object.entries(expectedHeaders)) {
      const value = page.headers.get(name) ?? '';
      check(expected.test(value), `header ${name}`, value || 'missing');
    }
  }

  if (image) {
    const png = await get(image);
    check(
      png.ok && (png.headers.get('content-type') ?? '').startsWith('image/png'),
      'the share image is a PNG',
      `${png.status} ${png.headers.get('content-type') ?? ''}`,
    );
  }

  const data = await get(`${site}/data/limits.json`);
  let facts = 0;
  try {
    facts = data.ok ? ((await data.json()).facts ?? []).length : 0;
  } catch {
    // Not JSON: reported below.
  }
  check(facts > 0, 'the open data answers', `${data.status}, ${facts} facts`);

  const missing = await get(`${site}/this-page-does-not-exist/`);
  check(missing.status === 404, 'an unknown path gets status 404', String(missing.status));
  return checks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const address = args.find((arg) => !arg.startsWith('--'));
  if (!address) {
    console.error('Usage: npm run check-deploy -- https://example.org [--no-headers]');
    process.exit(2);
  }
  const checks = await checkDeployment(address, { headers: !args.includes('--no-headers') });
  for (const { ok, what, detail } of checks)
    console.log(`${ok ? '✓' : '✗'} ${what}${detail ? ` (${detail})` : ''}`);
  const failed = checks.filter((entry) => !entry.ok).length;
  console.log(
    failed ? `${failed} of ${checks.length} checks failed` : `All ${checks.length} checks passed`,
  );
  process.exit(failed ? 1 : 0);
}
