import { previewOrigin } from '@/shared/site-config.mjs';

import { parseCorrectionsUrl } from '@/shared/corrections-url.mjs';
import { basePath } from './paths';

/**
 * The site's public origin ("https://example.org"), for canonical URLs, Open Graph tags, the
 * sitemap and the QR codes on posters. next.config.js sets it from SITE_URL, which it checks
 * (shared/site-config.mjs); the local preview's address otherwise.
 */
export const siteOrigin = process.env.SITE_ORIGIN ?? previewOrigin;

/** The site's public address, with its base path: what share images print. */
export const siteUrl = `${siteOrigin}${basePath}`;

/** An absolute URL for a path made by `paths` (which carries the base path). */
export function absoluteUrl(path: string): string {
  return `${siteOrigin}${path}`;
}

/**
 * Where readers send corrections (CORRECTIONS_URL): a GitHub repository's new-issue URL, another
 * `https:` page, or a `mailto:` address; unset, the site's own report page. Anything else stops
 * the build (next.config.js checks it first with `parseCorrectionsUrl`, shared/corrections-url.mjs).
 */
export const correctionsTarget = parseCorrectionsUrl(process.env.CORRECTIONS_URL);
